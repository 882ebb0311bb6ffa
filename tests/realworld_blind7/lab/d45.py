from h8 import *
DOC = "45_mkenne_factorisation_paramagnet.md"; TIER = 2
TOPIC = "lecture notes: Z of independent contributions factorises; paramagnet Z_1 = 2 cosh(beta mu B), Z = Z_1^N, U = -N mu B tanh"
NOTES = "E_ij = E_i^(a) + E_j^(b); dipole energies -+ mu B"
STEPS = [
    S(4, "not-an-identity", "additive energy (definition)"),
    S(8, "not-an-identity", "Z of the combined system (definition)"),
    S(8, "valid", "the double sum factorises", ok=lambda r: (lambda a, b, be: (np.exp(-be * (a[:, None] + b[None, :])).sum(), np.exp(-be * a).sum() * np.exp(-be * b).sum()))(r.normal(size=3), r.normal(size=4), r.uniform(.3, 2))),
    S(8, "valid", "= Z_a Z_b", ok=lambda r: (lambda a, b, be: (np.exp(-be * a).sum() * np.exp(-be * b).sum(), np.exp(-be * a).sum() * np.exp(-be * b).sum()))(r.normal(size=3), r.normal(size=4), r.uniform(.3, 2))),
    S(12, "valid", "N independent contributions", ok=lambda r: (lambda L, be: (np.exp(-be * (L[0][:, None, None] + L[1][None, :, None] + L[2][None, None, :])).sum(), np.prod([np.exp(-be * x).sum() for x in L])))(
        [r.normal(size=2), r.normal(size=3), r.normal(size=2)], r.uniform(.3, 2))),
    S(21, "not-an-identity", "first law"),
    S(25, "not-an-identity", "first law for a magnetic system"),
    S(27, "not-an-identity", "m = MV (definition)", outside_display=True),
    S(29, "not-an-identity", "susceptibility (definition)"),
    S(31, "not-an-identity", "B = mu_0 (H + M)", outside_display=True),
    S(33, "not-an-identity", "approximation"),
    S(37, "not-an-identity", "F (definition)"),
    S(41, "not-an-identity", "thermodynamic differential"),
    S(46, "not-an-identity", "Z_1 (definition)"),
    S(46, "valid", "energies -mu B and +mu B", ok=lambda r: (lambda b, mu, B: (np.exp(-b * np.array([-mu * B, mu * B])).sum(), np.exp(-b * mu * B) + np.exp(b * mu * B)))(r.uniform(.3, 2), r.uniform(.3, 2), r.normal())),
    S(46, "valid", "2 cosh", ok=lambda r: (lambda b, mu, B: (np.exp(-b * mu * B) + np.exp(b * mu * B), 2 * np.cosh(b * mu * B)))(r.uniform(.3, 2), r.uniform(.3, 2), r.normal())),
    S(57, "valid", "N independent distinguishable dipoles", ok=lambda r: (lambda b, mu, B: (np.exp(-b * (np.array([-1, 1])[:, None] + np.array([-1, 1])[None, :]) * mu * B).sum(), (2 * np.cosh(b * mu * B)) ** 2))(r.uniform(.3, 2), r.uniform(.3, 2), r.normal())),
    S(61, "valid", "U = -d ln Z/d beta", ok=lambda r: (lambda b, mu, B, N: (N * (mu * B * np.exp(-b * mu * B) * -1 + mu * B * np.exp(b * mu * B) * 1) / (2 * np.cosh(b * mu * B)) * -1, -d(lambda t: N * np.log(2 * np.cosh(t * mu * B)), b)))(
        r.uniform(.3, 2), r.uniform(.3, 2), r.normal(), float(r.integers(1, 6)))),
    S(61, "valid", "= -N mu B tanh", ok=lambda r: (lambda b, mu, B, N: (-d(lambda t: N * np.log(2 * np.cosh(t * mu * B)), b), -N * mu * B * np.tanh(mu * b * B)))(r.uniform(.3, 2), r.uniform(.3, 2), r.normal(), float(r.integers(1, 6)))),
]
CLAIMS = []
