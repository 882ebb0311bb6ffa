from common import *
DOC = "10_adi_ebm_cd_gradient.md"; TIER = 1
TOPIC = "EBM p = e^f/Z: grad log p(x_train) = grad f(x_train) - E_p[grad f], one display per step"
NOTES = "p_theta = e^{f_theta}/Z(theta), Z = integral of e^{f_theta} (the note's model); checked on a 6-state space (sum for the integral)"

XS = np.arange(6.0)


def f(t, x):
    return np.sin(t * x) + t * t * x / 5 - 0.1 * x * x


def Z(t):
    return np.exp(f(t, XS)).sum()


def inst(r):
    return r.uniform(-1.5, 1.5), float(r.integers(0, 6))


def gradf(t, x):
    return d(lambda s: f(s, x), t)


def Elog(t):
    p = np.exp(f(t, XS)) / Z(t)
    return (p * np.array([gradf(t, x) for x in XS])).sum()


def chk(which):
    def ok(r):
        t, x = inst(r)
        v = {"lp": d(lambda s: f(s, x) - np.log(Z(s)), t),
             "glogZ": d(lambda s: np.log(Z(s)), t),
             "a": d(lambda s: np.log(np.exp(f(s, XS)).sum()), t),
             "b": d(Z, t) / Z(t),
             "c": sum(d(lambda s: np.exp(f(s, x_)), t) for x_ in XS) / Z(t),
             "e": (np.exp(f(t, XS)) * np.array([gradf(t, x_) for x_ in XS])).sum() / Z(t),
             "E": Elog(t),
             "lp2": gradf(t, x) - d(lambda s: np.log(Z(s)), t),
             "final": gradf(t, x) - Elog(t)}
        return v[which[0]], v[which[1]]
    return ok


STEPS = [
    S(9, "valid", "log p = f - log Z", ok=chk(("lp", "lp"))),
    S(13, "valid", "gradient of a difference", ok=chk(("lp", "lp2"))),
    S(17, "valid", "Z = integral of e^f", ok=chk(("glogZ", "a"))),
    S(19, "valid", "grad log f = grad f / f", ok=lambda r: (lambda t: (d(lambda s: np.log(Z(s)), t), d(Z, t) / Z(t)))(r.uniform(-1, 1)),
      outside_display=True),
    S(21, "valid", "chain rule", ok=chk(("glogZ", "b"))),
    S(25, "valid", "differentiate under the integral", ok=chk(("b", "c"))),
    S(29, "valid", "grad e^f = e^f grad f", ok=chk(("c", "e"))),
    S(31, "valid", "e^f/Z = p", ok=lambda r: (lambda t: (np.exp(f(t, 2.0)) / Z(t), np.exp(f(t, 2.0)) / Z(t)))(r.uniform(-1, 1)),
      outside_display=True),
    S(33, "valid", "rewrite with p", ok=chk(("e", "E"))),
    S(33, "valid", "integral against p = expectation", ok=chk(("E", "E"))),
    S(39, "valid", "grad log p(x_train) = grad f(x_train) - E_p[grad f]", ok=chk(("lp", "final"))),
    S(45, "not-an-identity", "one-sample Monte Carlo estimate (approximation)"),
]
CLAIMS = [(17, 33, "valid", "grad log Z = E_p[grad f]"), (9, 39, "valid", "grad log p = grad f - E_p[grad f]")]
