from common import *
DOC = "22_mmmhj2_free_energy_mean_energy.md"; TIER = 1
TOPIC = "Chinese Jekyll notes (kramdown {: .proof} blocks, $$ inline in prose lines): F = -kT ln Z, <E> = -d ln Z/d beta = F - T dF/dT, energy variance, C_V"
NOTES = "P(a) = exp(-beta E_a)/Z above the cut; beta = 1/(kT); E in row 121 is <E>"
STEPS = [
    S(93, "not-an-identity", "F defined"),
    S(101, "valid", "<E> = -d ln Z/d beta (proposition, proved below)"),
    S(101, "valid", "= F - T dF/dT"),
    S(107, "valid", "<E> = sum E P"),
    S(107, "valid", "P substituted"),
    S(108, "valid", "1/Z out of the sum"),
    S(108, "valid", "sum E e^{-beta E} = -dZ/d beta"),
    S(109, "valid", "= -d ln Z/d beta"),
    S(113, "valid", "dF/dT by the product and chain rules"),
    S(113, "valid", "d beta/dT = -1/(k T^2)"),
    S(115, "valid", "restated"),
    S(115, "valid", "F - T dF/dT with row 113"),
    S(119, "valid", "variance"),
    S(119, "valid", "= d^2 ln Z/d beta^2"),
    S(121, "not-an-identity", "C_V defined"),
    S(121, "valid", "E = F - T dF/dT differentiated"),
    S(121, "valid", "simplified"),
]
CLAIMS = [(107, 109, "valid", "<E> = -d ln Z/d beta")]
