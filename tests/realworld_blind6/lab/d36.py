from canon import *
DOC = "36_lcbc_thermo_from_Z_cell.md"; TIER = 1
TOPIC = "Jupyter (MyST) markdown cell: E, A, S from Z with `$$ ... $$ (label)` equation labels; Boltzmann law with degeneracies"
NOTES = ("one markdown cell of the notebook (cell 5); Z = sum over levels of g_i e^{-beta E_i} here (the notebook's canonical_sumofstates); "
         "A = -kT ln Z; k = k_B")


def lev(r, K=4):
    return r.uniform(-1, 2, K), r.integers(1, 4, K).astype(float), r.uniform(0.3, 2), r.uniform(0.5, 2)


def Zg(E, g, b):
    return (g * np.exp(-b * E)).sum()


STEPS = [
    S(7, "valid", "mean energy", ok=lambda r: (lambda E, g, b, k: ((g * E * np.exp(-b * E)).sum() / Zg(E, g, b), -d(lambda t: np.log(Zg(E, g, t)), b)))(*lev(r))),
    S(11, "not-an-identity", "A = U - TS (definition)", outside_display=True),
    S(15, "not-an-identity", "A = -kT ln Z (the bridge, taken as definition)"),
    S(23, "valid", "S = -dA/dT = k d(T ln Z)/dT", ok=lambda r: (lambda E, g, b, k: (
      (lambda T: ((g * E * np.exp(-E / (k * T))).sum() / Zg(E, g, 1 / (k * T)) - (-k * T * np.log(Zg(E, g, 1 / (k * T))))) / T)(1 / (k * b)),
      k * d(lambda T: T * np.log(Zg(E, g, 1 / (k * T))), 1 / (k * b))))(*lev(r))),
    S(31, "not-an-identity", "fraction of particles in level s (definition)"),
    S(31, "not-an-identity", "Boltzmann law with degeneracy (stated)"),
    S(31, "valid", "Z = sum_i g_i e^{-beta E_i}", ok=lambda r: (lambda E, g, b, k: (g[0] * np.exp(-b * E[0]) / (g * np.exp(-b * E)).sum(), g[0] * np.exp(-b * E[0]) / Zg(E, g, b)))(*lev(r))),
]
CLAIMS = [(7, 23, "valid", "thermodynamics from Z")]
