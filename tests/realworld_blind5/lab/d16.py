from common import *
DOC = "16_jjones_transfer_matrix.md"; TIER = 2
TOPIC = "1D Ising ring in a field: Z as a product of transfer-matrix elements, Tr T^N; the explicit matrix and the T_par T_perp split are wrong"
NOTES = "H = -J sum s_j s_{j+1} - h sum s_j on a ring of N sites; Z = sum over all configurations of e^{-beta H}; " \
        "T_{s_j, s_{j+1}} = e^{beta J s_j s_{j+1}} e^{beta h s_j} (line 36); rows are separated by \\newline (Hugo)"


def par(r):
    return r.uniform(.2, 1.2), r.uniform(.2, 1.5), r.uniform(-1, 1)


def Zring(b, J, h, N=4):
    return sum(np.exp(b * J * (s * np.roll(s, -1)).sum() + b * h * s.sum()) for s in spins(N))


def prod_brackets(b, J, h, N=4):
    tot = 0.0
    for s in spins(N):
        t = 1.0
        for j in range(N):
            t *= np.exp(b * J * s[j] * s[(j + 1) % N]) * np.exp(b * h * s[(j + 1) % N])
        tot += t
    return tot


def Tm(b, J, h):
    v = [1, -1]
    return np.array([[np.exp(b * J * a * c) * np.exp(b * h * a) for c in v] for a in v])


def prod_T(b, J, h, N=4):
    T = Tm(b, J, h); idx = {1.0: 0, -1.0: 1}; tot = 0.0
    for s in spins(N):
        t = 1.0
        for j in range(N):
            t *= T[idx[s[j]], idx[s[(j + 1) % N]]]
        tot += t
    return tot


STEPS = [
    S(30, "not-an-identity", "s_{N+1} = s_1 (boundary condition)", outside_display=True),
    S(8, "not-an-identity", "the Hamiltonian (definition)"),
    S(15, "not-an-identity", "Z (definition; prod_j sum_{s_j} is the sum over all configurations)"),
    S(25, "valid", "e^{-beta H} split into one bond factor and one field factor per site (ring, N = 4)",
      ok=lambda r: (lambda b, J, h: (Zring(b, J, h), prod_brackets(b, J, h)))(*par(r))),
    S(27, "valid", "the brackets are T's of line 36 up to moving each field factor to its neighbour on the ring",
      ok=lambda r: (lambda b, J, h: (prod_brackets(b, J, h), prod_T(b, J, h)))(*par(r))),
    S(36, "not-an-identity", "T's matrix elements (definition)"),
    S(39, "invalid", "entrywise [T_par][T_perp] with T_perp = e^{beta h s_j} delta_{s_j s_{j+1}} vanishes off the diagonal "
      "(and the matrix product puts the field on s_{j+1}): beta = J = h = 1, s_j = +1, s_{j+1} = -1 gives T = 1 vs 0 "
      "(matrix product e^{-2})", cx=lambda: (Tm(1, 1, 1)[0, 1], np.exp(-1) * np.exp(1) * 0.0)),
    S(39, "not-an-identity", "bra-ket notation for the matrix element"),
    S(40, "not-an-identity", "T_par (definition)"),
    S(41, "not-an-identity", "T_perp (definition)"),
    S(45, "invalid", "the off-diagonal entries of line 36's T are e^{-beta J + beta h} and e^{-beta J - beta h}, not "
      "e^{beta J}: beta = J = 1, h = 0 gives e^{-1} vs e^{1}", cx=lambda: (Tm(1, 1, 0)[0, 1], np.exp(1.0))),
    S(51, "valid", "the ring closes the matrix product: sum_{s_1} (T^N)_{s_1 s_1}",
      ok=lambda r: (lambda b, J, h: (Zring(b, J, h), np.linalg.matrix_power(Tm(b, J, h), 4).diagonal().sum()))(*par(r))),
    S(51, "valid", "sum of the diagonal = trace", ok=lambda r: (lambda M: (M.diagonal().sum(), np.trace(M)))(r.normal(size=(2, 2)))),
]
CLAIMS = [(25, 27, "valid", "Z = prod sum T...T"), (51, 51, "valid", "Z = Tr T^N")]
