from common import *
DOC = "21_kaslusimoes_canonical_maxent.md"; TIER = 1
TOPIC = "Pandoc thesis chapter: canonical distributions from maximum entropy, Z(lambda) = exp(1 + alpha), F_a = -d log Z/d lambda^a written with an undefined macro \\Del{..}, S = log Z + lambda F, the canonical ensemble (\\xx, \\hamiltonian macros, {#eq:..} labels, \\equiv)"
NOTES = "\\Del{x} is the author's macro for the partial derivative in x (not defined in the cut); uniform prior q; beta is the multiplier of the Hamiltonian"
STEPS = [
    S(38, "not-an-identity", "Lagrangian defined"),
    S(44, "not-an-identity", "stationary solution of the variation"),
    S(49, "not-an-identity", "normalisation constraint"),
    S(49, "valid", "row 44 substituted"),
    S(50, "valid", "exp(-1-alpha) out of the integral"),
    S(55, "not-an-identity", "Z defined as exp(1 + alpha)"),
    S(55, "valid", "from rows 49-50: exp(1 + alpha) = int exp(-lambda f)"),
    S(59, "valid", "row 44 with exp(-1-alpha) = 1/Z"),
    S(64, "not-an-identity", "constraint <f_a> = F_a"),
    S(64, "valid", "expectation under row 59"),
    S(65, "valid", "f_a exp(-lambda f) = -d/dlambda^a exp(-lambda f)"),
    S(65, "valid", "derivative out of the integral, int = Z"),
    S(70, "valid", "(1/Z)(-dZ/dlambda) = -d log Z/dlambda"),
    S(77, "not-an-identity", "maximum entropy defined"),
    S(78, "valid", "log p = -log Z - lambda f substituted"),
    S(83, "valid", "int p = 1 and int p f = F give log Z + lambda F"),
    S(88, "not-an-identity", "canonical distribution"),
    S(89, "not-an-identity", "partition function defined"),
    S(90, "valid", "E = -d log Z/d beta (row 70 with lambda = beta)"),
    S(90, "valid", "S = log Z + beta E (row 83)"),
]
CLAIMS = [(64, 70, "valid", "F_a = -d log Z/d lambda^a")]
