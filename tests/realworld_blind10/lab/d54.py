from common import *
DOC = "54_wujlin_two_level_schottky.md"; TIER = 2
TOPIC = "Chinese knowledge-base note: two-level system with degeneracies g_0, g_1 and gap Delta: Z, level probabilities, U two ways, Var(E), C_V two ways (fluctuation and chain rule through a = g_1 e^{-beta Delta}); \\( \\) and \\[ \\], \\boxed inside chains, several relations in one display row separated by \\qquad, multi-line rows without \\\\"
NOTES = "E_0 = 0 (g_0 states), E_1 = Delta > 0 (g_1 states), beta = 1/(k_B T), p = P(E = Delta), a = g_1 e^{-beta Delta}; k_B = 1 in the checks"
def _m(r):
    g0, g1 = float(r.integers(1, 4)), float(r.integers(1, 4)); D = r.uniform(0.2, 3); b = r.uniform(0.2, 3)
    return g0, g1, D, b
def _Z(g0, g1, D, b):
    return g0 + g1 * np.exp(-b * D)
def _micro(g0, g1, D):
    return np.r_[np.zeros(int(g0)), np.full(int(g1), D)]
def _p(g0, g1, D, b):
    return g1 * np.exp(-b * D) / _Z(g0, g1, D, b)
def _U(g0, g1, D, b):
    return D * _p(g0, g1, D, b)
def _pair(f):
    return lambda r: f(*_m(r))
r37a = _pair(lambda g0, g1, D, b: (np.exp(-b * _micro(g0, g1, D)).sum(), g0 * np.exp(-b * 0) + g1 * np.exp(-b * D)))
r37b = _pair(lambda g0, g1, D, b: (g0 * np.exp(-b * 0) + g1 * np.exp(-b * D), _Z(g0, g1, D, b)))
r56a = _pair(lambda g0, g1, D, b: (np.sum(boltz(_micro(g0, g1, D), b)[0][:int(g0)]), g0 / _Z(g0, g1, D, b)))
r56b = _pair(lambda g0, g1, D, b: (np.sum(boltz(_micro(g0, g1, D), b)[0][int(g0):]), g1 * np.exp(-b * D) / _Z(g0, g1, D, b)))
r62a = _pair(lambda g0, g1, D, b: (g1 * np.exp(-b * D) / _Z(g0, g1, D, b), g1 * np.exp(-b * D) / (g0 + g1 * np.exp(-b * D))))
r62b = _pair(lambda g0, g1, D, b: (1 - _p(g0, g1, D, b), g0 / _Z(g0, g1, D, b)))
r69a = _pair(lambda g0, g1, D, b: (boltz(_micro(g0, g1, D), b)[0] @ _micro(g0, g1, D), 0 * (1 - _p(g0, g1, D, b)) + D * _p(g0, g1, D, b)))
r69b = _pair(lambda g0, g1, D, b: (0 * (1 - _p(g0, g1, D, b)) + D * _p(g0, g1, D, b), D * _p(g0, g1, D, b)))
r74 = _pair(lambda g0, g1, D, b: (_U(g0, g1, D, b), D * g1 * np.exp(-b * D) / (g0 + g1 * np.exp(-b * D))))
r80 = _pair(lambda g0, g1, D, b: (_U(g0, g1, D, b), -d(lambda bb: np.log(_Z(g0, g1, D, bb)), b)))
r84 = _pair(lambda g0, g1, D, b: (np.log(np.exp(-b * _micro(g0, g1, D)).sum()), np.log(g0 + g1 * np.exp(-b * D))))
def _r89(k):
    def f(r):
        g0, g1, D, b = _m(r); Z = _Z(g0, g1, D, b)
        vals = [_U(g0, g1, D, b), -1 / Z * d(lambda bb: _Z(g0, g1, D, bb), b), -1 / Z * g1 * (-D) * np.exp(-b * D),
                D * g1 * np.exp(-b * D) / Z]
        return vals[k], vals[k + 1]
    return f
r101a = _pair(lambda g0, g1, D, b: (boltz(_micro(g0, g1, D), b)[0] @ _micro(g0, g1, D), D * _p(g0, g1, D, b)))
r101b = _pair(lambda g0, g1, D, b: (boltz(_micro(g0, g1, D), b)[0] @ _micro(g0, g1, D) ** 2, D ** 2 * _p(g0, g1, D, b)))
def _var(g0, g1, D, b):
    q = boltz(_micro(g0, g1, D), b)[0]; e = _micro(g0, g1, D); return q @ e ** 2 - (q @ e) ** 2
r106a = _pair(lambda g0, g1, D, b: (_var(g0, g1, D, b), D ** 2 * _p(g0, g1, D, b) - (D * _p(g0, g1, D, b)) ** 2))
r106b = _pair(lambda g0, g1, D, b: (D ** 2 * _p(g0, g1, D, b) - (D * _p(g0, g1, D, b)) ** 2, D ** 2 * _p(g0, g1, D, b) * (1 - _p(g0, g1, D, b))))
def _CV(g0, g1, D, b):
    T = 1 / b; return d(lambda t: _U(g0, g1, D, 1 / t), T)
r113 = _pair(lambda g0, g1, D, b: (_var(g0, g1, D, b), _CV(g0, g1, D, b) / b ** 2))
r117a = _pair(lambda g0, g1, D, b: (_CV(g0, g1, D, b), D ** 2 * b ** 2 * _p(g0, g1, D, b) * (1 - _p(g0, g1, D, b))))
r117b = _pair(lambda g0, g1, D, b: (D ** 2 * b ** 2 * _p(g0, g1, D, b) * (1 - _p(g0, g1, D, b)), (b * D) ** 2 * _p(g0, g1, D, b) * (1 - _p(g0, g1, D, b))))
r124 = _pair(lambda g0, g1, D, b: (_CV(g0, g1, D, b), D * d(lambda t: _p(g0, g1, D, 1 / t), 1 / b)))
r128 = lambda r: (lambda T: (d(lambda t: 1 / t, T), -1 / T ** 2))(r.uniform(0.3, 3))
r132 = _pair(lambda g0, g1, D, b: (d(lambda t: _p(g0, g1, D, 1 / t), 1 / b), d(lambda bb: _p(g0, g1, D, bb), b) * (-b ** 2)))
r136 = _pair(lambda g0, g1, D, b: (_p(g0, g1, D, b), (g1 * np.exp(-b * D)) / (g0 + g1 * np.exp(-b * D))))
def _a(g0, g1, D, b):
    return g1 * np.exp(-b * D)
r141a = _pair(lambda g0, g1, D, b: (d(lambda a: a / (g0 + a), _a(g0, g1, D, b)), g0 / (g0 + _a(g0, g1, D, b)) ** 2))
r141b = _pair(lambda g0, g1, D, b: (g0 / (g0 + _a(g0, g1, D, b)) ** 2, _p(g0, g1, D, b) * (1 - _p(g0, g1, D, b)) / _a(g0, g1, D, b)))
r141c = _pair(lambda g0, g1, D, b: (d(lambda bb: _a(g0, g1, D, bb), b), -D * _a(g0, g1, D, b)))
def _r147(k):
    def f(r):
        g0, g1, D, b = _m(r); a = _a(g0, g1, D, b); p = _p(g0, g1, D, b)
        vals = [d(lambda bb: _p(g0, g1, D, bb), b), g0 / (g0 + a) ** 2 * (-D * a), p * (1 - p) / a * (-D * a), -D * p * (1 - p)]
        return vals[k], vals[k + 1]
    return f
def _r154(k):
    def f(r):
        g0, g1, D, b = _m(r); T = 1 / b; p = _p(g0, g1, D, b)
        vals = [d(lambda t: _p(g0, g1, D, 1 / t), T), (-D * p * (1 - p)) * (-1 / T ** 2), D / T ** 2 * p * (1 - p)]
        return vals[k], vals[k + 1]
    return f
def _r160(k):
    def f(r):
        g0, g1, D, b = _m(r); T = 1 / b; p = _p(g0, g1, D, b)
        vals = [_CV(g0, g1, D, b), D * D / T ** 2 * p * (1 - p), D ** 2 / T ** 2 * p * (1 - p)]
        return vals[k], vals[k + 1]
    return f
STEPS = [
    S(15, "not-an-identity", "E_0 = 0, g_0 >= 1 (inline)", outside_display=True),
    S(16, "not-an-identity", "E_1 = Delta > 0, g_1 >= 1 (inline)", outside_display=True),
    S(20, "not-an-identity", "p_j defined"),
    S(20, "not-an-identity", "beta defined"),
    S(29, "not-an-identity", "Z over microstates"),
    S(37, "valid", "g_0 states at 0, g_1 at Delta", ok=r37a),
    S(37, "valid", "boxed g_0 + g_1 e^{-beta Delta} (line 38)", ok=r37b),
    S(44, "valid", "Z grouped by energy levels", ok=r37a),
    S(48, "valid", "g(0) e^0 + g(Delta) e^{-beta Delta}", ok=r37a),
    S(48, "valid", "= g_0 + g_1 e^{-beta Delta}", ok=r37b),
    S(56, "valid", "P(E = 0) = g_0/Z", ok=r56a),
    S(56, "valid", "P(E = Delta) = g_1 e^{-beta Delta}/Z (line 57, same row)", ok=r56b),
    S(62, "not-an-identity", "p = P(E = Delta) named"),
    S(62, "valid", "= g_1 e^{-beta Delta}/(g_0 + g_1 e^{-beta Delta})", ok=r62a),
    S(62, "valid", "1 - p = P(E = 0) (line 63, same row)", ok=r62b),
    S(69, "not-an-identity", "U = <E> named"),
    S(69, "valid", "<E> = sum_E E P(E) = 0 (1-p) + Delta p", ok=r69a),
    S(69, "valid", "boxed Delta p (line 70)", ok=r69b),
    S(74, "valid", "U(T) written out", ok=r74),
    S(80, "valid", "U = -d ln Z / d beta", ok=r80),
    S(84, "valid", "ln Z for the model", ok=r84),
    S(89, "valid", "U = -(1/Z) dZ/d beta (rows 89-90)", ok=_r89(0)),
    S(91, "valid", "dZ/d beta = g_1 (-Delta) e^{-beta Delta}", ok=_r89(1)),
    S(92, "valid", "= Delta g_1 e^{-beta Delta}/Z", ok=_r89(2)),
    S(101, "valid", "<E> = Delta p", ok=r101a),
    S(101, "valid", "<E^2> = Delta^2 p (line 102, same row)", ok=r101b),
    S(106, "valid", "Var(E) = <E^2> - <E>^2 = Delta^2 p - (Delta p)^2 (rows 106-107)", ok=r106a),
    S(106, "valid", "boxed Delta^2 p (1 - p) (line 108)", ok=r106b),
    S(113, "valid", "Var(E) = k_B T^2 C_V", ok=r113),
    S(117, "valid", "boxed C_V = Delta^2/(k_B T^2) p (1 - p)", ok=r117a),
    S(117, "valid", "= k_B (beta Delta)^2 p (1 - p) (line 118)", ok=r117b),
    S(121, "not-an-identity", "C_V = (dU/dT)_V (inline definition)", outside_display=True),
    S(124, "valid", "C_V = dU/dT = Delta dp/dT", ok=r124),
    S(126, "not-an-identity", "beta = 1/(k_B T) (inline)", outside_display=True),
    S(128, "valid", "d beta/dT = -1/(k_B T^2)", ok=r128),
    S(132, "valid", "chain rule for dp/dT", ok=r132),
    S(136, "valid", "p = a/(g_0 + a)", ok=r136),
    S(136, "not-an-identity", "a defined (line 137, same row)"),
    S(141, "valid", "dp/da = g_0/(g_0 + a)^2", ok=r141a),
    S(141, "valid", "= p (1 - p)/a", ok=r141b),
    S(141, "valid", "da/d beta = -Delta a (line 143, same row)", ok=r141c),
    S(147, "valid", "dp/d beta = dp/da da/d beta (rows 147-148)", ok=_r147(0)),
    S(147, "valid", "substitute (line 149)", ok=_r147(1)),
    S(147, "valid", "= -Delta p (1 - p) (line 150)", ok=_r147(2)),
    S(154, "valid", "dp/dT = (-Delta p(1-p))(-1/(k_B T^2)) (rows 154-155)", ok=_r154(0)),
    S(154, "valid", "= Delta/(k_B T^2) p (1 - p) (line 156)", ok=_r154(1)),
    S(160, "valid", "C_V = Delta . Delta/(k_B T^2) p (1 - p)", ok=_r160(0)),
    S(160, "valid", "= Delta^2/(k_B T^2) p (1 - p)", ok=_r160(1)),
]
CLAIMS = [(37, 37, "valid", "two-level Z"), (89, 92, "valid", "U from ln Z"), (106, 106, "valid", "variance"), (147, 147, "valid", "dp/d beta"), (160, 160, "valid", "C_V")]
