from common import *
DOC = "44_zzhenglab_two_state_boltzmann.md"; TIER = 2
TOPIC = "Jupyter Book (MyST) lecture: Boltzmann distribution, partition function of a two-state system written with e^{-E/k_{\\rm B}T} and \\rm subscripts, ground/excited-state probabilities; <E> = -d ln Z/d beta; C_V, A = -kT ln Z and S = -(dA/dT)_V (three cuts of one page; code cells left out)"
NOTES = "E_1 = 0, E_2 = epsilon (prose); beta = 1/(k_B T) is stated after the row that uses it; C_V, A and S are introduced by their rows"
def _two(r):
    eps, kT = r.uniform(0.1, 3), r.uniform(0.2, 3)
    return eps, kT
def _r63a(r):
    eps, kT = _two(r); return np.exp(-0 / kT) + np.exp(-eps / kT), boltz([0, eps], 1 / kT)[1]
def _r63b(r):
    eps, kT = _two(r); return np.exp(-0 / kT) + np.exp(-eps / kT), 1 + np.exp(-eps / kT)
def _r69(r):
    eps, kT = _two(r); return boltz([0, eps], 1 / kT)[0][0], 1 / (1 + np.exp(-eps / kT))
def _r75(r):
    eps, kT = _two(r); return boltz([0, eps], 1 / kT)[0][1], np.exp(-eps / kT) / (1 + np.exp(-eps / kT))
def _r139(r):
    E = r.normal(size=4); b = r.uniform(0.2, 2)
    p, _ = boltz(E, b)
    return p @ E, -d(lambda bb: np.log(boltz(E, bb)[1]), b)
STEPS = [
    S(47, "not-an-identity", "Boltzmann probability defined"),
    S(53, "not-an-identity", "partition function defined"),
    S(63, "valid", "Z for the two levels E_1 = 0, E_2 = epsilon", ok=_r63a),
    S(63, "valid", "e^0 = 1", ok=_r63b),
    S(69, "valid", "P_1 = e^0/Z", ok=_r69),
    S(69, "valid", "= 1/(1 + e^{-epsilon/kT})", ok=_r69),
    S(75, "valid", "P_2 = e^{-epsilon/kT}/Z", ok=_r75),
    S(75, "valid", "= e^{-epsilon/kT}/(1 + e^{-epsilon/kT})", ok=_r75),
    S(139, "valid", "<E> = -d ln Z / d beta", ok=_r139),
    S(169, "not-an-identity", "C_V defined"),
    S(199, "not-an-identity", "Helmholtz free energy A defined (the prose calls it F)"),
    S(205, "not-an-identity", "S introduced as -(dA/dT)_V (S appears first here)"),
]
CLAIMS = [(63, 63, "valid", "two-level Z"), (69, 69, "valid", "P_1"), (75, 75, "valid", "P_2")]
