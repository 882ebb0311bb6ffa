from h8 import *
DOC = "38_billy_entropy_continuous_typ.md"; TIER = 1
TOPIC = "Typst lecture notes: entropy, its properties, and the continuous limit by discretisation"
NOTES = "Typst math ($ ... $ blocks, sum_n, angle(..), dd(..)); H = -k sum p log p, k arbitrary (k = 1 in the later rows)"


def _p(r, K=4):
    q = r.uniform(.1, 1, K); return q / q.sum()


STEPS = [
    S(4, "not-an-identity", "entropy (definition)"),
    S(4, "valid", "= k <log 1/p>", ok=lambda r: (lambda p, k: (-k * (p * np.log(p)).sum(), k * (p * np.log(1 / p)).sum()))(_p(r), r.uniform(.5, 2))),
    S(12, "not-an-identity", "equivalence stated for the uniform distribution", outside_display=True),
    S(13, "valid", "entropy of independent variables adds", ok=lambda r: (lambda p, q: (-(np.outer(p, q) * np.log(np.outer(p, q))).sum(), -(p * np.log(p)).sum() - (q * np.log(q)).sum()))(_p(r), _p(r, 3)), outside_display=True),
    S(14, "not-an-identity", "subadditivity (inequality)", outside_display=True),
    S(22, "not-an-identity", "approximation"),
    S(26, "valid", "H of the boxes with p_n = rho(x_n) dx^d (k = 1): log p_n = log rho + d log dx",
      ok=lambda r: (lambda rho, dx, dd: (-(rho * dx ** dd * np.log(rho * dx ** dd)).sum(), -(rho * dx ** dd * (np.log(rho) + dd * np.log(dx))).sum()))(r.uniform(.1, 2, 5), r.uniform(.05, .5), 2)),
    S(27, "not-an-identity", "Riemann sum -> integral (a limit, written with =); dd(log Delta x) renders as d log Delta x"),
    S(33, "not-an-identity", "continuous entropy (definition)"),
]
CLAIMS = []
