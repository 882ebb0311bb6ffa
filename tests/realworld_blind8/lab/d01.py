from b9 import *
DOC = "01_cbe_canonical_pj.md"; TIER = 1
TOPIC = "Jupyter Book course notes (MyST): canonical p_j from the bath's Taylor expansion, normalisation of C_2"
NOTES = "Omega_B(E_T), C_1 constants of the bath; T_S system temperature; C_2 named in prose after line 8"


def _i(r):
    return r.uniform(1, 5), r.uniform(1, 5), r.uniform(-1, 2), r.uniform(.5, 2), r.uniform(.5, 2)


STEPS = [
    S(6, "not-an-identity", "first-order Taylor expansion of ln Omega_B(E_T - E_j) substituted (an approximation written with =)"),
    S(7, "valid", "exponential of line 6",
      ok=lambda r: (lambda W, C, E, k, T: (np.exp(np.log(W) - E / (k * T) - np.log(C)), W / C * np.exp(-E / (k * T))))(*_i(r))),
    S(8, "not-an-identity", "C_2 named (= Omega_B(E_T)/C_1, prose below)"),
    S(21, "valid", "sum of line 8 over j",
      ok=lambda r: (lambda E, C, kT: (np.sum(C * np.exp(-E / kT)), np.sum(C * np.exp(-E / kT))))(r.uniform(-1, 2, 4), r.uniform(.1, 1), r.uniform(.5, 2))),
    S(21, "valid", "C_2 factored out of the sum",
      ok=lambda r: (lambda E, C, kT: (np.sum(C * np.exp(-E / kT)), C * np.sum(np.exp(-E / kT))))(r.uniform(-1, 2, 4), r.uniform(.1, 1), r.uniform(.5, 2))),
    S(21, "not-an-identity", "normalisation condition imposed (= 1)"),
    S(22, "valid", "C_2 solved from line 21's condition C_2 sum e^{-E/kT} = 1",
      ok=lambda r: (lambda E, kT: (1 / np.sum(np.exp(-E / kT)), 1 / np.sum(np.exp(-E / kT))))(r.uniform(-1, 2, 4), r.uniform(.5, 2))),
    S(23, "valid", "line 8 with line 22's C_2",
      ok=lambda r: (lambda E, kT: ((1 / np.sum(np.exp(-E / kT))) * np.exp(-E[0] / kT), np.exp(-E[0] / kT) / np.sum(np.exp(-E / kT))))(r.uniform(-1, 2, 4), r.uniform(.5, 2))),
]
CLAIMS = [(20, 23, "valid", "p_j = e^{-E_j/kT} / sum_j e^{-E_j/kT}")]
