from b9 import *
DOC = "26_harley_entropy_kl_ce.md"; TIER = 2
TOPIC = "Jekyll post in Chinese: entropy of a three-outcome example with rounded logs, KL = cross-entropy - entropy, loss definitions; kramdown '\\\\\\ ' row breaks"
NOTES = "p = (0.7, 0.2, 0.1) from the post's example (above the cut); log = ln; three rows on line 8 and two on line 28; line 40 defines the loss without the minus sign"

_p = np.array([.7, .2, .1])


def _pq(r):
    p = r.dirichlet(np.ones(4)); q = r.dirichlet(np.ones(4)); return p, q


STEPS = [
    S(2, "not-an-identity", "entropy (definition)"),
    S(8, "valid", "the definition with three outcomes", ok=lambda r: (lambda p: (-np.sum(p * np.log(p)), -(p[0] * np.log(p[0]) + p[1] * np.log(p[1]) + p[2] * np.log(p[2]))))(r.dirichlet(np.ones(3)))),
    S(8, "approx", "the example's p with -ln p rounded to two decimals: 0.8018 vs 0.804", ok=lambda r: (-np.sum(_p * np.log(_p)), .7 * .36 + .2 * 1.61 + .1 * 2.30)),
    S(8, "valid", "arithmetic", ok=lambda r: (.7 * .36 + .2 * 1.61 + .1 * 2.30, 0.804)),
    S(18, "not-an-identity", "KL divergence (definition)"),
    S(28, "valid", "log of a quotient", ok=lambda r: (lambda p, q: (np.sum(p * np.log(p / q)), np.sum(p * np.log(p)) - np.sum(p * np.log(q))))(*_pq(r))),
    S(28, "valid", "entropy and cross-entropy (line 34)", ok=lambda r: (lambda p, q: (np.sum(p * np.log(p)) - np.sum(p * np.log(q)), np.sum(p * np.log(p)) + (-np.sum(p * np.log(q)))))(*_pq(r))),
    S(34, "not-an-identity", "cross-entropy (definition)"),
    S(40, "not-an-identity", "loss (definition; the minus sign of the cross-entropy is missing, line 46 has it)"),
    S(46, "not-an-identity", "batch loss (definition)"),
    S(55, "not-an-identity", "binary loss (definition)"),
    S(61, "not-an-identity", "binary batch loss (definition)"),
]
CLAIMS = [(28, 28, "valid", "KL = -H(p) + H(p,q)")]
