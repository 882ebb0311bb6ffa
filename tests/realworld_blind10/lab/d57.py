from common import *
DOC = "57_beihai0_metropolis_detailed_balance.md"; TIER = 1
TOPIC = "Chinese course-paper notes (Ising Monte Carlo): Boltzmann ensemble average, importance sampling, detailed balance, single-spin-flip selection and acceptance probabilities, the Metropolis acceptance ratio; \\braket, \\sum\\limits, \\mathrm{e}, cases with Chinese text, a space before the closing $ of inline math"
NOTES = "P(i) proportional to e^{-beta H(i)}; P_{i->j} = g(i,j) A(i,j) with g = 1/N between configurations differing by one spin; rows 171-186 assume i, j differ by one spin"
def _two(r):
    H = r.normal(size=2); b = r.uniform(0.3, 2); p = boltz(H, b)[0]; return H, b, p
def _metro(H, b, i, j):
    dH = H[j] - H[i]; return np.exp(-b * dH) if dH > 0 else 1.0
def _r121(r):
    H, b, p = _two(r); N = 5; g = 1 / N
    A = lambda i, j: _metro(H, b, i, j)
    return p[0] * g * A(0, 1), p[1] * g * A(1, 0)
def _r171(r):
    H, b, p = _two(r); N = 5
    P = lambda i, j: _metro(H, b, i, j) / N
    return p[0] / p[1], P(1, 0) / P(0, 1)
def _r178a(r):
    H, b, p = _two(r); return p[0] / p[1], np.exp(-b * H[0]) / np.exp(-b * H[1])
def _r178b(r):
    H, b, p = _two(r); return np.exp(-b * H[0]) / np.exp(-b * H[1]), np.exp(-b * (H[0] - H[1]))
def _r186(r):
    H, b, p = _two(r); A = lambda i, j: _metro(H, b, i, j)
    return A(0, 1) / A(1, 0), np.exp(-b * (H[1] - H[0]))
def _r147(r):
    H, b, p = _two(r); N = 5; return (1 / N) * _metro(H, b, 0, 1), _metro(H, b, 0, 1) / N
STEPS = [
    S(50, "not-an-identity", "ensemble average defined (rows 50-51)"),
    S(54, "not-an-identity", "P(sigma) proportional to e^{-beta H} (inline)", outside_display=True),
    S(59, "approx", "sample mean over M importance samples"),
    S(70, "not-an-identity", "Markov property"),
    S(89, "not-an-identity", "detailed balance (condition)"),
    S(109, "not-an-identity", "P = g A defined"),
    S(115, "not-an-identity", "detailed balance restated"),
    S(121, "valid", "detailed balance with P = g A substituted", ok=_r121),
    S(127, "not-an-identity", "P = 0 between configurations that differ by more than one spin"),
    S(137, "not-an-identity", "selection probability g defined (cases)"),
    S(147, "not-an-identity", "P_{i->j} = g(i,j) A(i,j) restated"),
    S(147, "valid", "= cases A/N or 0 (rows 148-152)", ok=_r147),
    S(161, "not-an-identity", "detailed balance restated"),
    S(171, "valid", "P(i)/P(j) = P_{j->i}/P_{i->j} (rows 171-172)", ok=_r171),
    S(178, "valid", "P(i)/P(j) = e^{-beta H(i)}/e^{-beta H(j)} (rows 178-179)", ok=_r178a),
    S(178, "valid", "= e^{-beta [H(i) - H(j)]} (line 180)", ok=_r178b),
    S(186, "valid", "A(i,j)/A(j,i) = e^{-beta [H(j) - H(i)]}", ok=_r186),
    S(192, "not-an-identity", "Metropolis acceptance defined (cases)"),
]
CLAIMS = [(171, 186, "valid", "acceptance ratio from detailed balance")]
