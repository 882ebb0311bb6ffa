from h8 import *
DOC = "21_gaurav_expfam_moments.md"; TIER = 2
TOPIC = "GitHub README (Markdown): E[T] = grad A and Cov T = Hessian A for an exponential family; proof through the normalisation constraint"
NOTES = "p(x|eta) = h(x) exp(eta^T T(x) - A(eta)), A the log-partition function (defined above the cut); lines 3-4 are one display whose two equations lack a \\\\ between them"
F = lambda fn: (lambda r: fn(*ef(r)))
STEPS = [
    S(3, "either", "reading A: two statements run together (missing \\\\): E[T] = grad A (valid); reading B: one chain E[T] = grad A * Cov[T]: "
      "Bernoulli (atoms 0, 1, h = 1), eta = 0: E[T] = 0.5 but A'(0) Var T = 0.5 * 0.25 = 0.125",
      ok=F(lambda h, T, eta: (ET(h, T, eta), d(lambda e: A_ef(h, T, e), eta))),
      cx=lambda: (ET(np.ones(2), np.array([0., 1.]), 0.0), d(lambda e: A_ef(np.ones(2), np.array([0., 1.]), e), 0.0) * VT(np.ones(2), np.array([0., 1.]), 0.0))),
    S(3, "either", "reading A: Cov[T] = Hessian of A (valid); reading B: grad A * Cov[T] = Hessian A: same Bernoulli: 0.125 vs 0.25",
      ok=F(lambda h, T, eta: (VT(h, T, eta), d2(lambda e: A_ef(h, T, e), eta))),
      cx=lambda: (0.5 * 0.25, d2(lambda e: A_ef(np.ones(2), np.array([0., 1.]), e), 0.0))),
    S(10, "valid", "normalisation of p(x|eta)", ok=F(lambda h, T, eta: ((h * np.exp(eta * T - A_ef(h, T, eta))).sum(), 1.0))),
    S(14, "valid", "multiply by exp(A)", ok=F(lambda h, T, eta: (np.exp(A_ef(h, T, eta)), (h * np.exp(eta * T)).sum()))),
    S(18, "valid", "gradient of both sides", ok=F(lambda h, T, eta: (np.exp(A_ef(h, T, eta)) * d(lambda e: A_ef(h, T, e), eta), (h * T * np.exp(eta * T)).sum()))),
    S(22, "valid", "divide by exp(A)", ok=F(lambda h, T, eta: (d(lambda e: A_ef(h, T, e), eta), (T * h * np.exp(eta * T - A_ef(h, T, eta))).sum()))),
    S(22, "valid", "= E[T]", ok=F(lambda h, T, eta: ((T * h * np.exp(eta * T - A_ef(h, T, eta))).sum(), ET(h, T, eta)))),
]
CLAIMS = [(10, 22, "valid", "grad A = E[T]")]
