from common import *
DOC = "10_gorrok_entropy_defs.md"; TIER = 3
TOPIC = "Chinese notes (translated blog): entropy as expected self-information with a sign slip (discrete and continuous), cross-entropy, KL = H(p,q) - H(p)"
NOTES = "I(p_i) = -log(p_i) (row 35); log written bare `log`; D_KL typed as D_KL (subscript K only)"
_p = np.array([0.5, 0.5])
_I = -np.log(_p)
STEPS = [
    S(35, "not-an-identity", "self-information (definition)"),
    S(64, "valid", "H(X) = E[I(x)] (definition, consistent with I = -log p)"),
    S(66, "invalid", "E[I] = sum p I, not -sum p I: p = (0.5, 0.5): E[I] = log 2 = 0.6931, the row -0.6931",
      cx=lambda: (np.sum(_p * _I), -np.sum(_p * _I))),
    S(68, "invalid", "checked against row 66 (the slip): with I = -log p row 66 is sum p log p = -0.6931, this row -sum p log p = 0.6931",
      cx=lambda: (-np.sum(_p * _I), -np.sum(_p * np.log(_p)))),
    S(80, "valid", "differential entropy as E[I]"),
    S(82, "invalid", "same sign slip for a density: uniform density on [0, 2]: E[I] = log 2 = 0.6931, the row -0.6931",
      cx=lambda: (quad(lambda x: 0.5 * -np.log(0.5) + 0 * x, 0, 2), -quad(lambda x: 0.5 * -np.log(0.5) + 0 * x, 0, 2))),
    S(84, "invalid", "checked against row 82: same density: row 82 = -0.6931, this row 0.6931",
      cx=lambda: (-quad(lambda x: 0.5 * -np.log(0.5) + 0 * x, 0, 2), -quad(lambda x: 0.5 * np.log(0.5) + 0 * x, 0, 2))),
    S(102, "not-an-identity", "cross-entropy H(p,q) (definition)"),
    S(104, "valid", "expectation written as an integral"),
    S(119, "valid", "D_KL(p||q) = H(p,q) - H(p)"),
]
CLAIMS = [(64, 68, "valid", "H = -sum p log p, reached through a sign slip")]
