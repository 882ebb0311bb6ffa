from common import *
DOC = "32_mxxhcm_score_zero_fisher.md"; TIER = 1
TOPIC = "Hexo post in Chinese: the score s = grad log p, its expectation is zero (a seven-row chain in \\begin{align\\*} with `\\mathbb{E}\\_{..}` escapes), Fisher information as the variance of the score and as -E of the second derivative"
NOTES = "p(x|theta) a density in x; f(X; theta) is the same density in rows 40-45; differentiation under the integral assumed"
STEPS = [
    S(13, "not-an-identity", "log-likelihood defined"),
    S(17, "not-an-identity", "score defined"),
    S(28, "valid", "s substituted"),
    S(29, "valid", "expectation as an integral"),
    S(30, "valid", "grad log p = grad p / p"),
    S(31, "valid", "p cancels"),
    S(32, "valid", "gradient out of the integral"),
    S(33, "valid", "int p = 1"),
    S(34, "valid", "gradient of a constant"),
    S(40, "not-an-identity", "Fisher information defined"),
    S(40, "valid", "conditional expectation as an integral"),
    S(45, "valid", "I = -E[d^2 log f/d theta^2] (the information identity, with row 34)"),
]
CLAIMS = [(28, 34, "valid", "E[s(theta)] = 0")]
