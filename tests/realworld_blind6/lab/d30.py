from common import *
DOC = "30_chentoast_meanfield_elbo.md"; TIER = 2
TOPIC = "mean-field ELBO rewritten as a function of q_j (iterated expectation written with the wrong conditioning; a dropped constant)"
NOTES = ("q(theta) = prod_i q_i(theta_i) (mean field); E without index is under q; E_j under q_j, E_{-j} under q_{-j}; "
         "const = the terms free of q_j, here -E_{-j}[log q_{-j}]; checked with theta = (theta_1, theta_2), j = 1, "
         "three values each; line 11 (a prose line with an inline display) is not labelled")


def inst(r, K=3):
    lp = np.log(r.dirichlet(np.ones(K * K)).reshape(K, K) * 0.3)   # log p(theta1, theta2, x) for the fixed x
    q1, q2 = r.dirichlet(np.ones(K)), r.dirichlet(np.ones(K))
    return lp, q1, q2


def E(lp, q1, q2):
    return (q1[:, None] * q2[None, :] * lp).sum()


def const(q2):
    return -(q2 * np.log(q2)).sum()


STEPS = [
    S(3, "not-an-identity", "ELBO (definition)"),
    S(3, "valid", "log q = sum_i log q_i (mean field)", ok=lambda r: (lambda lp, q1, q2: (
      E(lp, q1, q2) - (q1[:, None] * q2[None, :] * np.log(q1[:, None] * q2[None, :])).sum(),
      E(lp, q1, q2) - (q1[:, None] * q2[None, :] * (np.log(q1)[:, None] + np.log(q2)[None, :])).sum()))(*inst(r))),
    S(5, "valid", "terms free of q_j collected in const", ok=lambda r: (lambda lp, q1, q2: (
      E(lp, q1, q2) - (q1[:, None] * q2[None, :] * (np.log(q1)[:, None] + np.log(q2)[None, :])).sum(),
      E(lp, q1, q2) - q1 @ np.log(q1) + const(q2)))(*inst(r))),
    S(9, "either", "A: inner expectation conditioned on theta_j (iterated expectation): E_j[E_{-j}[log p]] - E_j log q_j + const; "
      "B: conditioned on theta_{-j} as written, the inner expectation leaves log p at a fixed theta_{-j} (theta_2 = 0 in the instance): differs",
      ok=lambda r: (lambda lp, q1, q2: (E(lp, q1, q2) - q1 @ np.log(q1) + const(q2),
      q1 @ (lp @ q2) - q1 @ np.log(q1) + const(q2)))(*inst(r)),
      cx=lambda: (lambda lp, q1, q2: (E(lp, q1, q2) - q1 @ np.log(q1) + const(q2), q1 @ lp[:, 0] - q1 @ np.log(q1) + const(q2)))(
        *inst(np.random.default_rng(5)))),
    S(13, "either", "A (row 9 conditioned on theta_j): the same value; B (row 9 conditioned on theta_{-j}): row 9 differs from this row "
      "(same instance as line 9)", cx=lambda: (lambda lp, q1, q2: (q1 @ lp[:, 0] - q1 @ np.log(q1) + const(q2),
      q1 @ (lp @ q2) - q1 @ np.log(q1) + const(q2)))(*inst(np.random.default_rng(5))), ok=lambda r: (lambda lp, q1, q2: (E(lp, q1, q2) - q1 @ np.log(q1) + const(q2),
      q1 @ (lp @ q2) - q1 @ np.log(q1) + const(q2)))(*inst(r))),
    S(15, "valid", "log exp", ok=lambda r: (lambda lp, q1, q2: (q1 @ (lp @ q2), q1 @ np.log(np.exp(lp @ q2))))(*inst(r))),
    S(17, "either", "A: up to the additive constant (as the text says next): -E_j[log(q_j/exp(E_{-j} log p))]; B: as an equality the "
      "constant -E_{-j}[log q_{-j}] is lost: differs by it", ok=lambda r: (lambda lp, q1, q2: (q1 @ np.log(np.exp(lp @ q2)) - q1 @ np.log(q1),
      -(q1 @ np.log(q1 / np.exp(lp @ q2)))))(*inst(r)),
      cx=lambda: (lambda lp, q1, q2: (q1 @ np.log(np.exp(lp @ q2)) - q1 @ np.log(q1) + const(q2), -(q1 @ np.log(q1 / np.exp(lp @ q2)))))(
        *inst(np.random.default_rng(5)))),
]
CLAIMS = [(3, 17, "valid", "ELBO = -KL(q_j || exp E_{-j}[log p]) + const (read up to the constant)")]
