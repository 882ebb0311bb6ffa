from common import *
DOC = "33_aburkov_log_derivative_trick.md"; TIER = 3
TOPIC = "Markdown wiki page: the log-derivative trick, its use for a policy pi_theta(o|q), gradient of an expected reward written as an expectation of r grad log p"
NOTES = "p_theta(i) probabilities of n outcomes, r(i) rewards independent of theta"
STEPS = [
    S(10, "valid", "chain rule for log f"),
    S(16, "valid", "row 10 rearranged"),
    S(26, "valid", "row 16 for f = pi_theta(o|q)"),
    S(42, "not-an-identity", "expected reward defined"),
    S(50, "valid", "r(i) independent of theta"),
    S(58, "valid", "row 16 for p_theta(i)"),
    S(64, "valid", "row 58 substituted (row spans 64-65)"),
    S(64, "valid", "factors reordered"),
]
CLAIMS = [(50, 64, "valid", "grad J = sum p r grad log p")]
