from bz import *
DOC = "35_an314_boltzmann_stats_typ.md"; TIER = 1
TOPIC = "Typst lecture notes in Chinese (kept as .md): Boltzmann statistics, N = e^{-alpha} Z and U = -N d ln Z/d beta (pdv, theorem boxes)"
NOTES = "a_i = omega_i e^{-alpha - beta eps_i} (the Boltzmann distribution of the previous chapter); Z = sum_i omega_i e^{-beta eps_i} (line 6); Typst math in $ ... $ blocks"

STEPS = [
    S(6, "not-an-identity", "partition function (definition; '> 0' a remark)"),
    S(19, "not-an-identity", "N as the sum of occupation numbers"),
    S(19, "valid", "the Boltzmann distribution", ok=lambda r: (lambda e, c, w, b, y, N: (np.sum(a(e, c, w, b, y, N)), np.sum(w * (N / Zf(e, c, w, b, y)) * np.exp(-b * (e + c * y)))))(*inst(r))),
    S(19, "valid", "e^{-alpha} out of the sum", ok=lambda r: (lambda e, c, w, b, y, N: (np.sum(a(e, c, w, b, y, N)), (N / Zf(e, c, w, b, y)) * np.sum(w * np.exp(-b * (e + c * y)))))(*inst(r))),
    S(19, "valid", "the sum is Z", ok=lambda r: (lambda e, c, w, b, y, N: ((N / Zf(e, c, w, b, y)) * np.sum(w * np.exp(-b * (e + c * y))), (N / Zf(e, c, w, b, y)) * Zf(e, c, w, b, y)))(*inst(r))),
    S(23, "valid", "solved for e^{-alpha}", ok=lambda r: (lambda e, c, w, b, y, N: (N / Zf(e, c, w, b, y), N / Zf(e, c, w, b, y)))(*inst(r))),
    S(28, "valid", "restated (theorem box)", ok=lambda r: (lambda e, c, w, b, y, N: (N, (N / Zf(e, c, w, b, y)) * Zf(e, c, w, b, y)))(*inst(r))),
    S(36, "not-an-identity", "internal energy as the sum of a_i eps_i"),
    S(36, "valid", "the Boltzmann distribution", ok=lambda r: (lambda e, c, w, b, y, N: (U(e, c, w, b, y, N), np.sum(w * (e + c * y) * (N / Zf(e, c, w, b, y)) * np.exp(-b * (e + c * y)))))(*inst(r))),
    S(36, "valid", "eps e^{-beta eps} = -d/dbeta e^{-beta eps}", ok=lambda r: (lambda e, c, w, b, y, N: (U(e, c, w, b, y, N), -(N / Zf(e, c, w, b, y)) * d(lambda t: Zf(e, c, w, t, y), b)))(*inst(r))),
    S(36, "valid", "e^{-alpha} = N/Z", ok=lambda r: (lambda e, c, w, b, y, N: (-(N / Zf(e, c, w, b, y)) * d(lambda t: Zf(e, c, w, t, y), b), -N * dlnZ_db(e, c, w, b, y)))(*inst(r))),
    S(40, "valid", "restated", ok=lambda r: (lambda e, c, w, b, y, N: (U(e, c, w, b, y, N), -N * dlnZ_db(e, c, w, b, y)))(*inst(r))),
    S(45, "valid", "restated (theorem box)", ok=lambda r: (lambda e, c, w, b, y, N: (U(e, c, w, b, y, N), -N * dlnZ_db(e, c, w, b, y)))(*inst(r))),
]
CLAIMS = [(36, 36, "valid", "U = -N d ln Z/d beta")]
