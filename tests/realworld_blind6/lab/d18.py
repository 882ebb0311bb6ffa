from common import *
DOC = "18_eugen_elbo.md"; TIER = 2
TOPIC = "ELBO by Jensen with a \\text annotation column (&&) and blank lines inside align"
NOTES = "z discrete in the checks; q(z|x) any distribution over z; L is named in the last row"


def inst(r, K=4):
    j = r.uniform(0.05, 1, K) * 0.2; q = r.dirichlet(np.ones(K)); return j, q


STEPS = [
    S(10, "valid", "marginalisation", ok=lambda r: (lambda j, q: (np.log(j.sum()), np.log(j.sum())))(*inst(r))),
    S(13, "valid", "multiply by q/q", ok=lambda r: (lambda j, q: (np.log(j.sum()), np.log((q * j / q).sum())))(*inst(r))),
    S(16, "valid", "as an expectation", ok=lambda r: (lambda j, q: (np.log((q * j / q).sum()), np.log(q @ (j / q))))(*inst(r))),
    S(19, "not-an-identity", "Jensen (bound)"),
    S(22, "not-an-identity", "names the bound L"),
]
CLAIMS = [(10, 16, "valid", "log p(x) = log E_q[p(z,x)/q(z|x)]")]
