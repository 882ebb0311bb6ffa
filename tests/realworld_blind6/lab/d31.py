from common import *
from math import gamma, factorial
DOC = "31_yolonomy_generating_function.md"; TIER = 1
TOPIC = "draft lecture: reservoir counting, moments, a moment generating function Z(lambda) = <e^{-lambda X}> with several slips, cumulants of ln Z"
NOTES = ("line 1 states the reservoir has g_R(E - E_i) configurations; mu_i = <X^i>; X discrete with a few values in the checks; "
         "line 75 writes \\partial \\lambda_j \\lambda_k and <X_j X_j> where j, k are meant; the canonical part: beta = 1/(k_B T), C_v := dU/dT")


def dist(r, K=4):
    return r.uniform(-1, 1.5, K), r.dirichlet(np.ones(K))


def Zl(x, p, lam):
    return p @ np.exp(-lam * x)


def series_ok(x, p, lam, n=60):
    return sum((p @ x ** i) * (-lam) ** i / factorial(i) for i in range(n))


STEPS = [
    S(1, "not-an-identity", "E_s = E_i (the state's energy)", outside_display=True),
    S(3, "invalid", "the reservoir count is g_R(E - E_i) (line 1), not g_R(E_i - E): g_R(u) = e^u, E = 2, E_i = 1 gives e vs e^{-1} "
      "(same denominator)", cx=lambda: (np.exp(2 - 1), np.exp(1 - 2))),
    S(13, "valid", "linearity", ok=lambda r: (lambda x, y, p, a, b: (p @ (a * x + b * y), a * (p @ x) + b * (p @ y)))(
      r.normal(0, 1, 4), r.normal(0, 1, 4), r.dirichlet(np.ones(4)), r.normal(), r.normal())),
    S(16, "invalid", "<XY> = <X><Y> needs independence: X = Y uniform on {0, 1}: 0.5 vs 0.25",
      cx=lambda: (0.5 * 0 + 0.5 * 1, 0.5 * 0.5)),
    S(29, "not-an-identity", "the moment polynomial p(x) defined"),
    S(29, "valid", "series notation", ok=lambda r: (lambda m, x: (sum(m[i] * x ** i for i in range(4)), (m * x ** np.arange(4)).sum()))(r.normal(0, 1, 4), r.normal())),
    S(31, "not-an-identity", "Z(lambda) defined by its series"),
    S(31, "invalid", "the coefficient is 1/i!, not 1/lambda!: X = 1 surely (mu_i = 1), lambda = 0.5: e^{-0.5} = 0.607 vs "
      "sum (-0.5)^i / Gamma(1.5) = 0.752", cx=lambda: (np.exp(-0.5), sum((-0.5) ** i for i in range(200)) / gamma(1.5))),
    S(33, "invalid", "d^i Z/d lambda^i at lambda = 0 is (-1)^i mu_i (and the point is lambda = 0, not beta = 0): X = 1 surely, i = 1: -1 vs 1",
      cx=lambda: (d(lambda l: np.exp(-l), 0.0), 1.0)),
    S(37, "valid", "X^0 = 1", ok=lambda r: (lambda x, p: (p @ x ** 0, p @ x ** 0))(*dist(r))),
    S(37, "valid", "probabilities sum to 1", ok=lambda r: (lambda x, p: (p @ x ** 0, 1.0))(*dist(r))),
    S(41, "valid", "mu_i = <X^i> substituted in the series of line 31", ok=lambda r: (lambda x, p, l: (series_ok(x, p, l), Zl(x, p, l)))(*dist(r), r.uniform(-1, 1))),
    S(41, "invalid", "as line 31: 1/lambda! for 1/i!", cx=lambda: (np.exp(-0.5), sum((-0.5) ** i for i in range(200)) / gamma(1.5))),
    S(45, "either", "A: X is a typo for alpha: the exponential series; B: X literally: alpha = 1, X = 2 gives e vs e + 1",
      ok=lambda r: (lambda a: (np.exp(a), sum(a ** i / factorial(i) for i in range(40))))(r.uniform(-2, 2)),
      cx=lambda: (np.exp(1.0), 1 + 2 + sum(1.0 ** i / factorial(i) for i in range(2, 40)))),
    S(47, "not-an-identity", "alpha = -lambda X (substitution)", outside_display=True),
    S(47, "valid", "linearity (restated)", ok=lambda r: (lambda x, y, p, a, b: (p @ (a * x + b * y), a * (p @ x) + b * (p @ y)))(
      r.normal(0, 1, 4), r.normal(0, 1, 4), r.dirichlet(np.ones(4)), r.normal(), r.normal()), outside_display=True),
    S(49, "valid", "Z(lambda) = <e^{-lambda X}> (the series of line 31 with 1/i!)", ok=lambda r: (lambda x, p, l: (series_ok(x, p, l), Zl(x, p, l)))(*dist(r), r.uniform(-1, 1))),
    S(53, "valid", "continuous case (p the density of X; X stands for x under the integral)",
      ok=lambda r: (lambda m, s, l: (np.exp(-l * m + l * l * s * s / 2), quad(lambda x: np.exp(-(x - m) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s) * np.exp(-l * x), -40, 40)))(
        r.normal(), r.uniform(0.5, 1.5), r.uniform(-1, 1))),
    S(67, "not-an-identity", "max-ent solution (stated)"),
    S(69, "not-an-identity", "Z (definition)"),
    S(73, "valid", "<X^{(i)}> = -d ln Z/d lambda_i", ok=lambda r: (lambda X, l: (
      (np.exp(-X @ l) / np.exp(-X @ l).sum()) @ X[:, 0], -d(lambda t: np.log(np.exp(-X @ np.r_[t, l[1]]).sum()), l[0])))(r.normal(0, 1, (5, 2)), r.normal(0, 0.5, 2))),
    S(75, "either", "A: j, k as meant: the second derivative is the covariance <X_j X_k> - <X_j><X_k>; B: as written (j, j) it is the "
      "variance of X_j, wrong for j != k", ok=lambda r: (lambda X, l: (
      (lambda p: p @ (X[:, 0] * X[:, 1]) - (p @ X[:, 0]) * (p @ X[:, 1]))(np.exp(-X @ l) / np.exp(-X @ l).sum()),
      (lambda f: (f(l + [1e-4, 1e-4]) - f(l + [1e-4, -1e-4]) - f(l + [-1e-4, 1e-4]) + f(l - 1e-4)) / 4e-8)(lambda t: np.log(np.exp(-X @ t).sum()))))(
        r.normal(0, 1, (5, 2)), r.normal(0, 0.5, 2)),
      cx=lambda: (lambda X, l: ((lambda f: (f(l + [1e-4, 1e-4]) - f(l + [1e-4, -1e-4]) - f(l + [-1e-4, 1e-4]) + f(l - 1e-4)) / 4e-8)(
        lambda t: np.log(np.exp(-X @ t).sum())), (lambda p: p @ X[:, 0] ** 2 - (p @ X[:, 0]) ** 2)(np.exp(-X @ l) / np.exp(-X @ l).sum())))(
        np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]), np.array([0.2, -0.3]))),
    S(79, "valid", "variance of the energy", ok=lambda r: (lambda E, b: ((lambda p: p @ E ** 2 - (p @ E) ** 2)(np.exp(-b * E) / np.exp(-b * E).sum()),
      d2(lambda t: np.log(np.exp(-t * E).sum()), b)))(r.uniform(-1, 2, 5), r.uniform(0.3, 2))),
    S(83, "not-an-identity", "C_v defined"),
    S(87, "valid", "Var E = -dU/d beta", ok=lambda r: (lambda E, b: ((lambda p: p @ E ** 2 - (p @ E) ** 2)(np.exp(-b * E) / np.exp(-b * E).sum()),
      -d(lambda t: (np.exp(-t * E) @ E) / np.exp(-t * E).sum(), b)))(r.uniform(-1, 2, 5), r.uniform(0.3, 2))),
    S(87, "valid", "d/d beta = -k_B T^2 d/dT", ok=lambda r: (lambda E, b, k: (-d(lambda t: (np.exp(-t * E) @ E) / np.exp(-t * E).sum(), b),
      k * (1 / (k * b)) ** 2 * d(lambda T: (np.exp(-E / (k * T)) @ E) / np.exp(-E / (k * T)).sum(), 1 / (k * b))))(r.uniform(-1, 2, 5), r.uniform(0.3, 2), r.uniform(0.5, 2))),
    S(87, "valid", "C_v", ok=lambda r: (lambda E, b, k: (k * (1 / (k * b)) ** 2 * d(lambda T: (np.exp(-E / (k * T)) @ E) / np.exp(-E / (k * T)).sum(), 1 / (k * b)),
      k * (1 / (k * b)) ** 2 * d(lambda T: (np.exp(-E / (k * T)) @ E) / np.exp(-E / (k * T)).sum(), 1 / (k * b))))(r.uniform(-1, 2, 5), r.uniform(0.3, 2), r.uniform(0.5, 2))),
]
CLAIMS = [(31, 33, "invalid", "Z(lambda) = sum mu_i (-lambda)^i/i! and mu_i = (-1)^i Z^{(i)}(0)"), (79, 87, "valid", "Var E = k_B T^2 C_v")]
