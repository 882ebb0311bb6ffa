from common import *
import itertools
DOC = "36_bruno_meanfield_elbo.md"; TIER = 2
TOPIC = "mean-field ELBO: chain rule for p(z, x), entropy term as a sum over factors; E_{q_j} written for E_q once"
NOTES = "q(z) = prod_j q_j(z_j) (mean field); x fixed (observed); checked with m = 3 binary z's"

ZS = [np.array(z) for z in itertools.product([0, 1], repeat=3)]


def inst(r):
    pj = r.uniform(.1, .9, 3); P = r.uniform(.05, 1, 8); P = P / P.sum() * r.uniform(.2, .9)    # p(z, x), sums to p(x)
    qz = np.array([np.prod([pj[i] if z[i] else 1 - pj[i] for i in range(3)]) for z in ZS])
    return pj, P, qz


def cond(P, j, z):
    # p(z_j | z_{1:j-1}, x) from the table P(z, x)
    idx = lambda zz: int(zz[0] * 4 + zz[1] * 2 + zz[2])
    num = sum(P[idx(w)] for w in ZS if all(w[:j + 1] == z[:j + 1]))
    den = sum(P[idx(w)] for w in ZS if all(w[:j] == z[:j]))
    return num / den


def l6(r):
    pj, P, qz = inst(r)
    return P, np.array([P.sum() * np.prod([cond(P, j, z) for j in range(3)]) for z in ZS])


def l12(r):
    pj, P, qz = inst(r)
    return (qz * np.log(qz)).sum(), sum(pj[i] * np.log(pj[i]) + (1 - pj[i]) * np.log(1 - pj[i]) for i in range(3))


def elbo(r):
    pj, P, qz = inst(r)
    a = (qz * np.log(P)).sum() - (qz * np.log(qz)).sum()
    b = (qz * np.log(np.array([P.sum() * np.prod([cond(P, j, z) for j in range(3)]) for z in ZS]))).sum() - \
        sum(pj[i] * np.log(pj[i]) + (1 - pj[i]) * np.log(1 - pj[i]) for i in range(3))
    c = np.log(P.sum()) + sum((qz * np.log(np.array([cond(P, j, z) for z in ZS]))).sum() for j in range(3)) - \
        sum(pj[i] * np.log(pj[i]) + (1 - pj[i]) * np.log(1 - pj[i]) for i in range(3))
    return a, b, c


STEPS = [
    S(1, "not-an-identity", "the ELBO (restated definition)", outside_display=True),
    S(6, "valid", "chain rule", ok=l6),
    S(12, "valid", "mean field: E_q log prod q_j = sum_j E_{q_j} log q_j", ok=l12),
    S(20, "either", "reading A: E_q (the ELBO's definition): agrees; reading B: E_{q_j} averages z_j only and leaves log q of "
      "the other factors at fixed values: q_1 = Bernoulli(0.5), q_2(0) = 0.2, q_3(0) = 0.7, j = 1 and z_2 = z_3 = 0 give "
      "E_q log q = -1.804 vs -2.659", ok=lambda r: (lambda a, b, c: (a, a))(*elbo(r)),
      cx=lambda: (0.5 * np.log(.5) * 2 + (.2 * np.log(.2) + .8 * np.log(.8)) + (.7 * np.log(.7) + .3 * np.log(.3)),
                  0.5 * np.log(.5) * 2 + np.log(.2) + np.log(.7))),
    S(21, "valid", "chain rule and the mean-field entropy", ok=lambda r: (lambda a, b, c: (a, b))(*elbo(r))),
    S(22, "valid", "log of a product; log p(x) is constant", ok=lambda r: (lambda a, b, c: (b, c))(*elbo(r))),
]
CLAIMS = [(20, 22, "valid", "mean-field ELBO (reading A of row 20)")]
