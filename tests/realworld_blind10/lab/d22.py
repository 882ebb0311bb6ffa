from common import *
DOC = "22_ejklike_em_lower_bound.md"; TIER = 3
TOPIC = "Jekyll post (earlier revision): EM lower bound with align* and TeX \\cr row breaks, `=&` alignment, Jensen, := J(theta, q), the equality case q = p(z|x)"
NOTES = "x_i observed, z_i latent; ; and | both mark parameters; q_i(z) and q_i(z_i) are the same density"
STEPS = [
    S(12, "not-an-identity", "log-likelihood defined"),
    S(19, "not-an-identity", "definition restated"),
    S(20, "valid", "marginal over z_i"),
    S(38, "valid", "marginal as an integral (| for ;)"),
    S(39, "valid", "multiplied and divided by q_i"),
    S(47, "valid", "Jensen (log concave)"),
    S(56, "valid", "row 47 summed over i with row 39"),
    S(56, "not-an-identity", "J(theta, q) defined by :="),
    S(65, "not-an-identity", "equality condition (hypothesis)"),
    S(72, "valid", "q proportional to p and normalised"),
    S(73, "valid", "sum_z p(x,z) = p(x)"),
    S(73, "valid", "Bayes"),
    S(84, "not-an-identity", "M-step update (argmax)"),
]
CLAIMS = [(38, 56, "valid", "l(theta) >= J(theta, q)")]
