from common import *
DOC = "35_bruno_elbo.md"; TIER = 2
TOPIC = "KL(q || p(z|x)) = log p(x) - ELBO with annotated rows; one row multiplies the log by an extra q(z), the next undoes it"
NOTES = "ELBO(q,p) := integral q log(p(z,x)/q) (line 42); checked on a 3-state z"


def inst(r):
    q = r.dirichlet(np.ones(3)); pzx = r.uniform(.05, .5, 3)          # p(z, x) for the observed x
    px = pzx.sum(); post = pzx / px
    return q, pzx, px, post


def rows(q, pzx, px, post):
    return [(q * np.log(q / post)).sum(), (q * np.log(q * px / pzx)).sum(),
            (q * (np.log(px) + q * np.log(q / pzx))).sum(),
            np.log(px) * q.sum() + (q * np.log(q / pzx)).sum(),
            np.log(px) - (q * np.log(pzx / q)).sum()]


def ch(i, j):
    return lambda r: (lambda v: (v[i], v[j]))(rows(*inst(r)))


def cx(i, j):
    t = (np.array([.5, .5, 1e-9]) / (1 + 1e-9), np.array([.1, .3, .2]), .6, np.array([.1, .3, .2]) / .6)
    return lambda: (lambda v: (v[i], v[j]))(rows(*t))


STEPS = [
    S(4, "valid", "KL's definition", ok=lambda r: (lambda f, g: ((f * np.log(f / g)).sum(), (f * np.log(f / g)).sum()))(r.dirichlet(np.ones(3)), r.dirichlet(np.ones(3)))),
    S(4, "valid", "integral against f = E_f", ok=lambda r: (1.0, 1.0)),
    S(4, "valid", "log of a ratio", ok=lambda r: (lambda f, g: ((f * np.log(f / g)).sum(), (f * np.log(f)).sum() - (f * np.log(g)).sum()))(r.dirichlet(np.ones(3)), r.dirichlet(np.ones(3)))),
    S(10, "valid", "KL(q || p(z|x))", ok=ch(0, 0)),
    S(10, "valid", "as an expectation", ok=ch(0, 0)),
    S(24, "valid", "KL(q || p(z|x)) written out", ok=ch(0, 0)),
    S(26, "valid", "p(z|x) = p(z,x)/p(x)", ok=ch(0, 1)),
    S(27, "invalid", "log(q p(x)/p(z,x)) = log p(x) + log(q/p(z,x)), not log p(x) + q log(q/p(z,x)): q = (1/2, 1/2, 0), "
      "p(z,x) = (0.1, 0.3, 0.2) gives 0.549 vs 0.019", cx=cx(1, 2)),
    S(28, "invalid", "against row 27 (the extra q dropped again): the same instance gives 0.019 vs 0.549", cx=cx(2, 3)),
    S(29, "valid", "integral of q = 1; flip the log", ok=ch(3, 4)),
    S(29, "valid", "annotation: integral of q = 1 (q a distribution)", ok=lambda r: (lambda q: (q.sum(), 1.0))(r.dirichlet(np.ones(3)))),
    S(30, "valid", "ELBO (line 42)", ok=lambda r: (lambda q, pzx, px, post: (rows(q, pzx, px, post)[4], np.log(px) - (q * np.log(pzx / q)).sum()))(*inst(r))),
    S(36, "valid", "p(z,x) = p(z) p(x|z)", ok=lambda r: (lambda pz, pxz: (pz * pxz, pz * pxz))(r.dirichlet(np.ones(3)), r.uniform(.1, .9, 3)),
      outside_display=True),
    S(37, "not-an-identity", "log p(x) >= ELBO (inequality)", outside_display=True),
    S(42, "not-an-identity", "ELBO (definition)"),
    S(42, "valid", "log of a ratio", ok=lambda r: (lambda q, pzx, px, post: ((q * np.log(pzx / q)).sum(), (q * np.log(pzx)).sum() - (q * np.log(q)).sum()))(*inst(r))),
    S(42, "valid", "as expectations", ok=lambda r: (1.0, 1.0)),
]
CLAIMS = [(24, 30, "valid", "KL = log p(x) - ELBO is true end to end; rows 27-28 are each wrong")]
