from common import *
DOC = "47_caramdir_cross_entropy_mle.md"; TIER = 2
TOPIC = "Obsidian note: cross-entropy H(p,q) = -E_p[log q] = -sum p log q on a finite set; likelihood of q from empirical frequencies p, log over N gives sum p log q = -H(p,q)"
NOTES = "whole note; the likelihood at row 14 is an expression, not a relation"
def _pq(r):
    p = r.dirichlet(np.ones(4)); q = r.dirichlet(np.ones(4)); return p, q
def _r5(r):
    p, q = _pq(r); return -(p @ np.log(q)), -np.sum(p * np.log(q))
def _r18(r):
    p, q = _pq(r); N = 10
    return np.log(np.prod(q ** (N * p))) / N, p @ np.log(q)
def _r18b(r):
    p, q = _pq(r); return np.sum(p * np.log(q)), -(-(p @ np.log(q)))
STEPS = [
    S(5, "not-an-identity", "H(p, q) defined as -E_p[log q]"),
    S(5, "valid", "expectation written as a sum", ok=_r5),
    S(18, "valid", "sum p log q = -H(p, q) (and it is (1/N) log of the row-14 likelihood)", ok=_r18b),
]
CLAIMS = [(5, 5, "valid", "cross-entropy as a sum"), (18, 18, "valid", "log-likelihood over N is -H(p,q)")]
