from common import *
DOC = "35_ewer_kl_elbo_decomposition.md"; TIER = 2
TOPIC = "Hugo post: KL(Q(Z) || P(Z|X)) = -ELBO-type sum + log P(X), rows on their own lines between \\newline separators"
NOTES = ("discrete Z; the sums are written over 'x in Z' (index typo for Z); D_KL(Q||P(Z,X)) := sum Q log(Q/P(Z,X)) (unnormalised); "
         "L is the name given to -D_KL(Q||P(Z,X))")


def inst(r, K=4):
    j = r.uniform(0.05, 1, K) * 0.2; q = r.dirichlet(np.ones(K)); px = j.sum(); return j, q, px


def KLpost(j, q, px):
    return (q * np.log(q / (j / px))).sum()


STEPS = [
    S(2, "not-an-identity", "KL (definition, as -sum Q log(P/Q))"),
    S(9, "valid", "P(Z|X) = P(Z,X)/P(X)", ok=lambda r: (lambda j, q, px: (KLpost(j, q, px), -(q * np.log(j / px / q)).sum()))(*inst(r))),
    S(11, "valid", "regroup", ok=lambda r: (lambda j, q, px: (-(q * np.log(j / px / q)).sum(), -(q * np.log(j / q / px)).sum()))(*inst(r))),
    S(13, "valid", "log of a product", ok=lambda r: (lambda j, q, px: (-(q * np.log(j / q / px)).sum(), -(q * (np.log(j / q) + np.log(1 / px))).sum()))(*inst(r))),
    S(15, "valid", "log(1/P) = -log P", ok=lambda r: (lambda j, q, px: (-(q * (np.log(j / q) + np.log(1 / px))).sum(), -(q * (np.log(j / q) - np.log(px))).sum()))(*inst(r))),
    S(17, "valid", "split the sum", ok=lambda r: (lambda j, q, px: (-(q * (np.log(j / q) - np.log(px))).sum(), -(q * np.log(j / q)).sum() + (q * np.log(px)).sum()))(*inst(r))),
    S(19, "valid", "sum Q = 1", ok=lambda r: (lambda j, q, px: (-(q * np.log(j / q)).sum() + (q * np.log(px)).sum(), -(q * np.log(j / q)).sum() + np.log(px)))(*inst(r))),
    S(29, "valid", "rearranged", ok=lambda r: (lambda j, q, px: (KLpost(j, q, px) + (q * np.log(j / q)).sum(), np.log(px)))(*inst(r))),
    S(31, "valid", "sum Q log(P(Z,X)/Q) = -D_KL(Q||P(Z,X))", ok=lambda r: (lambda j, q, px: (KLpost(j, q, px) - (q * np.log(q / j)).sum(), np.log(px)))(*inst(r))),
    S(44, "valid", "renamed (L = -D_KL(Q||P(Z,X)))", ok=lambda r: (lambda j, q, px: (KLpost(j, q, px) + (q * np.log(j / q)).sum(), np.log(px)))(*inst(r))),
]
CLAIMS = [(9, 19, "valid", "KL(Q||P(Z|X)) = -sum Q log(P(Z,X)/Q) + log P(X)")]
