from b9 import *
import itertools
DOC = "33_jimmy_mf_example.md"; TIER = 3
TOPIC = "GitBook notes: mean-field update for three latent variables; unbalanced brackets; a row drops the log inside the expectation"
NOTES = "z = (z_1, z_2, z_3), q = q(z_1) q(z_2) q(z_3); checked with binary z's; E_{z_2,z_3} under q(z_2) q(z_3); the closing brackets of lines 14 and 20 are misplaced"


def _i(r):
    P = r.uniform(.02, .3, (2, 2, 2)); qs = [r.dirichlet(np.ones(2)) for _ in range(3)]
    return P, qs


def _Q(qs):
    return np.einsum('a,b,c->abc', *qs)


def _elbo(P, qs):
    Q = _Q(qs); return np.sum(Q * (np.log(P) - np.log(Q)))


def _r20(P, qs):   # E_{z1}[ E_{z2,z3}[log p] - log q1 - E[log q2] - E[log q3] ]
    q1, q2, q3 = qs
    inner = np.einsum('abc,b,c->a', np.log(P), q2, q3)
    return np.sum(q1 * (inner - np.log(q1))) - np.sum(q2 * np.log(q2)) - np.sum(q3 * np.log(q3))


def _r22(P, qs):   # the row as written: E_{z2,z3}[p] (no log)
    q1, q2, q3 = qs
    inner = np.einsum('abc,b,c->a', P, q2, q3)
    return np.sum(q1 * (inner - np.log(q1))) - np.sum(q2 * np.log(q2)) - np.sum(q3 * np.log(q3))


def _pt(P, qs):
    q1, q2, q3 = qs; e = np.exp(np.einsum('abc,b,c->a', np.log(P), q2, q3)); return e / e.sum()


_P0 = np.full((2, 2, 2), 0.1); _qs0 = [np.array([.5, .5])] * 3

STEPS = [
    S(8, "not-an-identity", "KL to the posterior (definition)"),
    S(13, "not-an-identity", "ELBO (from the previous page)"),
    S(14, "either", "reading A: the expectation covers all four terms (its first ']' misplaced): valid; reading B: as bracketed, the terms -log q(z_i) stay outside E, "
      "a random quantity: at z = (0,0,0) with q(z_1=0) = 0.9, q(z_2=0) = q(z_3=0) = 0.5, p = 0.1 everywhere: the ELBO is -0.5912, the row so read gives -0.8109",
      ok=lambda r: (lambda P, qs: (_elbo(P, qs), np.sum(_Q(qs) * (np.log(P) - np.log(_Q(qs))))))(*_i(r)),
      cx=lambda: (_elbo(_P0, [np.array([.9, .1]), np.array([.5, .5]), np.array([.5, .5])]),
                  np.sum(_Q([np.array([.9, .1]), np.array([.5, .5]), np.array([.5, .5])]) * np.log(_P0)) - np.log(.9) - np.log(.5) - np.log(.5))),
    S(20, "either", "reading A (brackets closed at the end): E_{z_1} of E_{z_2,z_3} of the whole bracket, valid; reading B: as in line 14, the same counterexample",
      ok=lambda r: (lambda P, qs: (_elbo(P, qs), _r20(P, qs)))(*_i(r)),
      cx=lambda: (_elbo(_P0, [np.array([.9, .1]), np.array([.5, .5]), np.array([.5, .5])]),
                  np.sum(_Q([np.array([.9, .1]), np.array([.5, .5]), np.array([.5, .5])]) * np.log(_P0)) - np.log(.9) - np.log(.5) - np.log(.5))),
    S(21, "valid", "log q(z_2) + log q(z_3) = log q(z_2)q(z_3) taken out of E_{z_1}", ok=lambda r: (lambda P, qs: (_r20(P, qs), _r20(P, qs)))(*_i(r))),
    S(22, "invalid", "the log inside E_{z_2,z_3} is dropped: p = 0.1 everywhere, q uniform: E[log p] = -2.3026 but E[p] = 0.1: line 21 gives -0.2231, the row 2.1794",
      cx=lambda: (_r20(_P0, _qs0), _r22(_P0, _qs0))),
    S(23, "not-an-identity", "p~ and C_2 introduced"),
    S(24, "valid", "difference of logs", ok=lambda r: (lambda P, qs: (np.sum(qs[0] * (np.log(_pt(P, qs)) - np.log(qs[0]))), np.sum(qs[0] * np.log(_pt(P, qs) / qs[0]))))(*_i(r))),
    S(25, "valid", "minus a KL", ok=lambda r: (lambda P, qs: (np.sum(qs[0] * np.log(_pt(P, qs) / qs[0])), -np.sum(qs[0] * np.log(qs[0] / _pt(P, qs)))))(*_i(r))),
    S(31, "not-an-identity", "the update for z_1 (named p(z_1), meaning q(z_1))"),
    S(33, "not-an-identity", "the update for z_2"),
    S(35, "not-an-identity", "the update for z_3"),
]
CLAIMS = []
