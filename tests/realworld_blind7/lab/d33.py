from h8 import *
DOC = "33_yusuke_canonical_oscillator.md"; TIER = 1
TOPIC = "Markdown course notes with escaped MathJax \\\\[ \\\\] and \\\\( \\\\): canonical partition function, F, U, S from ln Z; quantum oscillator Z and <E>"
NOTES = "beta = 1/(k_B T); E_n = hbar omega (n + 1/2)"


def _inst(r, K=5):
    return r.normal(size=K), r.uniform(.3, 2), r.uniform(.5, 2)


lnZ = lambda E, b: np.log(np.exp(-b * E).sum())
P = lambda E, b: np.exp(-b * E) / np.exp(-b * E).sum()
F_ = lambda E, k, T: -k * T * lnZ(E, 1 / (k * T))
_n = np.arange(0, 400)
STEPS = [
    S(3, "not-an-identity", "Z (definition)"), S(3, "not-an-identity", "beta (definition)"),
    S(7, "not-an-identity", "classical Z (definition)"),
    S(13, "not-an-identity", "F (definition)"),
    S(15, "not-an-identity", "thermodynamic relation F = U - TS", outside_display=True),
    S(17, "valid", "U = -d ln Z/d beta", ok=lambda r: (lambda E, b, k: ((P(E, b) * E).sum(), -d(lambda t: lnZ(E, t), b)))(*_inst(r)), outside_display=True),
    S(17, "valid", "S = -dF/dT", ok=lambda r: (lambda E, b, k: (Sgibbs(P(E, b), k), -d(lambda T: F_(E, k, T), 1 / (k * b))))(*_inst(r)), outside_display=True),
    S(17, "valid", "= k_B (ln Z + beta U)", ok=lambda r: (lambda E, b, k: (-d(lambda T: F_(E, k, T), 1 / (k * b)), k * (lnZ(E, b) + b * (P(E, b) * E).sum())))(*_inst(r)), outside_display=True),
    S(17, "not-an-identity", "pressure (definition)", outside_display=True),
    S(17, "not-an-identity", "heat capacity (definition)", outside_display=True),
    S(23, "not-an-identity", "energy levels (definition)", outside_display=True),
    S(27, "valid", "Z of the levels E_n", ok=lambda r: (lambda b, w: (np.exp(-b * w * (_n + .5)).sum(), np.exp(-b * w * (_n + .5)).sum()))(r.uniform(.3, 2), r.uniform(.5, 2))),
    S(27, "valid", "geometric series", ok=lambda r: (lambda b, w: (np.exp(-b * w * (_n + .5)).sum(), np.exp(-b * w / 2) / (1 - np.exp(-b * w))))(r.uniform(.3, 2), r.uniform(.5, 2))),
    S(31, "valid", "<E> = -d ln Z/d beta", ok=lambda r: (lambda b, w: ((w * (_n + .5) * np.exp(-b * w * (_n + .5))).sum() / np.exp(-b * w * (_n + .5)).sum(), w * (.5 + 1 / (np.exp(b * w) - 1))))(r.uniform(.3, 2), r.uniform(.5, 2))),
]
CLAIMS = []
