from common import *
DOC = "34_ewer_kl_cross_entropy.md"; TIER = 2
TOPIC = "Hugo post: KL as difference of expected surprises; aligned rows separated by \\newline; a Unicode minus (U+2212) in the last row"
NOTES = "I_P(x) = -log P(x) (line 15); H_{(P(x),Q(x))} is the cross-entropy (defined in prose after the cut)"


def pq(r, K=5):
    return r.dirichlet(np.ones(K)), r.dirichlet(np.ones(K))


STEPS = [
    S(4, "not-an-identity", "KL (definition)"),
    S(10, "valid", "log(P/Q) = -log(Q/P)", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), -(p * np.log(q / p)).sum()))(*pq(r))),
    S(15, "not-an-identity", "surprise (definition)", outside_display=True),
    S(18, "not-an-identity", "entropy (definition)"),
    S(18, "valid", "expected surprise", ok=lambda r: (lambda p, q: (-(p * np.log(p)).sum(), p @ -np.log(p)))(*pq(r))),
    S(24, "valid", "difference of entropies written out", ok=lambda r: (lambda p, q: (-(q * np.log(q)).sum() + (p * np.log(p)).sum(),
      (-(q * np.log(q)).sum()) - (-(p * np.log(p)).sum())))(*pq(r))),
    S(31, "valid", "cross-entropy minus entropy", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), (-(p * np.log(q)).sum()) - (-(p * np.log(p)).sum())))(*pq(r))),
    S(32, "valid", "collect the sums", ok=lambda r: (lambda p, q: ((-(p * np.log(q)).sum()) - (-(p * np.log(p)).sum()), -(p * (np.log(q) - np.log(p))).sum()))(*pq(r))),
    S(33, "valid", "log of a quotient", ok=lambda r: (lambda p, q: (-(p * (np.log(q) - np.log(p))).sum(), -(p * np.log(q / p)).sum()))(*pq(r))),
    S(40, "valid", "E_P[I_Q - I_P]", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), p @ (-np.log(q) + np.log(p))))(*pq(r))),
    S(54, "valid", "as line 31", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), (-(p * np.log(q)).sum()) - (-(p * np.log(p)).sum())))(*pq(r))),
    S(55, "valid", "cross-entropy minus entropy (Unicode minus)", ok=lambda r: (lambda p, q: ((-(p * np.log(q)).sum()) - (-(p * np.log(p)).sum()),
      -(p * np.log(q)).sum() - (-(p * np.log(p)).sum())))(*pq(r))),
]
CLAIMS = [(31, 33, "valid", "KL = -sum P log(Q/P)"), (54, 55, "valid", "KL = H(P,Q) - H(P)")]
