from h8 import *
DOC = "09_sbm_entropy_maxent_tm.md"; TIER = 1
TOPIC = "TeXmacs: entropy (sign slip), entropy of a continuous variable by discretisation (sign slip on ln dx), max-entropy solution (sign slip), d ln Z/d lambda = -E[f]"
NOTES = "L[p] = -int p ln p + sum lambda_i (int p f_i - fbar_i) + mu (1 - int p); Z(lambda) = int exp(-sum lambda f)"


def _inst(r, K=5, n=2):
    F = r.normal(size=(n, K)); lam = r.normal(size=n) * .7
    return F, lam


def _Z(F, lam):
    return np.exp(-(lam @ F)).sum()


STEPS = [
    S(4, "invalid", "Shannon entropy is -sum p log_b p; the minus sign is missing: p = (1/2, 1/2), b = e: H = 0.693, row gives -0.693",
      cx=lambda: (Sgibbs([.5, .5]), np.sum([.5, .5] * np.log([.5, .5])))),
    S(16, "not-an-identity", "definition of the continuous entropy (with the same missing minus sign)"),
    S(25, "not-an-identity", "restates the definition"),
    S(26, "not-an-identity", "limit (discretisation), not an equality"),
    S(27, "invalid", "ln[p_i/dx] = ln p_i - ln dx, so the sum is sum p ln p - sum p ln dx; the sign of the ln dx term is flipped: "
      "p = (1/2, 1/2), dx = 1/2: sum p ln(p/dx) = 0 but sum p ln p + sum p ln dx = -1.386",
      cx=lambda: (np.sum([.5, .5] * np.log(np.array([.5, .5]) / .5)), np.sum([.5, .5] * np.log([.5, .5])) + np.log(.5))),
    S(30, "valid", "sum_i p_i = 1 applied to the previous row",
      ok=lambda r: (lambda p, dx: ((p * np.log(p)).sum() + (p * np.log(dx)).sum(), (p * np.log(p)).sum() + np.log(dx)))(
          (lambda q: q / q.sum())(r.uniform(.1, 1, 4)), r.uniform(.1, 1))),
    S(56, "not-an-identity", "form of the maximiser (free multipliers)"),
    S(75, "not-an-identity", "Lagrangian (definition)"),
    S(86, "not-an-identity", "stationarity (0 = dL/dp)"),
    S(86, "valid", "functional derivative of line 75: -(ln p + 1) + sum lambda_i f_i - mu",
      ok=lambda r: (lambda p, lam, f, mu: (d(lambda q: -q * np.log(q) + lam @ f * q - mu * q, p), -np.log(p) + lam @ f - (mu + 1)))(
          r.uniform(.1, .9), r.normal(size=2), r.normal(size=2), r.normal())),
    S(94, "invalid", "line 86 = 0 gives ln p* = +sum lambda_i f_i - (mu + 1), i.e. p* = exp(+sum lambda f)/Z; the row has exp(-sum lambda f): "
      "two states, f = (0, 1), lambda = 1: exp(+f)/sum = 0.731 at f = 1, the row gives 0.269",
      cx=lambda: (np.exp(1) / (1 + np.exp(1)), np.exp(-1) / (1 + np.exp(-1)))),
    S(105, "valid", "d ln Z = dZ/Z",
      ok=lambda r: (lambda F, lam: (-d(lambda t: np.log(_Z(F, np.r_[t, lam[1:]])), lam[0]), -d(lambda t: _Z(F, np.r_[t, lam[1:]]), lam[0]) / _Z(F, lam)))(*_inst(r))),
    S(107, "valid", "dZ/d lambda_i = -int e^{-sum lambda f} f_i",
      ok=lambda r: (lambda F, lam: (-d(lambda t: _Z(F, np.r_[t, lam[1:]]), lam[0]) / _Z(F, lam), (np.exp(-(lam @ F)) * F[0]).sum() / _Z(F, lam)))(*_inst(r))),
    S(109, "valid", "p* = e^{-sum lambda f}/Z (as the theorem states it)",
      ok=lambda r: (lambda F, lam: ((np.exp(-(lam @ F)) * F[0]).sum() / _Z(F, lam), ((np.exp(-(lam @ F)) / _Z(F, lam)) * F[0]).sum()))(*_inst(r))),
    S(117, "not-an-identity", "the constraint (moment matching)"),
    S(127, "valid", "substitute lambda -> 1/T, f -> E",
      ok=lambda r: (lambda E, T: (np.exp(-(1 / T) * E[0]) / np.exp(-(1 / T) * E).sum(), np.exp(-E[0] / T) / np.exp(-E / T).sum()))(r.normal(size=4), r.uniform(.5, 2))),
]
CLAIMS = [(105, 109, "valid", "-d ln Z/d lambda_i = E_p*[f_i]")]
