from h8 import *
DOC = "01_danny_boltzmann_factor.md"; TIER = 1
TOPIC = "Jekyll one-row displays: Gibbs entropy, Lagrangian of max entropy, Boltzmann factor (sloppy draft: sign slip in S, lost k_B)"
NOTES = "p, E generic (sums over states implied); k_B Boltzmann constant; every display is one row"


def _p(r):
    p = r.uniform(.1, 1, 4)
    return p / p.sum()


STEPS = [
    S(5, "not-an-identity", "normalisation constraint"),
    S(7, "not-an-identity", "energy constraint"),
    S(10, "not-an-identity", "Boltzmann entropy S = k_B ln(1/p) (definition)"),
    S(12, "invalid", "Gibbs entropy is k_B sum p ln(1/p) = -k_B sum p ln p (the average of line 10); the minus sign is lost: "
      "p = (1/2, 1/2), k_B = 1: k_B sum p ln(1/p) = 0.693 but k_B sum p ln p = -0.693",
      cx=lambda: (np.sum([.5, .5] * np.log([2, 2])), np.sum([.5, .5] * np.log([.5, .5])))),
    S(14, "not-an-identity", "Lagrangian Phi (definition)"),
    S(16, "not-an-identity", "stationarity condition"),
    S(18, "not-an-identity", "garbled row: an operator set equal to an expression"),
    S(20, "not-an-identity", "stationarity equation being solved (note: its -k_B(ln p + 1) is the derivative of -k_B p ln p, not of line 14's +k_B p ln p)"),
    S(22, "not-an-identity", "equation solving (rearranged line 20)"),
    S(24, "not-an-identity", "equation solving (exponentiated line 22)"),
    S(26, "not-an-identity", "Z named (definition)"),
    S(28, "either", "reading A: beta in this row is the rescaled multiplier beta' = beta/k_B named on the next line, so P = e^{-beta' E}/Z "
      "equals line 24 (valid); reading B: beta is line 24's multiplier: k_B = 2, beta = 1, E = 1, alpha = 0: line 24 gives "
      "e^{-1} e^{-0.5} = 0.2231, this row e^{-1} e^{-1} = 0.1353",
      ok=lambda r: (lambda a, b, k, E: (np.exp(-1 - a / k) * np.exp(-(b / k) * E), np.exp(-(b / k) * E) / np.exp(1 + a / k)))(
          r.uniform(-1, 1), r.uniform(.2, 2), r.uniform(.5, 2), r.uniform(-1, 2)),
      cx=lambda: (np.exp(-1) * np.exp(-0.5), np.exp(-1) * np.exp(-1.0))),
    S(30, "not-an-identity", "beta' named (definition)"),
    S(32, "not-an-identity", "thermodynamic definition of temperature"),
    S(34, "not-an-identity", "beta = 1/(k_B T) (definition)"),
    S(36, "valid", "line 28 with line 34's beta = 1/(k_B T)",
      ok=lambda r: (lambda Z, E, k, T: (np.exp(-(1 / (k * T)) * E) / Z, np.exp(-E / (k * T)) / Z))(
          r.uniform(.5, 3), r.uniform(-1, 2), r.uniform(.5, 2), r.uniform(.5, 2))),
]
CLAIMS = [(36, 36, "valid", "P = e^{-E/k_B T}/Z")]
