from h8 import *
DOC = "42_mkenne_partition_examples.md"; TIER = 1
TOPIC = "lecture notes (Markdown, {\\rm e} and {\\rm d}): two-level and oscillator partition functions (sign slip in the oscillator), U = -d ln Z/d beta = k_B T^2 d ln Z/dT"
NOTES = "levels +-eps/2; (n + 1/2) hbar omega; beta = 1/(k_B T)"
_n = np.arange(400)


def _inst(r, K=5):
    return r.normal(size=K), r.uniform(.3, 2), r.uniform(.5, 2)


lZ = lambda E, b: np.log(np.exp(-b * E).sum())
STEPS = [
    S(5, "not-an-identity", "levels (definition)", outside_display=True),
    S(7, "valid", "levels +-eps/2", ok=lambda r: (lambda b, e: (np.exp(-b * e / 2) + np.exp(b * e / 2), np.exp(b * e / 2) + np.exp(-b * e / 2)))(r.uniform(.3, 2), r.normal())),
    S(7, "valid", "2 cosh", ok=lambda r: (lambda b, e: (np.exp(b * e / 2) + np.exp(-b * e / 2), 2 * np.cosh(b * e / 2)))(r.uniform(.3, 2), r.normal())),
    S(11, "not-an-identity", "hbar (definition)", outside_display=True),
    S(13, "invalid", "Z = sum e^{-beta E_n}; the minus sign is lost (the sum diverges): beta hbar omega = 1, first five terms: sum e^{+(n + 1/2)} = 238 vs "
      "sum e^{-(n + 1/2)} = 0.96",
      cx=lambda: (np.exp(-(_n[:5] + .5)).sum(), np.exp(+(_n[:5] + .5)).sum())),
    S(13, "invalid", "e^{+beta(n + 1/2) hbar omega} is not e^{-beta hbar omega/2} e^{-beta n hbar omega} (the slip is undone): same five terms: 238 vs 0.96",
      cx=lambda: (np.exp(+(_n[:5] + .5)).sum(), np.exp(-.5) * np.exp(-_n[:5]).sum())),
    S(13, "valid", "geometric series", ok=lambda r: (lambda x: (np.exp(-x / 2) * np.exp(-_n * x).sum(), np.exp(-x / 2) / (1 - np.exp(-x))))(r.uniform(.3, 2))),
    S(17, "valid", "geometric series, |r| < 1", ok=lambda r: (lambda a, q: (a * (q ** _n).sum(), a / (1 - q)))(r.normal(), r.uniform(-.9, .9))),
    S(27, "not-an-identity", "U (definition)"),
    S(30, "valid", "P_i = e^{-beta E_i}/sum", ok=lambda r: (lambda E, b, k: ((np.exp(-b * E) / np.exp(-b * E).sum() * E).sum(), (E * np.exp(-b * E)).sum() / np.exp(-b * E).sum()))(*_inst(r))),
    S(32, "not-an-identity", "Z (definition)", outside_display=True),
    S(32, "valid", "dZ/d beta", ok=lambda r: (lambda E, b, k: (d(lambda t: np.exp(-t * E).sum(), b), -(E * np.exp(-b * E)).sum()))(*_inst(r)), outside_display=True),
    S(34, "valid", "line 30 with dZ/d beta", ok=lambda r: (lambda E, b, k: ((E * np.exp(-b * E)).sum() / np.exp(-b * E).sum(), -d(lambda t: np.exp(-t * E).sum(), b) / np.exp(-b * E).sum()))(*_inst(r))),
    S(34, "valid", "d ln Z = dZ/Z", ok=lambda r: (lambda E, b, k: (-d(lambda t: np.exp(-t * E).sum(), b) / np.exp(-b * E).sum(), -d(lambda t: lZ(E, t), b)))(*_inst(r))),
    S(38, "not-an-identity", "beta (definition)"),
    S(38, "valid", "d beta/dT", ok=lambda r: (lambda k, T: (d(lambda t: 1 / (k * t), T), -1 / (k * T ** 2)))(r.uniform(.5, 2), r.uniform(.5, 2))),
    S(42, "valid", "chain rule", ok=lambda r: (lambda E, b, k: (-d(lambda t: lZ(E, t), b), k * (1 / (k * b)) ** 2 * d(lambda T: lZ(E, 1 / (k * T)), 1 / (k * b))))(*_inst(r))),
]
CLAIMS = [(34, 42, "valid", "U = k_B T^2 d ln Z/dT")]
