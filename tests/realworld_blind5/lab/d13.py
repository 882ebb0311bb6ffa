from common import *
DOC = "13_ruthless_vae_elbo.md"; TIER = 2
TOPIC = "KL(q || p(z|x)) = -ELBO + log p(x); ELBO = E_q log p(x|z) - KL(q || p(z)) (Chinese prose)"
NOTES = "ELBO := E_q[log p(x,z)] - E_q[log q(z)] (the underbrace at line 50); p(x) the marginal; checked on a 4-state z"


def inst(r):
    pz = r.dirichlet(np.ones(4)); px_z = r.uniform(.05, .95, 4); q = r.dirichlet(np.ones(4))
    pxz = pz * px_z; px = pxz.sum(); post = pxz / px
    return pz, px_z, q, pxz, px, post


def E(q, f):
    return (q * f).sum()


def chain(i, j):
    def ok(r):
        pz, px_z, q, pxz, px, post = inst(r)
        v = [(q * np.log(q / post)).sum(),
             E(q, np.log(q) - np.log(post)),
             E(q, np.log(q) - np.log(pxz / px)),
             E(q, np.log(q)) - E(q, np.log(pxz)) + np.log(px),
             -(E(q, np.log(pxz)) - E(q, np.log(q))) + np.log(px)]
        return v[i], v[j]
    return ok


def elbo(i, j):
    def ok(r):
        pz, px_z, q, pxz, px, post = inst(r)
        v = [E(q, np.log(pxz)) - E(q, np.log(q)),
             E(q, np.log(px_z * pz)) - E(q, np.log(q)),
             E(q, np.log(px_z)) + E(q, np.log(pz)) - E(q, np.log(q)),
             E(q, np.log(px_z)) - (E(q, np.log(q)) - E(q, np.log(pz))),
             E(q, np.log(px_z)) - (q * np.log(q / pz)).sum()]
        return v[i], v[j]
    return ok


STEPS = [
    S(8, "valid", "Bayes (conditional = joint / marginal)", ok=lambda r: (lambda t: (t[5], t[3] / t[4]))(inst(r))),
    S(14, "valid", "marginal = sum over z of the joint", ok=lambda r: (lambda t: (t[4], t[3].sum()))(inst(r))),
    S(24, "not-an-identity", "lambda* := argmin (definition)"),
    S(30, "valid", "KL written as an integral", ok=chain(0, 0)),
    S(35, "valid", "Bayes", ok=lambda r: (lambda t: (t[5], t[3] / t[4]))(inst(r)), outside_display=True),
    S(39, "valid", "log of a ratio", ok=chain(0, 1)),
    S(41, "valid", "substitute Bayes", ok=chain(1, 2)),
    S(42, "valid", "split; integral of q = 1", ok=chain(2, 3)),
    S(50, "valid", "KL = -ELBO + log p(x)", ok=chain(3, 4)),
    S(65, "valid", "ELBO = E_q log p(x|z) - KL(q||p(z))", ok=elbo(0, 4)),
    S(72, "valid", "the ELBO's definition (line 50)", ok=elbo(0, 0)),
    S(74, "valid", "p(x,z) = p(x|z) p(z)", ok=elbo(0, 1)),
    S(75, "valid", "log of a product", ok=elbo(1, 2)),
    S(76, "valid", "regroup; the bracket is KL(q||p(z))", ok=elbo(2, 3)),
]
CLAIMS = [(39, 50, "valid", "KL = -ELBO + log p(x)"), (72, 76, "valid", "ELBO = E log p(x|z) - KL(q||p(z))")]
