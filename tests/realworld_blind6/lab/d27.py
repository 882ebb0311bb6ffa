from ef import *
DOC = "27_ewer_moment_matching.md"; TIER = 2
TOPIC = "moment matching: gradient of KL(p || q_theta) for an exponential-family q; a sign slip on E_p[theta^T phi], undone one row later"
NOTES = "q(x) = h exp(theta^T phi - A(theta)) (the approximation), p any target; finite support; row 1 spans lines 17-18"


def inst(r, M=5):
    h, T, e = fam(r, M=M, dim=2); pt = r.dirichlet(np.ones(M)); return h, T, e, pt


def f(h, T, e, pt):
    return (pt * np.log(pt / p(h, T, e))).sum()


def grad(fun, e, h=1e-5):
    return np.array([(fun(e + h * u) - fun(e - h * u)) / (2 * h) for u in np.eye(len(e))])


H0, T0, E0 = np.ones(3), np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]), np.array([0.2, -0.4])
P0 = np.array([0.5, 0.3, 0.2])

STEPS = [
    S(17, "not-an-identity", "f(theta) := KL(p||q) (definition)"),
    S(17, "valid", "KL as E_p[ln(p/q)]", ok=lambda r: (lambda h, T, e, pt: (f(h, T, e, pt), pt @ np.log(pt / p(h, T, e))))(*inst(r))),
    S(19, "valid", "split the log", ok=lambda r: (lambda h, T, e, pt: (f(h, T, e, pt), pt @ np.log(pt) - pt @ np.log(p(h, T, e))))(*inst(r))),
    S(20, "valid", "q substituted", ok=lambda r: (lambda h, T, e, pt: (pt @ np.log(p(h, T, e)), pt @ np.log(h * np.exp(T @ e - A(h, T, e)))))(*inst(r))),
    S(21, "valid", "expand the log", ok=lambda r: (lambda h, T, e, pt: (pt @ np.log(pt) - pt @ np.log(h * np.exp(T @ e - A(h, T, e))),
      pt @ np.log(pt) - pt @ np.log(h) - pt @ (T @ e) + pt.sum() * A(h, T, e)))(*inst(r))),
    S(30, "valid", "int p A = A", ok=lambda r: (lambda h, T, e, pt: (grad(lambda t: f(h, T, t, pt), e),
      grad(lambda t: pt @ np.log(pt) - pt @ np.log(h) - pt @ (T @ t) + A(h, T, t), e)))(*inst(r))),
    S(31, "invalid", "the E_p[theta^T phi] term has a minus sign: the gradients differ by 2 E_p[phi]; h = 1, phi = ((0,1),(1,0),(1,1)), "
      "theta = (0.2, -0.4), p = (0.5, 0.3, 0.2)", cx=lambda: (grad(lambda t: P0 @ np.log(P0) - P0 @ np.log(H0) - P0 @ (T0 @ t) + A(H0, T0, t), E0),
      grad(lambda t: P0 @ (T0 @ t) + A(H0, T0, t), E0))),
    S(32, "invalid", "from the previous row the gradient is +E_p[phi] + grad A (the slip undone): same instance",
      cx=lambda: (grad(lambda t: P0 @ (T0 @ t) + A(H0, T0, t), E0), -P0 @ T0 + dA(H0, T0, E0))),
    S(32, "not-an-identity", "= 0: stationarity (the equation being solved)"),
    S(33, "not-an-identity", "the stationarity condition solved for grad A"),
    S(41, "not-an-identity", "moment matching at the optimum (consequence of the stationarity condition)"),
]
CLAIMS = [(17, 21, "valid", "KL(p||q) expanded for an exponential-family q"),
          (30, 32, "valid", "grad_theta KL = -E_p[phi] + grad A (end to end)")]
