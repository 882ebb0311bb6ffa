from h8 import *
DOC = "03_danny_ensembles.md"; TIER = 1
TOPIC = "Jekyll: canonical ensemble results and an entropy with a sign slip"
NOTES = "p = e^{-beta E}/Z, Z = sum e^{-beta E_i}, F = -k_B T ln Z stated as results"
STEPS = [
    S(10, "not-an-identity", "constraints"),
    S(13, "not-an-identity", "canonical distribution (stated)"),
    S(15, "not-an-identity", "Z (definition)"),
    S(17, "not-an-identity", "beta (definition)"),
    S(19, "not-an-identity", "F (definition)"),
    S(22, "invalid", "Gibbs entropy is -k_B sum p ln p = +k_B sum p ln(1/p); the row has -k_B sum p ln(1/p), the wrong sign: "
      "p = (1/2, 1/2), k_B = 1: S = 0.693 but -sum p ln(1/p) = -0.693",
      cx=lambda: (Sgibbs([.5, .5]), -np.sum([.5, .5] * np.log([2, 2])))),
]
CLAIMS = []
