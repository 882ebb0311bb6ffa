from common import *
DOC = "27_gouherdanish_stable_log_softmax.md"; TIER = 2
TOPIC = "Jekyll post, one $$ display per row: softmax shifted by the max logit (multiplying by e^{-z_max}/e^{-z_max}), log-softmax in one step"
NOTES = "Softmax(z) is the author's name for the i-th component; z_max the largest logit"
STEPS = [
    S(115, "not-an-identity", "softmax defined"),
    S(119, "valid", "multiplied by e^{-z_max}/e^{-z_max} = 1"),
    S(121, "valid", "exponents combined"),
    S(156, "not-an-identity", "cross-entropy loss defined"),
    S(162, "not-an-identity", "p_i named (the shifted softmax)"),
    S(166, "valid", "log of both sides"),
    S(168, "valid", "log of a ratio"),
    S(170, "valid", "log e^a = a"),
]
CLAIMS = [(166, 170, "valid", "log p_i = z_i - z_max - log sum e^{z_j - z_max}")]
