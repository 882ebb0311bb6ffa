from common import *
DOC = "25_mmmhj2_grand_canonical.md"; TIER = 1
TOPIC = "Chinese Jekyll notes: grand partition function as a power series in the fugacity, grand potential, entropy, dJ, <E> = -d ln Xi/d beta + mu <N>"
NOTES = "P(a) = exp(-(E_a - mu N_a)/kT)/Xi (row 26, above the cut); E, N mean <E>, <N>; the derivative in row 120 is at fixed mu"
STEPS = [
    S(35, "not-an-identity", "Xi defined"),
    S(41, "valid", "definition restated"),
    S(42, "valid", "exponential split"),
    S(43, "valid", "grouped by N: sum_N Z(T,V,N) e^{beta mu N}"),
    S(53, "not-an-identity", "J defined"),
    S(60, "valid", "J = F - mu N (proposition)"),
    S(60, "valid", "F = E - TS"),
    S(66, "not-an-identity", "Gibbs entropy (definition)"),
    S(67, "valid", "P substituted"),
    S(68, "valid", "log of the ratio"),
    S(72, "not-an-identity", "E named <E>"),
    S(72, "valid", "<E> = sum P E"),
    S(74, "valid", "row 68 summed with sum P = 1"),
    S(76, "not-an-identity", "J (definition restated)"),
    S(76, "valid", "row 74 rearranged"),
    S(78, "not-an-identity", "F = E - TS (known)"),
    S(80, "valid", "J = F - mu N"),
    S(90, "not-an-identity", "restated"),
    S(92, "valid", "differential of J"),
    S(94, "not-an-identity", "thermodynamic identity (premise)"),
    S(96, "valid", "substituted"),
    S(102, "valid", "N = -dJ/dmu"),
    S(103, "valid", "S = -dJ/dT"),
    S(104, "valid", "p = -dJ/dV"),
    S(111, "valid", "proposition, proved below"),
    S(117, "valid", "expectation"),
    S(118, "valid", "P substituted"),
    S(119, "valid", "E = (E - mu N) + mu N"),
    S(120, "valid", "sum (E - mu N) e^{-beta(E - mu N)} = -dXi/d beta at fixed mu"),
    S(120, "valid", "= -d ln Xi/d beta + mu <N>"),
]
CLAIMS = [(117, 120, "valid", "<E> = -d ln Xi/d beta + mu <N>")]
