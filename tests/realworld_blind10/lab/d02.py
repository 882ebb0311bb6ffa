from common import *
DOC = "02_gouherdanish_cross_entropy_kl.md"; TIER = 3
TOPIC = "Jekyll post, one $$ display per row: cross entropy convex in q (second derivative), H(p,q) = H(p) + D_KL(p,q) with a TeX \\over inside \\left( \\right)"
NOTES = "H(p,q) = -sum_i p_i log q_i; H(p) = -sum p log p (defined in another post); D_KL defined after its first use (row 143); p_i, q_i > 0 stated in prose (row 120)"
STEPS = [
    S(108, "not-an-identity", "definition of cross entropy"),
    S(112, "valid", "dH/dq_i = -p_i/q_i"),
    S(116, "valid", "second derivative written as the derivative of the first"),
    S(118, "valid", "d/dq (-p/q) = p/q^2"),
    S(122, "valid", "p_i/q_i^2 > 0 for p_i, q_i > 0 (prose, row 120)"),
    S(131, "not-an-identity", "definition restated"),
    S(133, "valid", "log q = log (p q / p): `p_i {q_i} \\over {p_i}` inside \\left( \\right) is (p_i q_i)/p_i"),
    S(135, "valid", "log of a product split, sum split"),
    S(137, "valid", "-log(q/p) = +log(p/q)"),
    S(139, "valid", "H(p) and D_KL(p,q) = sum p log(p/q) (row 143) named"),
    S(143, "not-an-identity", "definition of D_KL"),
    S(147, "valid", "rearranged from row 139"),
]
CLAIMS = [(131, 139, "valid", "H(p,q) = H(p) + D_KL(p||q)")]
