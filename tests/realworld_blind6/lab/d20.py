from common import *
DOC = "20_eugen_sigmoid_softmax_posterior.md"; TIER = 2
TOPIC = "class posterior as sigmoid / softmax of log joint; multiclass denominator written with p(C=0) for p(C=j)"
NOTES = "a = ln(p(x|C=1)p(C=1)/(p(x|C=0)p(C=0))), a_k = ln p(x|C=k)p(C=k) (defined below the displays); sigma = sigmoid / softmax"


def two(r):
    lik = r.uniform(0.05, 1, 2); pri = r.dirichlet(np.ones(2)); return lik, pri


def many(r, K=3):
    return r.uniform(0.05, 1, K), r.dirichlet(np.ones(K))


LIK = np.array([0.2, 0.5, 0.9]); PRI = np.array([0.5, 0.3, 0.2])


def a_of(l, p):
    return np.log(l[1] * p[1] / (l[0] * p[0]))


STEPS = [
    S(14, "valid", "Bayes", ok=lambda r: (lambda l, p: (l[1] * p[1] / (l * p).sum(), l[1] * p[1] / (l[0] * p[0] + l[1] * p[1])))(*two(r))),
    S(15, "valid", "reciprocal", ok=lambda r: (lambda l, p: (l[1] * p[1] / (l[0] * p[0] + l[1] * p[1]), 1 / ((l[0] * p[0] + l[1] * p[1]) / (l[1] * p[1]))))(*two(r))),
    S(16, "valid", "split the fraction", ok=lambda r: (lambda l, p: (1 / ((l[0] * p[0] + l[1] * p[1]) / (l[1] * p[1])), 1 / (1 + l[0] * p[0] / (l[1] * p[1]))))(*two(r))),
    S(17, "valid", "with a defined below", ok=lambda r: (lambda l, p: (1 / (1 + l[0] * p[0] / (l[1] * p[1])), 1 / (1 + np.exp(-a_of(l, p)))))(*two(r))),
    S(18, "valid", "sigmoid", ok=lambda r: (lambda l, p: (1 / (1 + np.exp(-a_of(l, p))), 1 / (1 + np.exp(-a_of(l, p)))))(*two(r))),
    S(24, "not-an-identity", "a defined"),
    S(35, "invalid", "the denominator must be sum_j p(x|C=j)p(C=j); p(x|C) = (0.2, 0.5, 0.9), p(C) = (0.5, 0.3, 0.2), k = 1 (0-based)",
      cx=lambda: (LIK[1] * PRI[1] / (LIK * PRI).sum(), LIK[1] * PRI[1] / (LIK * PRI[0]).sum())),
    S(36, "invalid", "with the previous row's denominator the softmax of a_k does not follow (the slip undone): same instance",
      cx=lambda: (LIK[1] * PRI[1] / (LIK * PRI[0]).sum(), np.exp(np.log(LIK * PRI))[1] / np.exp(np.log(LIK * PRI)).sum())),
    S(37, "valid", "softmax", ok=lambda r: (lambda l, p: (np.exp(np.log(l * p))[0] / np.exp(np.log(l * p)).sum(),
      (lambda a: np.exp(a[0]) / np.exp(a).sum())(np.log(l * p))))(*many(r))),
    S(43, "not-an-identity", "a_k defined"),
]
CLAIMS = [(14, 18, "valid", "p(C=1|x) = sigmoid(a)"), (35, 37, "valid", "p(C=k|x) = softmax(a)_k")]
