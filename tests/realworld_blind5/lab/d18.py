from common import *
DOC = "18_mawj_ebm_grad_oneline.md"; TIER = 1
TOPIC = "EBM log-likelihood gradient written as seven rows joined by \\\\ on one source line (no environment)"
NOTES = "p = e^{-E}/Z, Z = integral of e^{-E}; all rows start on line 6; the last row writes E_{p(x')}[grad E(x)] (x for x')"

XS = np.arange(5.0)


def E(t, x):
    return np.cos(t * x) + t * t * x / 4 + 0.2 * x


def Z(t):
    return np.exp(-E(t, XS)).sum()


def gE(t, x):
    return d(lambda s: E(s, x), t)


def vals(r):
    t = r.uniform(-1.5, 1.5); x = float(r.integers(0, 5))
    p = np.exp(-E(t, XS)) / Z(t); g = np.array([gE(t, v) for v in XS])
    return {"lp": np.log(np.exp(-E(t, x)) / Z(t)), "lpr": -np.log(Z(t)) - E(t, x),
            "glp": d(lambda s: np.log(np.exp(-E(s, x)) / Z(s)), t),
            "r2": -d(Z, t) / Z(t) - gE(t, x),
            "r3": -d(lambda s: np.exp(-E(s, XS)).sum(), t) / Z(t) - gE(t, x),
            "r4": -(-(g * np.exp(-E(t, XS))).sum()) / Z(t) - gE(t, x),
            "r5": (g * np.exp(-E(t, XS)) / Z(t)).sum() - gE(t, x),
            "r6": (g * p).sum() - gE(t, x)}


def chk(a, b):
    return lambda r: (lambda v: (v[a], v[b]))(vals(r))


STEPS = [
    S(2, "not-an-identity", "the EBM (definition)"),
    S(6, "valid", "row 1: log p = -log Z - E", ok=chk("lp", "lpr")),
    S(6, "valid", "row 2: grad log p = -(1/Z) grad Z - grad E", ok=chk("glp", "r2")),
    S(6, "valid", "row 3: Z = integral of e^{-E}", ok=chk("r2", "r3")),
    S(6, "valid", "row 4: differentiate under the integral", ok=chk("r3", "r4")),
    S(6, "valid", "row 5: move 1/Z inside, cancel the signs", ok=chk("r4", "r5")),
    S(6, "valid", "row 6: e^{-E}/Z = p", ok=chk("r5", "r6")),
    S(6, "either", "row 7: reading A, E_{p(x')}[grad E(x')] (x for the dummy x' is a slip): agrees; reading B, literally "
      "E_{p(x')}[grad E(x)] = grad E(x), so the row is 0: theta = 0.5, x = 0 gives row 6 = 0.5 vs 0",
      ok=chk("r6", "r6"), cx=lambda: (lambda v: (v["r6"], 0.0))(vals_fixed())),
]


def vals_fixed():
    class R:
        def uniform(self, a, b): return 0.5
        def integers(self, a, b): return 0
    return vals(R())


CLAIMS = [(6, 6, "valid", "grad log p = E_p[grad E] - grad E(x) (reading A of the last row)")]
