from h8 import *
DOC = "14_hgs_sigmoid_tanh.md"; TIER = 2
TOPIC = "bilingual notes (Chinese/English): sigmoid and tanh, their derivatives, tanh = 2 sigma(2x) - 1"
NOTES = "one-row displays; symbol explanations as bullet lists with inline math"
_x = lambda r: r.normal() * 2
STEPS = [
    S(3, "not-an-identity", "sigmoid (definition)"),
    S(3, "valid", "1/(1 + e^{-x}) = e^x/(e^x + 1)", ok=lambda r: (lambda x: (1 / (1 + np.exp(-x)), np.exp(x) / (np.exp(x) + 1)))(_x(r))),
    S(20, "valid", "sigma(0) = 1/2", ok=lambda r: (sig(0.0), 0.5), outside_display=True),
    S(24, "valid", "sigma' = sigma(1 - sigma)", ok=lambda r: (lambda x: (d(sig, x), sig(x) * (1 - sig(x))))(_x(r))),
    S(43, "not-an-identity", "tanh (definition)"),
    S(43, "valid", "= sinh/cosh", ok=lambda r: (lambda x: ((np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x)), np.sinh(x) / np.cosh(x)))(_x(r))),
    S(43, "valid", "= 2 sigma(2x) - 1", ok=lambda r: (lambda x: (np.sinh(x) / np.cosh(x), 2 * sig(2 * x) - 1))(_x(r))),
    S(59, "valid", "tanh(0) = 0", ok=lambda r: (np.tanh(0.0), 0.0), outside_display=True),
    S(63, "valid", "tanh' = 1 - tanh^2", ok=lambda r: (lambda x: (d(np.tanh, x), 1 - np.tanh(x) ** 2))(_x(r))),
]
CLAIMS = [(43, 43, "valid", "tanh = 2 sigma(2x) - 1")]
