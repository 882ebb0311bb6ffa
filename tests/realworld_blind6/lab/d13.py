from common import *
DOC = "13_anish_ebm_score.md"; TIER = 3
TOPIC = "score of an EBM p_theta = e^{-f_theta}/Z_theta: grad_x log p = -grad_x f_theta (Z does not depend on x)"
NOTES = "p(x) in the eqnarray is the model p_theta(x) defined in line 3; f_theta(x) = a quartic in the checks"


def f(x, a, b):
    return a * x ** 4 + b * x ** 2


def lnZ(a, b):
    return np.log(quad(lambda x: np.exp(-f(x, a, b)), -10, 10))


def inst(r):
    return r.uniform(0.05, 0.5), r.uniform(-1, 1), r.uniform(-2, 2)


STEPS = [
    S(3, "not-an-identity", "EBM density (definition)", outside_display=True),
    S(3, "not-an-identity", "Z > 0 (condition)", outside_display=True),
    S(10, "not-an-identity", "score function (definition)"),
    S(11, "valid", "p = e^{-f}/Z", ok=lambda r: (lambda a, b, x: (d(lambda t: -f(t, a, b) - lnZ(a, b), x), d(lambda t: np.log(np.exp(-f(t, a, b)) / np.exp(lnZ(a, b))), x)))(*inst(r))),
    S(12, "valid", "log of a quotient", ok=lambda r: (lambda a, b, x: (np.log(np.exp(-f(x, a, b)) / np.exp(lnZ(a, b))), -f(x, a, b) - lnZ(a, b)))(*inst(r))),
    S(13, "valid", "grad_x log Z = 0", ok=lambda r: (lambda a, b, x: (d(lambda t: -f(t, a, b) - lnZ(a, b), x), -d(lambda t: f(t, a, b), x) - 0))(*inst(r))),
    S(14, "valid", "drop the zero", ok=lambda r: (lambda a, b, x: (-d(lambda t: f(t, a, b), x) - 0, -d(lambda t: f(t, a, b), x)))(*inst(r))),
]
CLAIMS = [(10, 14, "valid", "score = -grad_x f_theta")]
