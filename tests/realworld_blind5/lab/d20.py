from common import *
DOC = "20_mawj_ebclr_marginal_grad.md"; TIER = 1
TOPIC = "gradient of log q(v) for an EBM q = e^{-E}/Z, seven rows on one line joined by \\\\; the generative-term gradient (13)"
NOTES = "q(v) = e^{-E(v)}/Z, Z = integral of e^{-E(v)} dv (eq. (12) of the source); p the data distribution (independent of theta)"

VS = np.arange(5.0)


def E(t, v):
    return np.sin(t * v + 0.3) + t * t * v / 3


def Z(t):
    return np.exp(-E(t, VS)).sum()


def gE(t, v):
    return d(lambda s: E(s, v), t)


def vals(r):
    t = r.uniform(-1.5, 1.5); v = float(r.integers(0, 5))
    q = np.exp(-E(t, VS)) / Z(t); g = np.array([gE(t, u) for u in VS])
    return {"lq": np.log(np.exp(-E(t, v)) / Z(t)), "lqr": -np.log(Z(t)) - E(t, v),
            "glq": d(lambda s: np.log(np.exp(-E(s, v)) / Z(s)), t), "r1": -d(Z, t) / Z(t) - gE(t, v),
            "r2": -d(lambda s: np.exp(-E(s, VS)).sum(), t) / Z(t) - gE(t, v),
            "r3": -sum(d(lambda s: np.exp(-E(s, u)), t) for u in VS) / Z(t) - gE(t, v),
            "r4": -(-(g * np.exp(-E(t, VS))).sum()) / Z(t) - gE(t, v),
            "r5": (g * np.exp(-E(t, VS)) / Z(t)).sum() - gE(t, v), "r6": (g * q).sum() - gE(t, v)}


def chk(a, b):
    return lambda r: (lambda v: (v[a], v[b]))(vals(r))


def l12(r):
    t = r.uniform(-1.5, 1.5); pdata = r.dirichlet(np.ones(5))
    obj = lambda s: (pdata * (-E(s, VS) - np.log(Z(s)))).sum()
    q = np.exp(-E(t, VS)) / Z(t); g = np.array([gE(t, u) for u in VS])
    return d(obj, t), (q * g).sum() - (pdata * g).sum()


STEPS = [
    S(2, "valid", "log of e^{-E}/Z", ok=chk("lq", "lqr")),
    S(6, "valid", "row 1: grad log q = -(1/Z) grad Z - grad E", ok=chk("glq", "r1")),
    S(6, "valid", "row 2: Z = integral of e^{-E}", ok=chk("r1", "r2")),
    S(6, "valid", "row 3: differentiate under the integral", ok=chk("r2", "r3")),
    S(6, "valid", "row 4: grad e^{-E} = -grad E e^{-E}", ok=chk("r3", "r4")),
    S(6, "valid", "row 5: 1/Z inside", ok=chk("r4", "r5")),
    S(6, "valid", "row 6: e^{-E}/Z = q", ok=chk("r5", "r6")),
    S(6, "valid", "row 7: integral against q = E_q", ok=chk("r6", "r6")),
    S(12, "valid", "average row 7 over the data p (p independent of theta)", ok=l12),
]
CLAIMS = [(6, 6, "valid", "grad log q = E_q[grad E] - grad E(v)")]
