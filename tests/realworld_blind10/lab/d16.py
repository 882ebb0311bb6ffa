from common import *
DOC = "16_tsyw_expfam_gauss_maxent.md"; TIER = 2
TOPIC = "Chinese whiteboard notes: exponential-family form, the Gaussian's natural parameters and A(eta), A' = E[phi], A'' = Var, MLE moment matching, maximum entropy with a derivative summed over the data set (blockquote $$, pmatrix, \\Longrightarrow rows)"
NOTES = "h(x) exp(eta^T phi(x) - A(eta)); phi(x) = (x, x^2) for the Gaussian; L(p, lambda_0, lambda) = sum p log p + lambda_0(1 - sum p) + lambda^T(Delta - E_p f) (row 110); N the data-set size"
def _r114():
    # p over N = 2 points, f scalar; derivative of L in p(x_1)
    p = np.array([0.3, 0.7]); f = np.array([1.0, 2.0]); l0, lam = 0.5, 0.2
    true = np.log(p[0]) + 1 - l0 - lam * f[0]
    author = 2 * (np.log(p[0]) + 1) - 2 * l0 - 2 * lam * f[0]
    return true, author
STEPS = [
    S(5, "not-an-identity", "exponential-family form"),
    S(5, "valid", "exp(-A) as 1/exp(A)"),
    S(17, "not-an-identity", "generalised linear model"),
    S(28, "not-an-identity", "Gaussian density"),
    S(33, "valid", "the quadratic written with (-2mu, 1)(x, x^2)^T and the prefactor as exp(log(2 pi sigma^2)^{-1/2}) (row 32 is the left side)"),
    S(37, "not-an-identity", "eta read off"),
    S(37, "not-an-identity", "eta_1, eta_2 named"),
    S(41, "valid", "A = mu^2/(2 sigma^2) + (1/2) log(2 pi sigma^2) in eta_1 = mu/sigma^2, eta_2 = -1/(2 sigma^2)",
      ok=lambda r: (lambda m, s: (m**2/(2*s**2) + 0.5*np.log(2*np.pi*s**2), -(m/s**2)**2/(4*(-1/(2*s**2))) + 0.5*np.log(-np.pi/(-1/(2*s**2)))))(r.normal(), r.uniform(0.5, 2))),
    S(49, "valid", "normalisation: int p = 1"),
    S(54, "valid", "row 49 differentiated in eta"),
    S(55, "valid", "divided by exp(A): A' = E[phi]"),
    S(59, "valid", "second derivative is the variance"),
    S(67, "not-an-identity", "eta_MLE defined as the argmax"),
    S(68, "valid", "log p = log h + eta^T phi - A, log h dropped (theta-free)"),
    S(69, "not-an-identity", "stationarity condition (implication, an equation the MLE satisfies)"),
    S(79, "not-an-identity", "entropy definition"),
    S(86, "not-an-identity", "optimisation problem (blockquote)"),
    S(90, "not-an-identity", "Lagrangian defined"),
    S(94, "not-an-identity", "its solution"),
    S(102, "not-an-identity", "empirical expectation named Delta"),
    S(106, "not-an-identity", "optimisation problem"),
    S(110, "not-an-identity", "Lagrangian defined"),
    S(114, "invalid", "dL/dp(x) is log p(x) + 1 - lambda_0 - lambda^T f(x), one term, not that term summed over the N points of the data set: N = 2, p = (0.3, 0.7), f = (1, 2), lambda_0 = 0.5, lambda = 0.2: true -0.904, written -1.808",
      cx=_r114),
    S(115, "not-an-identity", "stationarity equation (implication)"),
    S(119, "not-an-identity", "its solution"),
]
CLAIMS = [(49, 55, "valid", "A'(eta) = E[phi(x)]")]
