from common import *
DOC = "27_ykliu_mean_energy.md"; TIER = 1
TOPIC = "Chinese course notes: <E> of a closed system = -d ln Z/d(1/k_0T), with \\xrightarrow{Chinese text}&= rows and \\notag"
NOTES = "rho_c = e^{-E/k_0T}/Z, Z = e^psi = int e^{-E/k_0T} dGamma (above the cut); H(p,q) = E; P = rho_c"
STEPS = [
    S(567, "valid", "<E> as the phase-space average (definition)"),
    S(568, "valid", "P = rho_c"),
    S(569, "valid", "rho_c substituted (dGamma not written)"),
    S(570, "valid", "1/Z out of the integral"),
    S(576, "valid", "Z written out"),
    S(577, "valid", "derivative under the integral (the arrow's label says so)"),
    S(578, "valid", "derivative of the exponential in 1/(k_0 T)"),
    S(579, "valid", "minus sign out"),
    S(585, "valid", "row 570 restated"),
    S(587, "valid", "row 579 substituted"),
    S(588, "valid", "(1/Z) dZ = d ln Z"),
    S(589, "valid", "ln Z = psi (Z = e^psi)"),
]
CLAIMS = [(585, 589, "valid", "<E> = -d ln Z/d(1/k_0 T)")]
