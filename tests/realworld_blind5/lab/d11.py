from common import *
DOC = "11_chicm_softmax_ce_gradient.md"; TIER = 2
TOPIC = "softmax + cross-entropy gradient dL/do = p - y, with a numeric example whose gradient has a slip (-0.775 for -0.755)"
NOTES = "\\dfrac{\\partial}{o_k} is the source's notation for d/do_k (read so); p_j = e^{o_j}/sum_i e^{o_i} (line 7 writes e^j); " \
        "L = -log p_k for one-hot y (line 26); numbers rounded to 3 decimals"

O = np.array([2., 3., 4.])


def sm(o):
    e = np.exp(o - o.max()); return e / e.sum()


def inst(r):
    o = r.normal(size=4); k = 1; j = 3
    return o, k, j


def L(o, k):
    return -np.log(sm(o)[k])


def dk(o, k, i, fn):
    e = np.zeros_like(o); e[i] = 1
    return d(lambda t: fn(o + t * e), 0.0)


def step(which):
    def ok(r):
        o, k, j = inst(r); p = sm(o); S_ = np.exp(o).sum()
        dLk = dk(o, k, k, lambda q: L(q, k)); dLj = dk(o, k, j, lambda q: L(q, k))
        v = {"dLk": dLk, "dpk_k": -dk(o, k, k, lambda q: sm(q)[k]) / p[k],
             "quot_k": -(np.exp(o[k]) * S_ - np.exp(o[k]) * np.exp(o[k])) / S_ ** 2 / p[k],
             "split_k": -(np.exp(o[k]) / S_ - np.exp(o[k]) * np.exp(o[k]) / S_ ** 2) / p[k],
             "pk_k": -(p[k] - np.exp(o[k]) * np.exp(o[k]) / S_ ** 2) / p[k],
             "pp": -(p[k] - p[k] ** 2) / p[k], "pk1": p[k] - 1,
             "dLj": dLj, "dpk_j": -dk(o, k, j, lambda q: sm(q)[k]) / p[k],
             "inv_j": -np.exp(o[k]) / p[k] * dk(o, k, j, lambda q: 1 / np.exp(q).sum()),
             "m1_j": -np.exp(o[k]) / p[k] * (-1) / S_ ** 2 * np.exp(o[j]),
             "e_j": np.exp(o[k]) / p[k] / S_ ** 2 * np.exp(o[j]),
             "ppj": (1 / p[k]) * (np.exp(o[k]) / S_) * (np.exp(o[j]) / S_), "pj": p[j]}
        return v[which[0]], v[which[1]]
    return ok


STEPS = [
    S(7, "not-an-identity", "softmax (definition)"),
    S(11, "not-an-identity", "cross-entropy (definition)"),
    S(15, "not-an-identity", "the example's logits (data)"),
    S(19, "not-an-identity", "the example's label (data)"),
    S(23, "valid", "softmax(2, 3, 4) = (0.0900, 0.2447, 0.6652), as printed to 3 decimals",
      ok=lambda r: (np.round(sm(O), 3), np.array([.090, .245, .665]))),
    S(26, "valid", "one-hot y: only the k-th term survives", ok=lambda r: (lambda p: (-(np.array([0, 1, 0]) * np.log(p)).sum(),
      -1 * np.log(p[1])))(sm(r.normal(size=3)))),
    S(26, "valid", "y_k = 1", ok=lambda r: (lambda q: (-1 * np.log(q), -np.log(q)))(r.uniform(.1, .9))),
    S(28, "valid", "L = -log p_k with p_k = 0.245 (the rounded value)", ok=lambda r: (1.0, 1.0)),
    S(28, "valid", "-ln 0.245 = 1.4065, printed 1.406", ok=lambda r: (np.floor(-np.log(0.245) * 1000) / 1000, 1.406)),
    S(35, "valid", "L = -log p_k", ok=step(("dLk", "dLk"))),
    S(35, "valid", "constant factor out", ok=step(("dLk", "dpk_k"))),
    S(35, "valid", "d log p_k = dp_k / p_k", ok=step(("dLk", "dpk_k"))),
    S(36, "valid", "p_k written out", ok=step(("dpk_k", "dpk_k"))),
    S(36, "valid", "quotient rule (d sum e^{o_i}/do_k = e^{o_k})", ok=step(("dpk_k", "quot_k"))),
    S(38, "valid", "split the fraction", ok=step(("quot_k", "split_k"))),
    S(40, "valid", "e^{o_k}/sum = p_k", ok=step(("split_k", "pk_k"))),
    S(42, "valid", "d/do_k sum_i e^{o_i} = e^{o_k}", ok=lambda r: (lambda o: (dk(o, 0, 1, lambda q: np.exp(q).sum()),
      np.exp(o[1])))(r.normal(size=3)), outside_display=True),
    S(44, "valid", "substitute the derivative", ok=step(("dLk", "pk_k"))),
    S(44, "valid", "(e^{o_k})^2/S^2 = p_k^2", ok=step(("pk_k", "pp"))),
    S(44, "valid", "= p_k - 1", ok=step(("pp", "pk1"))),
    S(47, "valid", "L = -log p_k", ok=step(("dLj", "dLj"))),
    S(47, "valid", "constant factor out", ok=step(("dLj", "dpk_j"))),
    S(47, "valid", "d log p_k = dp_k/p_k", ok=step(("dLj", "dpk_j"))),
    S(48, "valid", "p_k written out", ok=step(("dpk_j", "dpk_j"))),
    S(48, "valid", "e^{o_k} is constant in o_j", ok=step(("dpk_j", "inv_j"))),
    S(49, "valid", "d(1/S) = -dS/S^2", ok=step(("inv_j", "m1_j"))),
    S(50, "valid", "dS/do_j = e^{o_j}", ok=step(("m1_j", "e_j"))),
    S(50, "valid", "regroup", ok=step(("e_j", "ppj"))),
    S(51, "valid", "e^{o}/S = p", ok=step(("ppj", "ppj"))),
    S(51, "valid", "= p_j", ok=step(("ppj", "pj"))),
    S(54, "valid", "both cases: dL/do = p - y", ok=lambda r: (lambda o: (np.array([dk(o, 1, i, lambda q: L(q, 1)) for i in range(3)]),
      sm(o) - np.array([0, 1, 0])))(r.normal(size=3))),
    S(58, "invalid", "p - y for o = (2, 3, 4), y = (0, 1, 0) is (0.090, -0.755, 0.665): the middle entry -0.775 is a slip",
      cx=lambda: (np.round(sm(O) - np.array([0, 1, 0]), 3), np.array([.090, -.775, .665]))),
]
CLAIMS = [(35, 44, "valid", "dL/do_k = p_k - 1"), (47, 51, "valid", "dL/do_j = p_j")]
