from h8 import *
DOC = "19_jackey_dJ_dw1.md"; TIER = 2
TOPIC = "Hexo blog: dJ/dw_1 of logistic regression by the chain rule, step by step, with tagged sub-results, 'Let'/'=>'/'because' rows and two typos"
NOTES = "J = (1/N) sum f(x_i), f = ln(1 + e^{-z_i}) + (1 - y_i) z_i, z_i = w_1 x_i1 + w_2 x_i2 + b; sigma(z) = 1/(1 + e^{-z})"
_z = lambda r: r.normal() * 2
_y = lambda r: float(r.integers(0, 2))
f = lambda z, y: np.log(1 + np.exp(-z)) + (1 - y) * z
g = lambda z: np.log(1 + np.exp(-z))
h = lambda z: 1 + np.exp(-z)
Z1 = lambda r: (lambda z: z)(_z(r))


def _dJ(X, y, w1, w2, b):
    return d(lambda t: Jlog(X, y, t, w2, b), w1)


def _chain(X, y, w1, w2, b):
    z = w1 * X[:, 0] + w2 * X[:, 1] + b
    return np.mean((sig(z) - y) * X[:, 0])


Z = lambda r: _z(r)
STEPS = [
    S(5, "not-an-identity", "f (definition)"),
    S(6, "valid", "J = (1/N) sum f(x_i) (line 20 of the expansion), differentiate term by term",
      ok=lambda r: (lambda X, y, w1, w2, b: (_dJ(X, y, w1, w2, b), np.mean([d(lambda t: f(t * X[i, 0] + w2 * X[i, 1] + b, y[i]), w1) for i in range(len(y))])))(*logi(r))),
    S(7, "valid", "chain rule", ok=lambda r: (lambda X, y, w1, w2, b: (_dJ(X, y, w1, w2, b), _chain(X, y, w1, w2, b)))(*logi(r))),
    S(7, "not-an-identity", "aside: the chain rule stated with generic letters"),
    S(10, "valid", "f restated", ok=lambda r: (lambda z, y: (d(lambda t: f(t, y), z), d(lambda t: g(t) + (1 - y) * t, z)))(_z(r), _y(r))),
    S(11, "valid", "sum rule", ok=lambda r: (lambda z, y: (d(lambda t: g(t) + (1 - y) * t, z), d(g, z) + d(lambda t: (1 - y) * t, z)))(_z(r), _y(r))),
    S(12, "valid", "d/dz (1 - y) z = 1 - y", ok=lambda r: (lambda z, y: (d(g, z) + d(lambda t: (1 - y) * t, z), d(g, z) + (1 - y)))(_z(r), _y(r))),
    S(14, "valid", "d ln u = du/u", ok=lambda r: (lambda z: (d(g, z), d(h, z) / h(z)))(_z(r))),
    S(14, "not-an-identity", "aside: the rule stated with generic letters"),
    S(17, "valid", "sum rule", ok=lambda r: (lambda z: (d(h, z), d(lambda t: 1.0, z) + d(lambda t: np.exp(-t), z)))(_z(r))),
    S(18, "valid", "d/dz 1 = 0", ok=lambda r: (lambda z: (d(lambda t: 1.0, z) + d(lambda t: np.exp(-t), z), d(lambda t: np.exp(-t), z)))(_z(r))),
    S(19, "not-an-identity", "u = -z_i (definition)"),
    S(19, "valid", "e^{-z} = e^u", ok=lambda r: (lambda z: (d(h, z), d(lambda t: np.exp(-t), z)))(_z(r))),
    S(20, "valid", "chain rule with u = -z", ok=lambda r: (lambda z: (d(lambda t: np.exp(-t), z), np.exp(-z) * d(lambda t: -t, z)))(_z(r))),
    S(20, "not-an-identity", "aside: chain rule with generic letters"),
    S(21, "valid", "d(e^u)/du = e^u, du/dz = -1", ok=lambda r: (lambda z: (np.exp(-z) * d(lambda t: -t, z), np.exp(-z) * -1))(_z(r))),
    S(22, "valid", "u = -z", ok=lambda r: (lambda z: (d(h, z), -np.exp(-z)))(_z(r))),
    S(24, "valid", "(3) and (4)", ok=lambda r: (lambda z: (d(g, z), 1 / (1 + np.exp(-z)) * -np.exp(-z)))(_z(r))),
    S(25, "valid", "product", ok=lambda r: (lambda z: (1 / (1 + np.exp(-z)) * -np.exp(-z), -np.exp(-z) / (1 + np.exp(-z))))(_z(r))),
    S(26, "valid", "multiply by e^z/e^z", ok=lambda r: (lambda z: (-np.exp(-z) / (1 + np.exp(-z)), -1 * np.exp(-z) * np.exp(z) / ((1 + np.exp(-z)) * np.exp(z))))(_z(r))),
    S(27, "valid", "simplify", ok=lambda r: (lambda z: (-np.exp(-z) / (1 + np.exp(-z)), -1 / (np.exp(z) + 1)))(_z(r))),
    S(28, "valid", "sigma(-z) = 1 - sigma(z) (the claim to be proved)", ok=lambda r: (lambda z: (sig(-z), 1 - sig(z)))(_z(r))),
    S(28, "valid", "1/(1 + e^z) = 1 - 1/(1 + e^{-z})", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), 1 - 1 / (1 + np.exp(-z))))(_z(r))),
    S(28, "not-an-identity", "aside: sigma (definition)"),
    S(28, "valid", "aside: sigma(-z) = 1/(1 + e^{-(-z)})", ok=lambda r: (lambda z: (sig(-z), 1 / (1 + np.exp(-(-z)))))(_z(r))),
    S(29, "valid", "common denominator", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), (1 + np.exp(-z) - 1) / (1 + np.exp(-z))))(_z(r))),
    S(30, "valid", "simplify", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), np.exp(-z) / (1 + np.exp(-z))))(_z(r))),
    S(31, "valid", "multiply by e^z/e^z", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), np.exp(-z) * np.exp(z) / ((1 + np.exp(-z)) * np.exp(z))))(_z(r))),
    S(32, "valid", "simplify", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), 1 / ((1 + np.exp(-z)) * np.exp(z))))(_z(r))),
    S(33, "valid", "sigma(-z) = 1/(1 + e^z)", ok=lambda r: (lambda z: (sig(-z), 1 / (1 + np.exp(z))))(_z(r))),
    S(33, "valid", "= 1 - sigma(z)", ok=lambda r: (lambda z: (1 / (1 + np.exp(z)), 1 - sig(z)))(_z(r))),
    S(35, "valid", "(5)", ok=lambda r: (lambda z: (d(g, z), -1 / (np.exp(z) + 1)))(_z(r))),
    S(36, "valid", "(6)", ok=lambda r: (lambda z: (-1 / (np.exp(z) + 1), -(1 - sig(z))))(_z(r))),
    S(37, "valid", "expand", ok=lambda r: (lambda z: (-(1 - sig(z)), sig(z) - 1))(_z(r))),
    S(39, "valid", "(2)", ok=lambda r: (lambda z, y: (d(lambda t: f(t, y), z), d(g, z) + (1 - y)))(_z(r), _y(r))),
    S(40, "valid", "(7)", ok=lambda r: (lambda z, y: (d(g, z) + (1 - y), sig(z) - 1 + (1 - y)))(_z(r), _y(r))),
    S(41, "valid", "simplify", ok=lambda r: (lambda z, y: (sig(z) - 1 + (1 - y), sig(z) - y))(_z(r), _y(r))),
    S(43, "either", "reading A: d/dw_i is a typo for d/dw_1 (valid); reading B: d/dw_i with i = 2: dz_i/dw_1 = x_i1 but d/dw_2[...] = x_i2: "
      "x_i = (1, 2): 1 vs 2",
      ok=lambda r: (lambda x1, x2, w1, w2, b: (d(lambda t: t * x1 + w2 * x2 + b, w1), d(lambda t: t * x1 + w2 * x2 + b, w1)))(*r.normal(size=5)),
      cx=lambda: (1.0, 2.0)),
    S(43, "not-an-identity", "aside: z_i (definition)"),
    S(44, "either", "continues line 43: reading A (d/dw_1) valid; reading B (d/dw_2): x_i2 vs x_i1 + 0 + 0: 2 vs 1",
      ok=lambda r: (lambda x1, x2, w1, w2, b: (d(lambda t: t * x1 + w2 * x2 + b, w1), x1 + 0 + 0))(*r.normal(size=5)),
      cx=lambda: (2.0, 1.0)),
    S(45, "valid", "x + 0 + 0 = x", ok=lambda r: (lambda x: (x + 0 + 0, x))(r.normal())),
    S(47, "valid", "(1)", ok=lambda r: (lambda X, y, w1, w2, b: (_dJ(X, y, w1, w2, b), _chain(X, y, w1, w2, b)))(*logi(r))),
    S(48, "either", "reading A: sigma(z) stands for sigma(z_i) (valid); reading B: one z for all samples: N = 2, z = (0, 2), y = (0, 0), "
      "x_1 = (1, 1), sigma(z) taken at z = 0: (1/2)(sigma(0) + sigma(2)) = 0.690 vs sigma(0) = 0.5",
      ok=lambda r: (lambda X, y, w1, w2, b: (_chain(X, y, w1, w2, b), _chain(X, y, w1, w2, b)))(*logi(r)),
      cx=lambda: (0.5 * (sig(0.0) + sig(2.0)), 0.5 * (sig(0.0) + sig(0.0)))),
]
CLAIMS = [(6, 48, "valid", "dJ/dw_1 = (1/N) sum (sigma(z_i) - y_i) x_i1 (reading A)")]
