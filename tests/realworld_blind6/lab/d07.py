from common import *
DOC = "07_chentoast_kl_elbo.md"; TIER = 2
TOPIC = "KL(q || posterior) expanded (prior written for the posterior, then a sign slip on log p(x)); ELBO as a bound"
NOTES = "theta discrete in the checks: p(theta, x) for one fixed x, q a distribution over theta; integrals omit dtheta"


def inst(r, K=4):
    joint = r.uniform(0.05, 1, K) * 0.2          # p(theta, x) for the observed x
    prior = r.dirichlet(np.ones(K))
    px = joint.sum(); post = joint / px
    q = r.dirichlet(np.ones(K))
    return q, prior, joint, px, post


def cx_inst():
    joint = np.array([0.05, 0.15]); prior = np.array([0.5, 0.5]); q = np.array([0.3, 0.7])
    px = joint.sum(); post = joint / px
    return q, prior, joint, px, post


STEPS = [
    S(1, "invalid", "the integrand has the prior p(theta) for the posterior p(theta|x): q = (0.3, 0.7), prior = (0.5, 0.5), "
      "p(theta, x) = (0.05, 0.15)", cx=lambda: (lambda q, pr, j, px, po: ((q * np.log(q / po)).sum(), (q * np.log(q / pr)).sum()))(*cx_inst())),
    S(3, "valid", "as an expectation under q", ok=lambda r: (lambda q, pr, j, px, po: ((q * np.log(q / pr)).sum(),
      q @ np.log(q / pr)))(*inst(r))),
    S(5, "invalid", "p(theta) became p(theta|x) again (the slip of line 1 undone): same instance",
      cx=lambda: (lambda q, pr, j, px, po: (q @ np.log(q / pr), q @ np.log(q) - q @ np.log(po)))(*cx_inst())),
    S(7, "invalid", "log p(theta|x) = log p(theta, x) - log p(x), so the p(x) term enters with +: same instance",
      cx=lambda: (lambda q, pr, j, px, po: (q @ np.log(q) - q @ np.log(po), q @ np.log(q) - q @ np.log(j) - np.log(px)))(*cx_inst())),
    S(17, "not-an-identity", "ELBO defined"),
    S(25, "either", "A: dx is a typo for dtheta: sum_theta p(x|theta) p(theta) = p(x); B: integrating over x gives 1 "
      "(x discrete), not p(x)", ok=lambda r: (lambda q, pr, j, px, po: (np.log(px), np.log(j.sum())))(*inst(r)),
      cx=lambda: (np.log(0.2), np.log(1.0))),
    S(25, "valid", "p(x|theta) p(theta) = p(x, theta) (either reading)", ok=lambda r: (lambda q, pr, j, px, po: (
      np.log(((j / pr) * pr).sum()), np.log(j.sum())))(*inst(r))),
    S(27, "valid", "multiply by q/q", ok=lambda r: (lambda q, pr, j, px, po: (np.log(j.sum()), np.log((j * q / q).sum())))(*inst(r))),
    S(29, "valid", "regroup", ok=lambda r: (lambda q, pr, j, px, po: (np.log((j * q / q).sum()), np.log((q * j / q).sum())))(*inst(r))),
    S(31, "valid", "as an expectation under q", ok=lambda r: (lambda q, pr, j, px, po: (np.log((q * j / q).sum()),
      np.log(q @ (j / q))))(*inst(r))),
    S(31, "not-an-identity", "Jensen's inequality (a bound)"),
]
CLAIMS = [(1, 7, "invalid", "KL(q||p(theta|x)) = E log q - E log p(theta, x) + log p(x), not - log p(x)"),
          (25, 31, "valid", "log p(x) = log E_q[p(x, theta)/q(theta)]")]
