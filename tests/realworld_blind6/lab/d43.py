from gs import *
DOC = "43_su_kl_two_gaussians.md"; TIER = 2
TOPIC = "Chinese blog: KL between two multivariate Gaussians via the trace trick (aligned rows with `=&\\,` and `\\\\\\` separators)"
NOTES = ("n = 2 in the checks (grid quadrature under p); row 1 of the last display continues on line 33 (a row with no relation); "
         "line 30 (prose with inline conditions) is not labelled")


def inst(r):
    return r.normal(0, 1, 2), spd(r), r.normal(0, 1, 2), spd(r)


def logN(X, m, C):
    Ci = np.linalg.inv(C)
    return -0.5 * np.einsum("...i,ij,...j->...", X - m, Ci, X - m) - 0.5 * np.log(np.linalg.det(2 * np.pi * C))


def KLc(mp, Cp, mq, Cq):
    return expect2(mp, Cp, lambda X: logN(X, mp, Cp) - logN(X, mq, Cq))


def closed(mp, Cp, mq, Cq):
    Qi = np.linalg.inv(Cq); dm = mp - mq
    return 0.5 * (dm @ Qi @ dm - np.log(np.linalg.det(Qi @ Cp)) + np.trace(Qi @ Cp) - 2)


STEPS = [
    S(4, "not-an-identity", "KL (definition)"),
    S(4, "valid", "split the log", ok=lambda r: (lambda mp, Cp, mq, Cq: (KLc(mp, Cp, mq, Cq),
      expect2(mp, Cp, lambda X: logN(X, mp, Cp)) + expect2(mp, Cp, lambda X: -logN(X, mq, Cq))))(*inst(r))),
    S(7, "valid", "closed form", ok=lambda r: (lambda mp, Cp, mq, Cq: (KLc(mp, Cp, mq, Cq), closed(mp, Cp, mq, Cq)))(*inst(r))),
    S(11, "valid", "q standard normal", ok=lambda r: (lambda mp, Cp: (KLc(mp, Cp, np.zeros(2), np.eye(2)),
      0.5 * (mp @ mp - np.log(np.linalg.det(Cp)) + np.trace(Cp) - 2)))(r.normal(0, 1, 2), spd(r))),
    S(17, "valid", "-log q written out", ok=lambda r: (lambda mp, Cp, mq, Cq: (expect2(mp, Cp, lambda X: -logN(X, mq, Cq)),
      expect2(mp, Cp, lambda X: np.log(2 * np.pi) + 0.5 * np.log(np.linalg.det(Cq)) + 0.5 * np.einsum("...i,ij,...j->...", X - mq, np.linalg.inv(Cq), X - mq))))(*inst(r))),
    S(18, "valid", "constants out of the expectation", ok=lambda r: (lambda mp, Cp, mq, Cq: (
      expect2(mp, Cp, lambda X: np.log(2 * np.pi) + 0.5 * np.log(np.linalg.det(Cq)) + 0.5 * np.einsum("...i,ij,...j->...", X - mq, np.linalg.inv(Cq), X - mq)),
      np.log(2 * np.pi) + 0.5 * np.log(np.linalg.det(Cq)) + 0.5 * expect2(mp, Cp, lambda X: np.einsum("...i,ij,...j->...", X - mq, np.linalg.inv(Cq), X - mq))))(*inst(r))),
    S(22, "valid", "a scalar is its own trace", ok=lambda r: (lambda mp, Cp, mq, Cq, x: (lambda Qi: ((x - mq) @ Qi @ (x - mq), np.trace(np.atleast_2d((x - mq) @ Qi @ (x - mq)))))(np.linalg.inv(Cq)))(*inst(r), r.normal(0, 1, 2))),
    S(23, "valid", "cyclic trace", ok=lambda r: (lambda mp, Cp, mq, Cq, x: (lambda Qi: ((x - mq) @ Qi @ (x - mq), np.trace(Qi @ np.outer(x - mq, x - mq))))(np.linalg.inv(Cq)))(*inst(r), r.normal(0, 1, 2))),
    S(24, "valid", "trace and expectation commute", ok=lambda r: (lambda mp, Cp, mq, Cq: (lambda Qi: (
      expect2(mp, Cp, lambda X: np.einsum("...i,ij,...j->...", X - mq, Qi, X - mq)),
      np.trace(Qi @ expect2(mp, Cp, lambda X: (X - mq)[..., :, None] * (X - mq)[..., None, :]))))(np.linalg.inv(Cq)))(*inst(r))),
    S(25, "valid", "expand the outer product", ok=lambda r: (lambda mp, Cp, mq, Cq, x: (np.outer(x - mq, x - mq),
      np.outer(x, x) - np.outer(mq, x) - np.outer(x, mq) + np.outer(mq, mq)))(*inst(r), r.normal(0, 1, 2))),
    S(26, "valid", "moments under p", ok=lambda r: (lambda mp, Cp, mq, Cq: (lambda Qi: (
      np.trace(Qi @ expect2(mp, Cp, lambda X: X[..., :, None] * X[..., None, :] - mq[:, None] * X[..., None, :] - X[..., :, None] * mq[None, :] + np.outer(mq, mq))),
      np.trace(Qi @ (Cp + np.outer(mp, mp) - np.outer(mq, mp) - np.outer(mp, mq) + np.outer(mq, mq)))))(np.linalg.inv(Cq)))(*inst(r))),
    S(27, "valid", "complete the square", ok=lambda r: (lambda mp, Cp, mq, Cq: (lambda Qi: (np.trace(Qi @ (Cp + np.outer(mp, mp) - np.outer(mq, mp) - np.outer(mp, mq) + np.outer(mq, mq))),
      np.trace(Qi @ Cp + Qi @ np.outer(mp - mq, mp - mq))))(np.linalg.inv(Cq)))(*inst(r))),
    S(28, "valid", "trace of a rank-one term", ok=lambda r: (lambda mp, Cp, mq, Cq: (lambda Qi: (np.trace(Qi @ Cp + Qi @ np.outer(mp - mq, mp - mq)),
      np.trace(Qi @ Cp) + (mp - mq) @ Qi @ (mp - mq)))(np.linalg.inv(Cq)))(*inst(r))),
    S(32, "valid", "cross-entropy minus entropy (the right side continues on line 33)", ok=lambda r: (lambda mp, Cp, mq, Cq: (KLc(mp, Cp, mq, Cq),
      0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(Cq)) + np.trace(np.linalg.inv(Cq) @ Cp) + (mp - mq) @ np.linalg.inv(Cq) @ (mp - mq))
      - 0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(Cp)) + 2)))(*inst(r))),
    S(34, "valid", "simplify", ok=lambda r: (lambda mp, Cp, mq, Cq: (
      0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(Cq)) + np.trace(np.linalg.inv(Cq) @ Cp) + (mp - mq) @ np.linalg.inv(Cq) @ (mp - mq))
      - 0.5 * (2 * np.log(2 * np.pi) + np.log(np.linalg.det(Cp)) + 2), closed(mp, Cp, mq, Cq)))(*inst(r))),
]
CLAIMS = [(17, 28, "valid", "E_p[-log q] in closed form"), (32, 34, "valid", "KL between Gaussians")]
