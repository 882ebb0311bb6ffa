from common import *
DOC = "10_xin_softmax_derivative.md"; TIER = 2
TOPIC = "Markdown notes of a mini deep-learning library: derivative of softmax, `\\frac{\\partial \\frac{e^{x_i}}{...}}{\\partial x_i}` nested fractions, \\sum\\limits, `*` for products, `j!=i` in a subscript, the summation index written z"
NOTES = "dSoftmax(X)/dx_i is the author's name for the sum of the partials of all components (row 14); Softmax(x_i) is the i-th component; in row 47 the summand is written with x_z while the sum runs over j"
def _sm_ok(r):
    x = r.normal(size=4); s = softmax(x); i = 1
    return 0.0, s[i] - s[i] * s.sum()
STEPS = [
    S(14, "either", "reading A: dSoftmax(X)/dx_i names d(sum_k Softmax_k)/dx_i, the sum of the partials written on the right (valid); reading B: the derivative of the vector Softmax(X) is the Jacobian column, a vector, not the sum of its entries: x = (0, 0), i = 1: column (0.25, -0.25), sum 0",
      ok=lambda r: (0.0, 0.0), cx=lambda: (np.array([0.25, -0.25]), np.array([0.0, 0.0]))),
    S(24, "valid", "quotient rule for e^{x_i}/sum (row spans 24-25)"),
    S(26, "valid", "factored"),
    S(27, "valid", "softmax named"),
    S(28, "valid", "expanded"),
    S(36, "valid", "quotient rule for e^{x_z}/sum, z != i (row spans 36-37)"),
    S(38, "valid", "softmax named"),
    S(46, "either", "reading A: x_z is the summation index j (valid: the i-th term plus the j != i terms); reading B: z a fixed index != i, so the sum over j != i adds n-1 copies of -S_z S_i: n = 3, x = (0,0,0), i = 1: S = 1/3 each; A gives 1/3 - 1/9 - 2/9 = 0, B gives 1/3 - 1/9 - 2/9 = 0 too unless S_z differs: x = (0, 1, 2), i = 0, z = 1: A = S0 - S0^2 - S0 S1 - S0 S2 = 0, B = S0 - S0^2 - 2 S0 S1 != 0 (row spans 46-47)",
      ok=lambda r: (lambda s: (s[0] - s[0]**2 - s[0]*s[1] - s[0]*s[2], 0.0))(softmax(r.normal(size=3))),
      cx=lambda: (lambda s: (s[0] - s[0]**2 - 2*s[0]*s[1], 0.0))(softmax([0.0, 1.0, 2.0]))),
    S(48, "valid", "-S_i^2 moved into the sum (against row 46, same summand)"),
]
CLAIMS = [(24, 28, "valid", "d(e^{x_i}/sum)/dx_i = S_i(1 - S_i)")]
