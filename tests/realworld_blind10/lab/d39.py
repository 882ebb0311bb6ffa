from common import *
DOC = "39_kaslusimoes_maxent_family_identities.md"; TIER = 1
TOPIC = "Pandoc thesis chapter: maximum-entropy family Q = exp(-lambda_a f^a)/zeta written `\\frac1\\zeta_n`, d log zeta/d lambda_b = -eta^b, dQ/d lambda_b = (eta^b - f^b) Q (Einstein summation, \\nonumber and \\therefore in $$ displays, \\xx macro)"
NOTES = "eta^a = <f^a> (prose row 11); zeta = int exp(-lambda_a f^a) dx (normaliser of row 13); repeated a is summed; \\frac1\\zeta_n is 1/zeta_n"
STEPS = [
    S(13, "not-an-identity", "maximum-entropy family defined"),
    S(13, "not-an-identity", "named P(x|lambda_n)"),
    S(23, "valid", "d log zeta = d zeta/zeta"),
    S(23, "valid", "derivative under the integral"),
    S(25, "valid", "(1/zeta) int (-f^b) e^{-lambda f} = -<f^b> = -eta^b"),
    S(27, "valid", "product rule on e^{-lambda f}/zeta"),
    S(29, "valid", "row 25 used: (1/zeta) d zeta/d lambda = -eta"),
]
CLAIMS = [(23, 25, "valid", "d log zeta/d lambda_b = -eta^b")]
