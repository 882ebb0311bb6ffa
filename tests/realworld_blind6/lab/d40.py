from common import *
DOC = "40_asai_loglinear_page.md"; TIER = 2
TOPIC = "stored web page (lecture notes, MathJax \\( \\[ ): log-linear model, normaliser psi, d psi/d theta^i = E[x_i]; en dash '–' used as minus"
NOTES = ("P(x, theta) = exp[theta . x - psi(theta)] (the page writes U+2013 for the minus sign); x on a finite grid {0,1,2}^2 in the "
         "checks (integrals as sums); the sum index and the free index i share a name (theta^i x_i), and row 1 writes theta^i _i")


def inst(r):
    g = np.array([[a, b] for a in range(3) for b in range(3)], float)
    return g, r.normal(0, 0.5, 2)


def psi(g, t):
    return np.log(np.exp(g @ t).sum())


STEPS = [
    S(5, "not-an-identity", "the log-linear model (definition)"),
    S(8, "not-an-identity", "normalisation (condition)", outside_display=True),
    S(10, "valid", "normalisation with the model substituted", ok=lambda r: (lambda g, t: (1.0, np.exp(g @ t - psi(g, t)).sum()))(*inst(r))),
    S(10, "valid", "psi out of the integral", ok=lambda r: (lambda g, t: (np.exp(g @ t - psi(g, t)).sum(), np.exp(g @ t).sum() / np.exp(psi(g, t))))(*inst(r))),
    S(15, "valid", "psi = log of the normalising sum", ok=lambda r: (lambda g, t: (psi(g, t), np.log(np.exp(g @ t).sum())))(*inst(r))),
    S(20, "valid", "derivative of a log", ok=lambda r: (lambda g, t: (d(lambda s: psi(g, np.r_[s, t[1]]), t[0]),
      d(lambda s: np.exp(g @ np.r_[s, t[1]]).sum(), t[0]) / np.exp(g @ t).sum()))(*inst(r))),
    S(20, "valid", "derivative inside; denominator = exp psi (the garbled theta^i _i read as theta^i x_i)", ok=lambda r: (lambda g, t: (
      d(lambda s: np.exp(g @ np.r_[s, t[1]]).sum(), t[0]) / np.exp(g @ t).sum(),
      sum(d(lambda s: np.exp(row @ np.r_[s, t[1]]), t[0]) for row in g) / np.exp(psi(g, t))))(*inst(r))),
    S(20, "valid", "d/d theta^i exp(theta . x) = x_i exp(theta . x)", ok=lambda r: (lambda g, t: (
      sum(d(lambda s: np.exp(row @ np.r_[s, t[1]]), t[0]) for row in g) / np.exp(psi(g, t)), (g[:, 0] * np.exp(g @ t)).sum() / np.exp(psi(g, t))))(*inst(r))),
    S(27, "valid", "exp psi into the exponent", ok=lambda r: (lambda g, t: ((g[:, 0] * np.exp(g @ t)).sum() / np.exp(psi(g, t)), (g[:, 0] * np.exp(g @ t - psi(g, t))).sum()))(*inst(r))),
    S(27, "valid", "p(x, theta) = P(x, theta)", ok=lambda r: (lambda g, t: ((g[:, 0] * np.exp(g @ t - psi(g, t))).sum(), (g[:, 0] * (np.exp(g @ t) / np.exp(g @ t).sum())).sum()))(*inst(r))),
    S(27, "either", "A: the i-th component E[x_i | theta]; B: E[x | theta] as written is the whole vector (shape 2 vs a number)",
      ok=lambda r: (lambda g, t: ((g[:, 0] * np.exp(g @ t - psi(g, t))).sum(), (np.exp(g @ t - psi(g, t)) @ g)[0]))(*inst(r)),
      cx=lambda: (lambda g, t: (np.array([(g[:, 0] * np.exp(g @ t - psi(g, t))).sum()]), np.exp(g @ t - psi(g, t)) @ g))(*inst(np.random.default_rng(3)))),
]
CLAIMS = [(20, 27, "valid", "d psi/d theta^i = E[x_i | theta]")]
