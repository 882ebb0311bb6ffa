from common import *
DOC = "29_marc_entropy_kl_tex.md"; TIER = 2
TOPIC = "LaTeX note with macros (\\Exp[p]{...}, \\kld, \\half, \\s, \\t): entropy, perplexity, Gaussian NLL (sign slip), cross-entropy, KL"
NOTES = "\\Exp[p(x)]{f} = E_{p(x)}[f]; \\kld{p}{q} = KL(p||q); \\half = 1/2; \\s = sigma; log base e in the checks except perplexity"


def pq(r, K=5):
    return r.dirichlet(np.ones(K)), r.dirichlet(np.ones(K))


STEPS = [
    S(3, "not-an-identity", "entropy (definition)"),
    S(3, "valid", "as an expectation", ok=lambda r: (lambda p, q: (-(p * np.log(p)).sum(), p @ -np.log(p)))(*pq(r))),
    S(17, "not-an-identity", "perplexity (definition)", outside_display=True),
    S(20, "valid", "uniform over PP outcomes has entropy log2 PP", ok=lambda r: (lambda n: (-(np.full(n, 1 / n) * np.log2(np.full(n, 1 / n))).sum(),
      np.log2(n)))(int(r.integers(2, 10))), outside_display=True),
    S(26, "not-an-identity", "Gaussian up to normalisation (definition)", outside_display=True),
    S(26, "invalid", "-log p(x) = +(x-mu)^2/(2 sigma^2) + const; differences between x = 2 and x = 0 (mu = 0, sigma = 1): 2 vs -2",
      cx=lambda: (-np.log(np.exp(-0.5 * 4)) + np.log(np.exp(0.0)), -0.5 * 4 + 0.5 * 0), outside_display=True),
    S(32, "not-an-identity", "cross-entropy (definition)"),
    S(32, "valid", "as an expectation", ok=lambda r: (lambda p, q: (-(p * np.log(q)).sum(), p @ -np.log(q)))(*pq(r))),
    S(38, "valid", "one-hot p at the label", ok=lambda r: (lambda q, y: (-(np.eye(5)[y] * np.log(q)).sum(), -np.log(q[y])))(r.dirichlet(np.ones(5)), int(r.integers(0, 5)))),
    S(40, "not-an-identity", "Kronecker / delta target (definition)", outside_display=True),
    S(46, "not-an-identity", "KL (definition)"),
    S(46, "valid", "as an expectation", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), p @ np.log(p / q)))(*pq(r))),
    S(53, "valid", "KL = H(p,q) - H(p)", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), -(p * np.log(q)).sum() + (p * np.log(p)).sum()))(*pq(r))),
]
CLAIMS = [(46, 53, "valid", "KL = cross-entropy - entropy")]
