from common import *
DOC = "33_bruno_logpartition_moments.md"; TIER = 2
TOPIC = "exponential family: dA/d eta = E[T], d^2A = Var[T]; the annotations carry their own relations, one of them false"
NOTES = "A(eta) = log integral h e^{eta T}; p(x|eta) = h e^{eta T - A}; checked with scalar T on a 4-point space (sum for the " \
        "integral); the align rows carry \\text annotations in a second column whose math is listed after the row's relation"

XS = np.arange(4.0)


def inst(r):
    h = r.uniform(.2, 2, 4); T = r.normal(size=4); e = r.normal()
    return h, T, e


def A(h, T, e):
    return np.log((h * np.exp(e * T)).sum())


def EV(h, T, e):
    p = h * np.exp(e * T - A(h, T, e)); m = (p * T).sum()
    return p, m, (p * T * T).sum() - m * m


def ch(i, j):
    def ok(r):
        h, T, e = inst(r); p, m, v = EV(h, T, e)
        vals = [d(lambda t: A(h, T, t), e),
                d(lambda t: np.log((h * np.exp(t * T)).sum()), e),
                (T * h * np.exp(e * T)).sum() / (h * np.exp(e * T)).sum(),
                (T * h * np.exp(e * T - A(h, T, e))).sum(), m,
                d2(lambda t: A(h, T, t), e),
                (h * T * (T - d(lambda t: A(h, T, t), e)) * np.exp(e * T - A(h, T, e))).sum(),
                (h * T * (T - m) * np.exp(e * T - A(h, T, e))).sum(), (p * T * T).sum() - m * m, v]
        return vals[i], vals[j]
    return ok


STEPS = [
    S(4, "not-an-identity", "A (definition)"),
    S(11, "valid", "A substituted", ok=ch(0, 1)),
    S(12, "valid", "derivative of a log", ok=ch(1, 2)),
    S(12, "valid", "annotation: d/dx log(x) = x'/x (log of a function)", ok=lambda r: (lambda a: (d(lambda t: np.log(np.cosh(t) + 1), a),
      np.sinh(a) / (np.cosh(a) + 1)))(r.normal())),
    S(13, "valid", "divide by e^A", ok=ch(2, 3)),
    S(13, "invalid", "annotation: integral f / integral g = integral (f - g) is false: f = 2, g = 1 on [0, 1] give 2 vs 1",
      cx=lambda: (2.0 / 1.0, 2.0 - 1.0)),
    S(14, "valid", "= E[T(X)]", ok=ch(3, 4)),
    S(14, "not-an-identity", "annotation: definition of the expected value"),
    S(18, "not-an-identity", "X := (x_1, ..., x_m)", outside_display=True),
    S(22, "valid", "differentiate line 13 once more", ok=ch(5, 6)),
    S(23, "valid", "dA/d eta = E[T]", ok=ch(6, 7)),
    S(23, "valid", "annotation: dA/d eta = E[T] (line 14)", ok=ch(0, 4)),
    S(24, "valid", "expand", ok=ch(7, 8)),
    S(24, "not-an-identity", "annotation: definition of the expected value"),
    S(25, "valid", "= Var[T]", ok=ch(8, 9)),
    S(25, "valid", "annotation: Var = E[X^2] - E[X]^2", ok=lambda r: (lambda p, x: ((p * (x - (p * x).sum()) ** 2).sum(), (p * x * x).sum() - (p * x).sum() ** 2))(
      r.dirichlet(np.ones(4)), r.normal(size=4))),
]
CLAIMS = [(11, 14, "valid", "dA/d eta = E[T]"), (22, 25, "valid", "d^2A = Var[T]")]
