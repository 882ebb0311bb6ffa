from common import *
DOC = "39_rufeng_dp_mixture_bound.md"; TIER = 3
TOPIC = "al-folio distill post: variational bound for a DP mixture; E[log p(Z_n|V)] for stick-breaking written as a product instead of a sum (twice)"
NOTES = "p(Z_n = i | V) = V_i prod_{j<i} (1 - V_j); q(z_n = i) = phi_{n,i}; truncation at T; rows 393-397 are updates"
_phi = np.array([0.6, 0.4]); _ElV = np.array([-0.5, -0.3]); _El1V = np.array([-1.2, -2.0])
_qgt = np.array([0.4, 0.0])   # q(z > 1), q(z > 2) for T = 2
_true = np.sum(_qgt * _El1V + _phi * _ElV)
_prod = np.prod(_qgt * _El1V + _phi * _ElV)
STEPS = [
    S(344, "valid", "ELBO bound"),
    S(345, "valid", "joint factorized"),
    S(352, "not-an-identity", "truncated mean-field family"),
    S(358, "not-an-identity", "variational parameters listed"),
    S(365, "valid", "stick-breaking likelihood"),
    S(366, "invalid", "the log of the product is a sum over i: sum_i [q(z>i) E log(1-V_i) + q(z=i) E log V_i]; the row has a product: T = 2, phi = (0.6, 0.4), "
      "E log V = (-0.5, -0.3), E log(1-V) = (-1.2, -2.0): sum = -0.90, product = 0.0936 (reading the product over the first term only leaves i free, also not the sum)",
      cx=lambda: (_true, _prod)),
    S(373, "invalid", "the truncated version carries the same product: same instance, -0.90 against 0.0936", cx=lambda: (_true, _prod)),
    S(380, "not-an-identity", "q(z=i) = phi (definition)"),
    S(381, "not-an-identity", "q(z>i) (definition)"),
    S(382, "valid", "Beta: E log V = psi(g1) - psi(g1 + g2)"),
    S(383, "valid", "Beta: E log(1-V) = psi(g2) - psi(g1 + g2)"),
    S(393, "not-an-identity", "update"),
    S(394, "not-an-identity", "update"),
    S(395, "not-an-identity", "update"),
    S(396, "not-an-identity", "update"),
    S(397, "not-an-identity", "update (proportional)"),
    S(404, "not-an-identity", "S_t defined"),
]
CLAIMS = [(365, 366, "invalid", "E[log p(Z|V)] as a product")]
