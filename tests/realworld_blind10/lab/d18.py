from common import *
DOC = "18_cs231n_softmax_classifier.md"; TIER = 2
TOPIC = "Jekyll course notes (\\\\( \\\\) inline math, \\hspace, \\text{or equivalently} between two relations): softmax loss, cross entropy, the shift by log C, and two worked softmax examples with rounded figures and \\rightarrow arrows"
NOTES = "f = class scores, L_i the loss of example i; rows 328/334 are numerical (rounded to two digits)"
STEPS = [
    S(269, "not-an-identity", "softmax loss defined"),
    S(269, "valid", "-log(e^f/sum e^f) = -f + log sum e^f (\"or equivalently\")"),
    S(277, "not-an-identity", "cross entropy defined"),
    S(285, "not-an-identity", "probabilistic reading of the softmax (model)"),
    S(295, "valid", "multiply numerator and denominator by C (row spans 295-297)"),
    S(295, "valid", "C e^f = e^{f + log C}"),
    S(328, "approx", "[e^1, e^-2, e^0] = [2.71, 0.14, 1] rounded (e = 2.718)",
      ok=lambda r: (np.exp([1.0, -2.0, 0.0]), [2.71, 0.14, 1.0])),
    S(334, "approx", "[e^0.5, e^-1, e^0] = [1.65, 0.37, 1] rounded",
      ok=lambda r: (np.exp([0.5, -1.0, 0.0]), [1.65, 0.37, 1.0])),
]
CLAIMS = [(269, 269, "valid", "the two forms of the softmax loss agree")]
