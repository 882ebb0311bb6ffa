from b9 import *
DOC = "03_cbe_F_from_thermo.md"; TIER = 1
TOPIC = "Jupyter Book course notes: E = F - T dF/dT = F + beta dF/dbeta; F = -k_B T ln Z"
NOTES = "F = E - TS (thermodynamics, earlier in the lecture); T = 1/(k_B beta); a commented-out row (%) at line 12"


def _F(r):
    a, b, c = r.normal(size=3)
    return lambda T: a + b * T + c * T * np.log(T)


STEPS = [
    S(4, "not-an-identity", "thermodynamic relation S = -dF/dT (from dF = -S dT - P dV + mu dN)"),
    S(5, "valid", "E = F + TS with S = -dF/dT",
      ok=lambda r: (lambda F, T: (F(T) + T * (-d(F, T)), F(T) - T * d(F, T)))(_F(r), r.uniform(.5, 2))),
    S(11, "valid", "line 5 with T = k_B/beta",
      ok=lambda r: (lambda F, k, b: (F(k / b) - (k / b) * d(F, k / b), F(k / b) - (k / b) * d(F, k / b)))(_F(r), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(13, "valid", "dF/dT = -(beta^2/k_B) dF/dbeta",
      ok=lambda r: (lambda F, k, b: (F(k / b) - (k / b) * d(F, k / b), F(k / b) + b * d(lambda t: F(k / t), b)))(_F(r), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(20, "valid", "restates <E> = -d ln Z/d beta (derived earlier)",
      ok=lambda r: (lambda E, b: ((E * np.exp(-b * E)).sum() / Z(E, b), -d(lambda t: np.log(Z(E, t)), b)))(*lv(r))),
    S(21, "valid", "restates line 13",
      ok=lambda r: (lambda F, k, b: (F(k / b) - (k / b) * d(F, k / b), F(k / b) + b * d(lambda t: F(k / t), b)))(_F(r), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(33, "not-an-identity", "F = -k_B T ln Z established by equating lines 20 and 21 (the equation fixes F only up to c/beta): the relation being defined"),
    S(33, "valid", "k_B T = 1/beta", ok=lambda r: (lambda Zv, b: (-(1 / b) * np.log(Zv), -(1 / b) * np.log(Zv)))(r.uniform(1, 5), r.uniform(.5, 2))),
]
CLAIMS = [(10, 13, "valid", "E = F + beta dF/dbeta")]
