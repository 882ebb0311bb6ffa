from b9 import *
DOC = "34_freiburg_score_function_tm.md"; TIER = 2
TOPIC = "TeXmacs exercise answers (kept as .md): score function of a logistic (sigmoid) policy, eqnarray* rows"
NOTES = "pi(a=1|s, theta) = sigma(s^T theta), pi(a=0|s, theta) = 1 - sigma(s^T theta) (the first row states the model); TeXmacs rows start at <row|"


def _i(r):
    return r.normal(size=3), r.normal(size=3)


def _g(f, th, h=1e-6):
    return np.array([(f(th + e) - f(th - e)) / (2 * h) for e in np.eye(len(th)) * h])


STEPS = [
    S(4, "not-an-identity", "the policy (definition, stated as the first row)"),
    S(6, "valid", "d log f = f'/f", ok=lambda r: (lambda s, th: (_g(lambda t: np.log(sig(s @ t)), th), _g(lambda t: sig(s @ t), th) / sig(s @ th)))(*_i(r))),
    S(8, "valid", "sigma' = sigma(1 - sigma), chain rule", ok=lambda r: (lambda s, th: (_g(lambda t: sig(s @ t), th) / sig(s @ th), sig(s @ th) * (1 - sig(s @ th)) * s / sig(s @ th)))(*_i(r))),
    S(10, "valid", "cancelled", ok=lambda r: (lambda s, th: (sig(s @ th) * (1 - sig(s @ th)) * s / sig(s @ th), (1 - sig(s @ th)) * s))(*_i(r))),
    S(10, "valid", "1 - sigma = pi(a=0|s)", ok=lambda r: (lambda s, th: ((1 - sig(s @ th)) * s, (1 - sig(s @ th)) * s))(*_i(r))),
    S(11, "valid", "pi(a=0|s) = 1 - sigma", ok=lambda r: (lambda s, th: (_g(lambda t: np.log(1 - sig(s @ t)), th), _g(lambda t: np.log(1 - sig(s @ t)), th)))(*_i(r))),
    S(13, "valid", "d log f = f'/f", ok=lambda r: (lambda s, th: (_g(lambda t: np.log(1 - sig(s @ t)), th), _g(lambda t: 1 - sig(s @ t), th) / (1 - sig(s @ th))))(*_i(r))),
    S(14, "valid", "derivative of 1 - sigma", ok=lambda r: (lambda s, th: (_g(lambda t: 1 - sig(s @ t), th) / (1 - sig(s @ th)), -sig(s @ th) / (1 - sig(s @ th)) * (1 - sig(s @ th)) * s))(*_i(r))),
    S(15, "valid", "cancelled", ok=lambda r: (lambda s, th: (-sig(s @ th) / (1 - sig(s @ th)) * (1 - sig(s @ th)) * s, -sig(s @ th) * s))(*_i(r))),
    S(15, "valid", "sigma = pi(a=1|s)", ok=lambda r: (lambda s, th: (-sig(s @ th) * s, -sig(s @ th) * s))(*_i(r))),
]
CLAIMS = [(4, 15, "valid", "score of the logistic policy")]
