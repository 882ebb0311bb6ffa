from h8 import *
import math
DOC = "34_yusuke_grand_canonical.md"; TIER = 1
TOPIC = "escaped MathJax course notes: grand partition function, grand potential, <N> and its fluctuation, ideal gas Xi = exp(z_1 e^{beta mu})"
NOTES = "beta = 1/(k_B T); Z(N) = z_1^N/N! for the ideal gas, z_1 = V/lambda_T^3"
_N = np.arange(0, 120)


def _inst(r):
    z1 = r.uniform(.5, 4); b = r.uniform(.3, 2); mu = r.normal() * .5
    return z1, b, mu


lf = np.array([math.lgamma(n + 1) for n in _N])
Xi = lambda z1, b, mu: np.exp(_N * (b * mu + np.log(z1)) - lf).sum()
PN = lambda z1, b, mu: np.exp(_N * (b * mu + np.log(z1)) - lf) / Xi(z1, b, mu)
Om = lambda z1, b, mu: -(1 / b) * np.log(Xi(z1, b, mu))
STEPS = [
    S(3, "not-an-identity", "Xi (definition)"),
    S(3, "valid", "sum over i inside gives Z(N)",
      ok=lambda r: (lambda E, b, mu: (sum(np.exp(b * (mu * N - E[N])).sum() for N in range(3)), sum(np.exp(b * mu * N) * np.exp(-b * E[N]).sum() for N in range(3))))(
          r.normal(size=(3, 4)), r.uniform(.3, 2), r.normal())),
    S(11, "not-an-identity", "grand potential (definition)"),
    S(11, "not-an-identity", "thermodynamic relation Omega = F - mu N"),
    S(13, "valid", "<N> = -dOmega/dmu", ok=lambda r: (lambda z1, b, mu: ((PN(z1, b, mu) * _N).sum(), -d(lambda m: Om(z1, b, m), mu)))(*_inst(r)), outside_display=True),
    S(13, "valid", "= (1/beta) d ln Xi/d mu", ok=lambda r: (lambda z1, b, mu: (-d(lambda m: Om(z1, b, m), mu), (1 / b) * d(lambda m: np.log(Xi(z1, b, m)), mu)))(*_inst(r)), outside_display=True),
    S(13, "not-an-identity", "pressure (definition)", outside_display=True),
    S(13, "valid", "<(dN)^2> = k_B T d<N>/dmu",
      ok=lambda r: (lambda z1, b, mu: ((PN(z1, b, mu) * _N ** 2).sum() - (PN(z1, b, mu) * _N).sum() ** 2, (1 / b) * d(lambda m: (PN(z1, b, m) * _N).sum(), mu)))(*_inst(r)), outside_display=True),
    S(21, "not-an-identity", "z_1 (definition)", outside_display=True),
    S(23, "valid", "Z(N) = z_1^N/N!", ok=lambda r: (lambda z1, b, mu: (Xi(z1, b, mu), sum((z1 * np.exp(b * mu)) ** n / math.factorial(n) for n in range(80))))(*_inst(r))),
    S(23, "valid", "exponential series", ok=lambda r: (lambda z1, b, mu: (Xi(z1, b, mu), np.exp(z1 * np.exp(b * mu))))(*_inst(r))),
    S(27, "valid", "<N> = (1/beta) d ln Xi/d mu = z_1 e^{beta mu}", ok=lambda r: (lambda z1, b, mu: ((PN(z1, b, mu) * _N).sum(), z1 * np.exp(b * mu)))(*_inst(r))),
    S(31, "valid", "solve <N> = (V/lambda^3) e^{beta mu} for mu",
      ok=lambda r: (lambda V, lam, b, mu: (mu, (1 / b) * np.log((V / lam ** 3 * np.exp(b * mu)) * lam ** 3 / V)))(r.uniform(1, 5), r.uniform(.5, 2), r.uniform(.3, 2), r.normal())),
]
CLAIMS = []
