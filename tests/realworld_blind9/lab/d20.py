from common import *
DOC = "20_felix_exp_binomial_tex.md"; TIER = 2
TOPIC = "LaTeX notes: exponential distribution with eta = -exp(-omega): log-likelihood, gradient, Hessian; binomial log-pmf in natural form"
NOTES = "omega = x^T beta; eta = -lambda = -exp(-omega); B(y, n) = log binom(n, y) implicit"
STEPS = [
    S(785, "not-an-identity", "exponential pdf (model)"),
    S(790, "valid", "log of the pdf for y >= 0"),
    S(817, "valid", "l with eta = -exp(-omega): eta y + log(-eta) = -e^{-omega} y - omega",
      ok=lambda r: (lambda om, y: (np.log(np.exp(-om) * np.exp(-np.exp(-om) * y)), -np.exp(-om) * y - om))(r.normal(), r.uniform(0.1, 3))),
    S(818, "valid", "gradient in beta",
      ok=lambda r: (lambda X, y, b: (np.array([d(lambda t: np.sum(-np.exp(-(X @ (b + t * np.eye(2)[k]))) * y - X @ (b + t * np.eye(2)[k])), 0.0) for k in range(2)]),
                                     X.T @ (np.exp(-(X @ b)) * y - 1)))(r.normal(size=(3, 2)), r.uniform(0.1, 3, 3), r.normal(size=2) * 0.5)),
    S(819, "valid", "Hessian in beta",
      ok=lambda r: (lambda X, y, b: (np.array([[d(lambda t: (X.T @ (np.exp(-(X @ (b + t * np.eye(2)[m]))) * y - 1))[k], 0.0) for m in range(2)] for k in range(2)]),
                                     -(X.T * (np.exp(-(X @ b)) * y)) @ X))(r.normal(size=(3, 2)), r.uniform(0.1, 3, 3), r.normal(size=2) * 0.5)),
    S(834, "not-an-identity", "binomial pmf (model)"),
    S(839, "valid", "log of the pmf with the binomial coefficient written out"),
    S(840, "valid", "natural form, B(y, n) collecting the factorials"),
]
CLAIMS = [(817, 819, "valid", "exponential GLM with log link: l, gradient, Hessian")]
