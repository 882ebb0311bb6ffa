from common import *
from rbm2 import VS, HS, params, E
DOC = "42_tirtha_rbm_factors_energy.md"; TIER = 2
TOPIC = "RBM from factors: phi_ij psi_i xi_j inside a double product; the exponent drops the multiplicities n and m; Z with a doubled product"
NOTES = "the model of line 9 puts psi_i(v_i) and xi_j(h_j) inside prod_i prod_j, so each appears n (resp. m) times; m = n = 2 in the checks"


def model(W, b, c, v, h):
    return np.prod([[np.exp(W[i, j] * v[i] * h[j]) * np.exp(b[i] * v[i]) * np.exp(c[j] * h[j]) for j in range(2)] for i in range(2)])


def inst(r):
    W, b, c = params(r); v = VS[int(r.integers(0, 4))]; h = HS[int(r.integers(0, 4))]
    return W, b, c, v, h


def cx13():
    W, b, c = np.eye(2) * .5, np.array([1., 0.]), np.array([0., .3])
    ZA = sum(model(W, b, c, v, h) for v in VS for h in HS)
    ZB = sum(model(W, b, c, v, h) ** 2 for v in VS for h in HS)     # prod_i prod_i: the inner product raised to the m-th power
    return ZA, ZB


def cx33():
    W, b, c = np.zeros((2, 2)), np.array([1., 0.]), np.zeros(2); v = np.array([1., 0.]); h = np.zeros(2)
    return model(W, b, c, v, h), np.exp((v @ W @ h) + b @ v + c @ h)          # e^2 vs e^1


STEPS = [
    S(5, "not-an-identity", "the joint as a product of pair factors (definition)"),
    S(9, "not-an-identity", "the joint with unit factors (definition)"),
    S(13, "either", "reading A: Z normalises line 9 (prod_i prod_j once): agrees; reading B: prod_i prod_i prod_j literally, the "
      "inner product raised to the power m = 2: W = I/2, b = (1, 0), c = (0, 0.3) give Z = 147.3 vs 2940.9", ok=lambda r: (1.0, 1.0),
      cx=cx13),
    S(21, "not-an-identity", "phi (definition)"),
    S(22, "not-an-identity", "psi (definition)"),
    S(23, "not-an-identity", "xi (definition)"),
    S(31, "valid", "line 9 restated with brackets", ok=lambda r: (lambda W, b, c, v, h: (model(W, b, c, v, h), model(W, b, c, v, h)))(*inst(r))),
    S(32, "valid", "the factors substituted", ok=lambda r: (lambda W, b, c, v, h: (model(W, b, c, v, h),
      np.prod([[np.exp(W[i, j] * v[i] * h[j]) * np.exp(b[i] * v[i]) * np.exp(c[j] * h[j]) for j in range(2)] for i in range(2)])))(*inst(r))),
    S(33, "invalid", "prod_i prod_j e^{b_i v_i} = e^{n sum_i b_i v_i} (and e^{m sum_j c_j h_j}): m = n = 2, b = (1, 0), v = (1, 0), "
      "W = 0, c = 0 give e^2 = 7.39 vs e = 2.72", cx=cx33),
    S(34, "valid", "the bracket is -E of line 40", ok=lambda r: (lambda W, b, c, v, h: (np.exp((v @ W @ h) + b @ v + c @ h), np.exp(-E(W, b, c, v, h))))(*inst(r))),
    S(40, "not-an-identity", "the energy (definition)"),
]
CLAIMS = [(31, 34, "invalid", "P(V,H) = e^{-E}/Z for the model of line 9")]
