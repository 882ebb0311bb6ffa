from bz import *
DOC = "36_an314_state_entropy_typ.md"; TIER = 1
TOPIC = "Typst lecture notes in Chinese: generalised force Y_k = -N/beta d ln Z/dy_k, p with the wrong sign, entropy from T dS (a d lost in a theorem box)"
NOTES = "Boltzmann statistics as in the previous cut (a_i = omega_i e^{-alpha-beta eps_i}, e^{-alpha} = N/Z); dW = sum_k Y_k dy_k the work done on the system (dU = dW + dQ), " \
        "so Y_V = -p; differentials checked as linear forms along random directions (d beta, dy); k_B = 1/(beta T)"


def _dir(r):
    return inst(r) + (r.normal(), r.normal())


def _S(e, c, w, b, y, N):       # N k (ln Z - beta d ln Z/d beta) with k = 1
    return N * (lnZ(e, c, w, b, y) - b * dlnZ_db(e, c, w, b, y))


STEPS = [
    S(3, "not-an-identity", "work identified with the shift of the levels"),
    S(3, "valid", "chain rule for d eps_i", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (np.sum(a(e, c, w, b, y, N) * c * dy), np.sum(a(e, c, w, b, y, N) * c) * dy))(*_dir(r))),
    S(7, "not-an-identity", "Y_k read off line 3"),
    S(7, "valid", "the Boltzmann distribution", ok=lambda r: (lambda e, c, w, b, y, N: (Y(e, c, w, b, y, N), np.sum(w * (N / Zf(e, c, w, b, y)) * np.exp(-b * (e + c * y)) * c)))(*inst(r))),
    S(7, "valid", "as a derivative of ln Z", ok=lambda r: (lambda e, c, w, b, y, N: (Y(e, c, w, b, y, N), -N / b * dlnZ_dy(e, c, w, b, y)))(*inst(r))),
    S(13, "valid", "restated (theorem box)", ok=lambda r: (lambda e, c, w, b, y, N: (Y(e, c, w, b, y, N), -N / b * dlnZ_dy(e, c, w, b, y)))(*inst(r))),
    S(18, "invalid", "for y = V the generalised force is -p (dW = -p dV), so p = +N/beta d ln Z/dV: ideal gas, Z proportional to V, N = 1, beta = 1, V = 1: "
      "p = 1, the row gives -1",
      cx=lambda: (1 / 1.0 * d(lambda v: np.log(v), 1.0), -1 / 1.0 * d(lambda v: np.log(v), 1.0))),
    S(23, "not-an-identity", "T dS = dQ for a reversible process"),
    S(23, "valid", "first law dQ = dU - dW", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: U(e, c, w, t, u, N), b, y, db, dy) - Y(e, c, w, b, y, N) * dy, D(lambda t, u: U(e, c, w, t, u, N), b, y, db, dy) - Y(e, c, w, b, y, N) * dy))(*_dir(r))),
    S(24, "valid", "dU - sum a d eps = sum eps da", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: U(e, c, w, t, u, N), b, y, db, dy) - Y(e, c, w, b, y, N) * dy, np.sum((e + c * y) * np.array([D(lambda t, u, i=i: a(e, c, w, t, u, N)[i], b, y, db, dy) for i in range(len(e))]))))(*_dir(r))),
    S(24, "valid", "the same sum written back", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (np.sum((e + c * y) * np.array([D(lambda t, u, i=i: a(e, c, w, t, u, N)[i], b, y, db, dy) for i in range(len(e))])), D(lambda t, u: U(e, c, w, t, u, N), b, y, db, dy) - np.sum(a(e, c, w, b, y, N) * c) * dy))(*_dir(r))),
    S(24, "valid", "U and Y in terms of ln Z", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: U(e, c, w, t, u, N), b, y, db, dy) - np.sum(a(e, c, w, b, y, N) * c) * dy, -N * D(lambda t, u: dlnZ_db(e, c, w, t, u), b, y, db, dy) + N / b * dlnZ_dy(e, c, w, b, y) * dy))(*_dir(r))),
    S(28, "valid", "total differential of ln Z", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: lnZ(e, c, w, t, u), b, y, db, dy), dlnZ_db(e, c, w, b, y) * db + dlnZ_dy(e, c, w, b, y) * dy))(*_dir(r))),
    S(32, "valid", "line 28 substituted", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (-N * D(lambda t, u: dlnZ_db(e, c, w, t, u), b, y, db, dy) + N / b * dlnZ_dy(e, c, w, b, y) * dy,
                                                                                      -N * D(lambda t, u: dlnZ_db(e, c, w, t, u), b, y, db, dy) + N / b * (D(lambda t, u: lnZ(e, c, w, t, u), b, y, db, dy) - dlnZ_db(e, c, w, b, y) * db)))(*_dir(r))),
    S(32, "valid", "a total differential", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (-N * D(lambda t, u: dlnZ_db(e, c, w, t, u), b, y, db, dy) + N / b * (D(lambda t, u: lnZ(e, c, w, t, u), b, y, db, dy) - dlnZ_db(e, c, w, b, y) * db),
                                                                                      N / b * D(lambda t, u: lnZ(e, c, w, t, u) - t * dlnZ_db(e, c, w, t, u), b, y, db, dy)))(*_dir(r))),
    S(38, "valid", "divided by T", ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: _S(e, c, w, t, u, N), b, y, db, dy), N / (b * (1 / b)) * D(lambda t, u: lnZ(e, c, w, t, u) - t * dlnZ_db(e, c, w, t, u), b, y, db, dy)))(*_dir(r))),
    S(38, "invalid", "the differential d(...) becomes the function itself: two levels eps = (0, 1), omega = 1, N = 1, beta = 1, y = 0, along d beta = 1: "
      "dS = -0.1966 but N k_B (ln Z - beta d ln Z/d beta) = 0.5822",
      cx=lambda: (D(lambda t, u: _S(np.array([0., 1.]), np.zeros(2), np.ones(2), t, u, 1.0), 1.0, 0.0, 1.0, 0.0), _S(np.array([0., 1.]), np.zeros(2), np.ones(2), 1.0, 0.0, 1.0))),
    S(44, "valid", "line 38 integrated (S' the constant of integration; its differential matches dS)",
      ok=lambda r: (lambda e, c, w, b, y, N, db, dy: (D(lambda t, u: _S(e, c, w, t, u, N), b, y, db, dy), N * D(lambda t, u: lnZ(e, c, w, t, u) - t * dlnZ_db(e, c, w, t, u), b, y, db, dy)))(*_dir(r))),
    S(49, "not-an-identity", "free energy (definition)"),
    S(49, "valid", "U and S substituted (k_B T = 1/beta)", ok=lambda r: (lambda e, c, w, b, y, N, Sp: (U(e, c, w, b, y, N) - (1 / b) * (Sp + _S(e, c, w, b, y, N)), -N / b * lnZ(e, c, w, b, y) - (1 / b) * Sp))(*inst(r), r.normal())),
]
CLAIMS = []
