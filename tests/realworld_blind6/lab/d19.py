from common import *
DOC = "19_eugen_kl_two_proofs.md"; TIER = 2
TOPIC = "KL(p||q) >= 0 two ways (Jensen; -log x >= 1 - x), chains mixing >= and ="
NOTES = "discrete x in the checks (integrals as sums)"


def inst(r, K=5):
    return r.dirichlet(np.ones(K)), r.dirichlet(np.ones(K))


STEPS = [
    S(15, "valid", "KL as E_p[-log(q/p)]", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), p @ -np.log(q / p)))(*inst(r))),
    S(16, "not-an-identity", "Jensen (bound)"),
    S(18, "valid", "expectation as an integral", ok=lambda r: (lambda p, q: (-np.log(p @ (q / p)), -np.log((p * q / p).sum())))(*inst(r))),
    S(20, "valid", "p cancels", ok=lambda r: (lambda p, q: (-np.log((p * q / p).sum()), -np.log(q.sum())))(*inst(r))),
    S(21, "valid", "q integrates to 1", ok=lambda r: (lambda p, q: (-np.log(q.sum()), -np.log(1.0)))(*inst(r))),
    S(22, "valid", "log 1 = 0", ok=lambda r: (-np.log(1.0), 0.0)),
    S(29, "not-an-identity", "the bound -log x >= 1 - x", outside_display=True),
    S(33, "valid", "KL as E_p[-log(q/p)]", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), p @ -np.log(q / p)))(*inst(r))),
    S(34, "not-an-identity", "the log bound (inequality)"),
    S(35, "valid", "expectation as an integral", ok=lambda r: (lambda p, q: (p @ (1 - q / p), (p * (1 - q / p)).sum()))(*inst(r))),
    S(37, "valid", "distribute p", ok=lambda r: (lambda p, q: ((p * (1 - q / p)).sum(), (p - q).sum()))(*inst(r))),
    S(38, "valid", "both integrate to 1", ok=lambda r: (lambda p, q: ((p - q).sum(), 1 - 1))(*inst(r))),
    S(39, "valid", "1 - 1 = 0", ok=lambda r: (1 - 1, 0)),
]
CLAIMS = [(18, 22, "valid", "-log E_p[q/p] = 0"), (35, 39, "valid", "E_p[1 - q/p] = 0")]
