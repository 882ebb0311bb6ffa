from common import *
DOC = "44_su_score_matching.md"; TIER = 3
TOPIC = "Chinese blog: score of the diffused marginal p_t(x_t) = E_{x_0}[p_t(x_t|x_0)] as a posterior average of conditional scores"
NOTES = "1-D checks: p_0 a three-point distribution, p_t(x_t|x_0) = N(x_t; a x_0, s^2)"


def inst(r):
    return r.normal(0, 1, 3), r.dirichlet(np.ones(3)), r.uniform(0.5, 1), r.uniform(0.4, 1.2), r.normal(0, 1.5)


def kern(xt, x0, a, s):
    return np.exp(-(xt - a * x0) ** 2 / (2 * s * s)) / np.sqrt(2 * np.pi * s * s)


def pt(xt, x0, w, a, s):
    return (w * kern(xt, x0, a, s)).sum()


STEPS = [
    S(4, "not-an-identity", "score matching objective (definition)"),
    S(8, "not-an-identity", "diffused marginal (definition)"),
    S(8, "valid", "as an expectation over x_0", ok=lambda r: (lambda x0, w, a, s, xt: (pt(xt, x0, w, a, s), w @ kern(xt, x0, a, s)))(*inst(r))),
    S(13, "valid", "grad log p = grad p / p", ok=lambda r: (lambda x0, w, a, s, xt: (d(lambda u: np.log(pt(u, x0, w, a, s)), xt), d(lambda u: pt(u, x0, w, a, s), xt) / pt(xt, x0, w, a, s)))(*inst(r))),
    S(14, "valid", "gradient inside the integral", ok=lambda r: (lambda x0, w, a, s, xt: (d(lambda u: pt(u, x0, w, a, s), xt) / pt(xt, x0, w, a, s),
      (w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / pt(xt, x0, w, a, s)))(*inst(r))),
    S(15, "valid", "p_t written out", ok=lambda r: (lambda x0, w, a, s, xt: ((w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / pt(xt, x0, w, a, s),
      (w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / (w * kern(xt, x0, a, s)).sum()))(*inst(r))),
    S(16, "valid", "as expectations", ok=lambda r: (lambda x0, w, a, s, xt: ((w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / (w * kern(xt, x0, a, s)).sum(),
      (w @ np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])) / (w @ kern(xt, x0, a, s))))(*inst(r))),
    S(23, "not-an-identity", "conditional score matching objective (definition)"),
    S(28, "valid", "grad log p = grad p / p", ok=lambda r: (lambda x0, w, a, s, xt: (d(lambda u: np.log(pt(u, x0, w, a, s)), xt), d(lambda u: pt(u, x0, w, a, s), xt) / pt(xt, x0, w, a, s)))(*inst(r))),
    S(29, "valid", "gradient inside", ok=lambda r: (lambda x0, w, a, s, xt: (d(lambda u: pt(u, x0, w, a, s), xt) / pt(xt, x0, w, a, s),
      (w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / pt(xt, x0, w, a, s)))(*inst(r))),
    S(30, "valid", "grad p = p grad log p", ok=lambda r: (lambda x0, w, a, s, xt: ((w * np.array([d(lambda u: kern(u, c, a, s), xt) for c in x0])).sum() / pt(xt, x0, w, a, s),
      (w * kern(xt, x0, a, s) * np.array([d(lambda u: np.log(kern(u, c, a, s)), xt) for c in x0])).sum() / pt(xt, x0, w, a, s)))(*inst(r))),
    S(31, "valid", "Bayes: p_t(x_0|x_t)", ok=lambda r: (lambda x0, w, a, s, xt: ((w * kern(xt, x0, a, s) * np.array([d(lambda u: np.log(kern(u, c, a, s)), xt) for c in x0])).sum() / pt(xt, x0, w, a, s),
      ((w * kern(xt, x0, a, s) / pt(xt, x0, w, a, s)) * np.array([d(lambda u: np.log(kern(u, c, a, s)), xt) for c in x0])).sum()))(*inst(r))),
    S(32, "valid", "as a posterior expectation", ok=lambda r: (lambda x0, w, a, s, xt: (
      ((w * kern(xt, x0, a, s) / pt(xt, x0, w, a, s)) * np.array([d(lambda u: np.log(kern(u, c, a, s)), xt) for c in x0])).sum(),
      (w * kern(xt, x0, a, s) / pt(xt, x0, w, a, s)) @ ((a * x0 - xt) / s ** 2)))(*inst(r))),
]
CLAIMS = [(13, 16, "valid", "score of the marginal as a ratio of expectations"), (28, 32, "valid", "score = posterior mean of conditional scores")]
