from h8 import *
DOC = "31_shi_localized_Z1.md"; TIER = 1
TOPIC = "Chinese Jekyll notes: Boltzmann statistics of N localized independent particles from the one-particle Z_1 (U, Y, S)"
NOTES = "Z_1 = sum_l g_l e^{-beta eps_l} (called Z on line 1); eps_l may depend on an external parameter y; Wang Zhicheng's conventions"


def _inst(r, K=4):
    e0 = r.normal(size=K); G = r.normal(size=K); g = r.integers(1, 4, K).astype(float); b = r.uniform(.3, 2); y = r.normal() * .5
    N = float(r.integers(1, 5)); k = r.uniform(.5, 2)
    return e0, G, g, b, y, N, k


eps = lambda e0, G, y: e0 + G * y
lnZ1 = lambda e0, G, g, b, y: np.log((g * np.exp(-b * eps(e0, G, y))).sum())
p1 = lambda e0, G, g, b, y: g * np.exp(-b * eps(e0, G, y)) / (g * np.exp(-b * eps(e0, G, y))).sum()
STEPS = [
    S(1, "not-an-identity", "one-particle partition function (definition)"),
    S(5, "valid", "U = N <eps> = -N d ln Z_1/d beta",
      ok=lambda r: (lambda e0, G, g, b, y, N, k: (N * (p1(e0, G, g, b, y) * eps(e0, G, y)).sum(), -N * d(lambda t: lnZ1(e0, G, g, t, y), b)))(*_inst(r))),
    S(5, "either", "reading A: Y = N <d eps/dy> (the textbook's generalised force): -(N/beta) d ln Z_1/dy (valid); reading B: Y = -N <d eps/dy> (the convention "
      "of document 30): eps = y s, s = (0, 1), g = 1, beta = 1, y = 0, N = 1: -0.5 vs 0.5",
      ok=lambda r: (lambda e0, G, g, b, y, N, k: (N * (p1(e0, G, g, b, y) * G).sum(), -(N / b) * d(lambda t: lnZ1(e0, G, g, b, t), y)))(*_inst(r)),
      cx=lambda: (-0.5, -d(lambda t: lnZ1(np.zeros(2), np.array([0., 1.]), np.ones(2), 1.0, t), 0.0))),
    S(7, "not-an-identity", "heat in terms of occupation numbers (first law)"),
    S(11, "valid", "S = N k (ln Z_1 - beta d ln Z_1/d beta) = -k sum over N independent particles of p ln p",
      ok=lambda r: (lambda e0, G, g, b, y, N, k: (N * k * (np.log((g * np.exp(-b * eps(e0, G, y))).sum()) + b * (p1(e0, G, g, b, y) * eps(e0, G, y)).sum()),
                                                N * k * (lnZ1(e0, G, g, b, y) - b * d(lambda t: lnZ1(e0, G, g, t, y), b))))(*_inst(r))),
    S(13, "not-an-identity", "Boltzmann's relation (asymptotic)"),
]
CLAIMS = []
