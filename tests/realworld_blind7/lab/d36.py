from h8 import *
DOC = "36_yusuke_entropy_kl.md"; TIER = 2
TOPIC = "course notes ($$ one-liners): Shannon entropy (log_2 vs log), conditional entropy, chain rule, KL, cross-entropy = H + KL"
NOTES = "finite distributions; log without base written after log_2"


def _pj(r, a=3, b=3):
    q = r.uniform(.1, 1, (a, b)); return q / q.sum()


def _H(p, lg=np.log):
    p = np.asarray(p).ravel(); return -(p * lg(p)).sum()


STEPS = [
    S(3, "not-an-identity", "entropy (definition, base 2)"),
    S(3, "either", "reading A: log is log_2 throughout (valid); reading B: natural log: p = (1/2, 1/2): 1 bit vs 0.693",
      ok=lambda r: (lambda p: (_H(p, np.log2), (p * -np.log2(p)).sum()))(_pj(r)[0] / _pj(r)[0].sum()),
      cx=lambda: (_H([.5, .5], np.log2), _H([.5, .5]))),
    S(11, "not-an-identity", "conditional entropy (definition)"),
    S(11, "valid", "= -sum p(x,y) log p(x|y)", ok=lambda r: (lambda J: (sum(J[:, y].sum() * _H(J[:, y] / J[:, y].sum()) for y in range(3)), -(J * np.log(J / J.sum(0, keepdims=True))).sum()))(_pj(r))),
    S(15, "valid", "chain rule H(X,Y) = H(X) + H(Y|X)", ok=lambda r: (lambda J: (_H(J), _H(J.sum(1)) - (J * np.log(J / J.sum(1, keepdims=True))).sum()))(_pj(r))),
    S(15, "valid", "= H(Y) + H(X|Y)", ok=lambda r: (lambda J: (_H(J.sum(1)) - (J * np.log(J / J.sum(1, keepdims=True))).sum(), _H(J.sum(0)) - (J * np.log(J / J.sum(0, keepdims=True))).sum()))(_pj(r))),
    S(19, "not-an-identity", "KL (definition)"),
    S(19, "valid", "as an expectation under P", ok=lambda r: (lambda p, q: ((p * np.log(p / q)).sum(), (p * np.log(p / q)).sum()))(*(lambda a, b: (a / a.sum(), b / b.sum()))(r.uniform(.1, 1, 4), r.uniform(.1, 1, 4)))),
    S(31, "not-an-identity", "cross-entropy (definition)"),
    S(31, "valid", "H(P,Q) = H(P) + KL(P||Q)", ok=lambda r: (lambda p, q: (-(p * np.log(q)).sum(), _H(p) + (p * np.log(p / q)).sum()))(*(lambda a, b: (a / a.sum(), b / b.sum()))(r.uniform(.1, 1, 4), r.uniform(.1, 1, 4)))),
]
CLAIMS = []
