from common import *
DOC = "37_bynax_em_jensen.md"; TIER = 3
TOPIC = "Chinese EM notes (cs229 style): Jensen lower bound and Q_i = posterior, every aligned display typed on one source line"
NOTES = "Q_i a distribution over z^(i); log concave; each display's rows share one source line (several relations per line)"
STEPS = [
    S(31, "not-an-identity", "l(theta) defined"),
    S(31, "valid", "marginal over z"),
    S(41, "valid", "marginal over z^(i)"),
    S(41, "valid", "multiply and divide by Q_i"),
    S(41, "valid", "Jensen (log concave)"),
    S(50, "not-an-identity", "equality condition (ratio constant)"),
    S(54, "not-an-identity", "Q proportional to p (condition)"),
    S(58, "valid", "normalized"),
    S(58, "valid", "sum_z p(x, z) = p(x)"),
    S(58, "valid", "= posterior"),
    S(66, "not-an-identity", "E step (:=)"),
    S(70, "not-an-identity", "M step (:=)"),
]
CLAIMS = [(41, 41, "valid", "log-likelihood >= sum Q log(p/Q)")]
