from common import *
DOC = "21_eugen_reinforce.md"; TIER = 3
TOPIC = "REINFORCE: grad E_pi[R] = E_pi[grad log pi R] (log-derivative trick), with && annotations"
NOTES = "x discrete, pi_theta = softmax(theta) in the checks; derivative w.r.t. theta_0"


def inst(r, K=4):
    return r.normal(0, 1, K), r.normal(0, 1, K)


def pi(t):
    w = np.exp(t - t.max()); return w / w.sum()


def dpi(t, i=0, h=1e-6):
    e = np.zeros_like(t); e[i] = h
    return (pi(t + e) - pi(t - e)) / (2 * h)


def dlogpi(t, i=0, h=1e-6):
    e = np.zeros_like(t); e[i] = h
    return (np.log(pi(t + e)) - np.log(pi(t - e))) / (2 * h)


STEPS = [
    S(6, "not-an-identity", "objective (definition)"),
    S(14, "valid", "J = E[R]", ok=lambda r: (lambda t, R: (d(lambda s: pi(np.r_[s, t[1:]]) @ R, t[0]), d(lambda s: pi(np.r_[s, t[1:]]) @ R, t[0])))(*inst(r))),
    S(15, "valid", "gradient inside the sum", ok=lambda r: (lambda t, R: (d(lambda s: pi(np.r_[s, t[1:]]) @ R, t[0]), dpi(t) @ R))(*inst(r))),
    S(16, "valid", "multiply by pi/pi", ok=lambda r: (lambda t, R: (dpi(t) @ R, (pi(t) / pi(t) * dpi(t)) @ R))(*inst(r))),
    S(17, "valid", "grad pi = pi grad log pi", ok=lambda r: (lambda t, R: ((pi(t) / pi(t) * dpi(t)) @ R, (pi(t) * dlogpi(t)) @ R))(*inst(r))),
    S(18, "valid", "as an expectation", ok=lambda r: (lambda t, R: ((pi(t) * dlogpi(t)) @ R, pi(t) @ (dlogpi(t) * R)))(*inst(r))),
]
CLAIMS = [(14, 18, "valid", "grad J = E[grad log pi R]")]
