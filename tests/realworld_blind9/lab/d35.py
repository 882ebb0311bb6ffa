from common import *
DOC = "35_ykliu_Z_multiplicative.md"; TIER = 1
TOPIC = "Chinese course notes: two closed subsystems of one closed system: marginal density, Z_a Z_b = Z_s, ln Z additive (\\Rightarrow inside align*)"
NOTES = "rho^closed = e^{-E/k_0T}/Z for each system; E_s = E_a + E_b; T_a = T_b = T_s = T (prose)"
STEPS = [
    S(472, "not-an-identity", "rho_a (model)"),
    S(473, "not-an-identity", "rho_b (model)"),
    S(480, "valid", "normalization of rho_a^eq"),
    S(481, "valid", "as a marginal of rho_s"),
    S(482, "valid", "the marginal density (\\Rightarrow row)"),
    S(483, "valid", "rho_s substituted"),
    S(490, "not-an-identity", "equilibrium premise"),
    S(491, "valid", "rows 472 and 483 substituted"),
    S(492, "valid", "same T, E_s = E_a + E_b"),
    S(493, "valid", "e^{-E_a/k_0T} out of the integral"),
    S(494, "valid", "multiply and divide by Z_b"),
    S(495, "valid", "normalization of rho_b"),
    S(502, "valid", "comparing both sides of row 495"),
    S(503, "valid", "logarithm"),
]
CLAIMS = [(492, 495, "valid", "rho_a = (Z_b/Z_s) e^{-E_a/k_0T}")]
