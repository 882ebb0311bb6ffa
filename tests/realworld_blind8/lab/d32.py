from vi import *
DOC = "32_jimmy_mean_field.md"; TIER = 3
TOPIC = "GitBook notes: general mean-field equations; the ELBO identity recalled with the wrong sign of KL; the coordinate update as a KL to p~ (garbled constants)"
NOTES = "z = (z_1, ..., z_n) with q = prod q(z_i); integration variables written x_j for z_j; checked with n = 2, z_i in {0,1,2}, i = 1; " \
        "C = -sum_{j != i} E[log q(z_j)]; the prose splits C into C_1, C_2 so that log p~ is E_{-i}[log p] normalised in z_i"


def _pt(P, q2):
    e = np.exp(q2 @ np.log(P).T); return e / e.sum()   # p~(z_1) proportional to exp E_{q2}[log p(z1, z2, x)]


_P0 = np.array([[.2, .1], [.05, .15]]); _q10 = np.array([.5, .5]); _q20 = np.array([.5, .5])

STEPS = [
    S(6, "invalid", "log p(x) = ELBO + KL, not - KL: p(z,x) = [[.2,.1],[.05,.15]] (p(x) = 0.5), q uniform: log p(x) = -0.6931 but ELBO - KL = -0.9367 (ELBO + KL = -0.6931)",
      cx=lambda: (np.log(_P0.sum()), elbo(_P0, _q10, _q20) - kl_post(_P0, _q10, _q20))),
    S(10, "not-an-identity", "ELBO (definition)"),
    S(18, "valid", "log of the quotient inside E_q", ok=lambda r: (lambda P, q1, q2: (elbo(P, q1, q2), np.sum(np.outer(q1, q2) * (np.log(P) - np.log(np.outer(q1, q2))))))(*inst(r))),
    S(19, "valid", "q factorised", ok=lambda r: (lambda P, q1, q2: (elbo(P, q1, q2), np.sum(np.outer(q1, q2) * (np.log(P) - np.log(q1)[:, None] - np.log(q2)[None, :]))))(*inst(r))),
    S(27, "valid", "the z_i integral outermost (integration variables written x)", ok=lambda r: (lambda P, q1, q2: (elbo(P, q1, q2), np.sum(q1 * ((np.log(P) - np.log(q1)[:, None] - np.log(q2)[None, :]) @ q2))))(*inst(r))),
    S(28, "valid", "inner integral as E_{-i}", ok=lambda r: (lambda P, q1, q2: (elbo(P, q1, q2), np.sum(q1 * (np.log(P) @ q2 - np.log(q1) - np.sum(q2 * np.log(q2))))))(*inst(r))),
    S(29, "valid", "the q(z_j), j != i, term is a constant C", ok=lambda r: (lambda P, q1, q2: (elbo(P, q1, q2), np.sum(q1 * (np.log(P) @ q2 - np.log(q1))) - np.sum(q2 * np.log(q2))))(*inst(r))),
    S(36, "not-an-identity", "line 29 restated with the constant re-split (C_2, prose)"),
    S(37, "not-an-identity", "p~ introduced (log p~ = E_{-i}[log p] less its normaliser, absorbed into C_2)"),
    S(38, "valid", "difference of logs", ok=lambda r: (lambda P, q1, q2: (np.sum(q1 * (np.log(_pt(P, q2)) - np.log(q1))), np.sum(q1 * np.log(_pt(P, q2) / q1))))(*inst(r))),
    S(39, "valid", "minus a KL", ok=lambda r: (lambda P, q1, q2: (np.sum(q1 * np.log(_pt(P, q2) / q1)), -np.sum(q1 * np.log(q1 / _pt(P, q2)))))(*inst(r))),
    S(44, "not-an-identity", "the optimum (solution)"),
]
CLAIMS = []
