from common import *
DOC = "38_aburkov_policy_gradient.md"; TIER = 3
TOPIC = "Markdown wiki page with Unicode 𝔼 in $$: policy-gradient objective as a nested expectation, gradient moved inside, expectation as a sum over outputs, log-derivative trick, REINFORCE gradient (\\Bigl[ \\Bigr], o \\sim \\pi_\\theta(O \\mid q))"
NOTES = "P(q) independent of theta; outputs o range over a finite set O; r(q, o) independent of theta"
STEPS = [
    S(18, "not-an-identity", "objective defined"),
    S(38, "valid", "joint expectation as nested expectations"),
    S(46, "valid", "P(q) free of theta: gradient inside the outer expectation"),
    S(54, "valid", "inner expectation as a sum"),
    S(62, "valid", "gradient of the sum, r free of theta"),
    S(68, "valid", "log-derivative identity"),
    S(76, "valid", "row 68 for f = pi_theta(o|q)"),
    S(82, "valid", "row 76 substituted"),
    S(88, "valid", "sum written as an expectation (rows 54-82)"),
    S(98, "valid", "rows 46 and 88 combined"),
]
CLAIMS = [(38, 98, "valid", "grad J = E[r grad log pi]")]
