from h8 import *
DOC = "44_mkenne_potentials_two_level.md"; TIER = 2
TOPIC = "lecture notes: P, H, G from ln Z; two-level system U, C_V, F, S"
NOTES = "F = -k_B T ln Z; two levels +-eps/2 (previous lecture), Z = 2 cosh(beta eps/2) stated"


def _inst(r, K=4):
    E0 = r.normal(size=K); G = r.normal(size=K); k = r.uniform(.5, 2); T = r.uniform(.5, 2); V = r.uniform(.5, 2)
    return E0, G, k, T, V


lZ = lambda E0, G, k, T, V: np.log(np.exp(-(E0 + G * V) / (k * T)).sum())
F = lambda E0, G, k, T, V: -k * T * lZ(E0, G, k, T, V)
U = lambda E0, G, k, T, V: k * T ** 2 * d(lambda t: lZ(E0, G, k, t, V), T)
Pp = lambda E0, G, k, T, V: -d(lambda v: F(E0, G, k, T, v), V)
W = lambda fn: (lambda r: fn(*_inst(r)))
_two = lambda r: (r.uniform(.5, 2), r.uniform(.5, 2), r.normal())  # k, T, eps
Z2 = lambda k, T, e: 2 * np.cosh(e / (2 * k * T))
STEPS = [
    S(5, "not-an-identity", "pressure (thermodynamic definition)"),
    S(5, "valid", "F = -k_B T ln Z", ok=W(lambda E0, G, k, T, V: (Pp(E0, G, k, T, V), k * T * d(lambda v: lZ(E0, G, k, T, v), V)))),
    S(11, "not-an-identity", "enthalpy (definition)"),
    S(11, "valid", "U = k_B T^2 d ln Z/dT and P of line 5", ok=W(lambda E0, G, k, T, V: (U(E0, G, k, T, V) + Pp(E0, G, k, T, V) * V, k * T ** 2 * d(lambda t: lZ(E0, G, k, t, V), T) + k * T * V * d(lambda v: lZ(E0, G, k, T, v), V)))),
    S(16, "not-an-identity", "Gibbs free energy (definition)"),
    S(16, "valid", "F and P from ln Z", ok=W(lambda E0, G, k, T, V: (F(E0, G, k, T, V) + Pp(E0, G, k, T, V) * V, -k * T * lZ(E0, G, k, T, V) + k * T * V * d(lambda v: lZ(E0, G, k, T, v), V)))),
    S(21, "not-an-identity", "two-level Z (stated; the levels are defined in the previous lecture)"),
    S(25, "valid", "U = -d ln Z/d beta", ok=lambda r: (lambda k, T, e: ((-e / 2 * np.exp(e / (2 * k * T)) + e / 2 * np.exp(-e / (2 * k * T))) / Z2(k, T, e), -d(lambda b: np.log(2 * np.cosh(b * e / 2)), 1 / (k * T))))(*_two(r))),
    S(25, "valid", "= -(eps/2) tanh(beta eps/2)", ok=lambda r: (lambda k, T, e: (-d(lambda b: np.log(2 * np.cosh(b * e / 2)), 1 / (k * T)), -e / 2 * np.tanh(e / (2 * k * T))))(*_two(r))),
    S(29, "not-an-identity", "C_V (definition)"),
    S(29, "valid", "dU/dT", ok=lambda r: (lambda k, T, e: (d(lambda t: -e / 2 * np.tanh(e / (2 * k * t)), T), k * (e / (2 * k * T)) ** 2 / np.cosh(e / (2 * k * T)) ** 2))(*_two(r))),
    S(33, "not-an-identity", "F (definition)"),
    S(33, "valid", "substitute Z", ok=lambda r: (lambda k, T, e: (-k * T * np.log(Z2(k, T, e)), -k * T * np.log(2 * np.cosh(e / (2 * k * T)))))(*_two(r))),
    S(37, "valid", "S = (U - F)/T", ok=lambda r: (lambda k, T, e: (lambda p: (Sgibbs(p, k), (-e / 2 * np.tanh(e / (2 * k * T)) + k * T * np.log(Z2(k, T, e))) / T))(
        np.exp(-np.array([-e / 2, e / 2]) / (k * T)) / Z2(k, T, e)))(*_two(r))),
    S(37, "valid", "substitute U and F", ok=lambda r: (lambda k, T, e: ((-e / 2 * np.tanh(e / (2 * k * T)) + k * T * np.log(Z2(k, T, e))) / T, -e / (2 * T) * np.tanh(e / (2 * k * T)) + k * np.log(2 * np.cosh(e / (2 * k * T)))))(*_two(r))),
]
CLAIMS = []
