from common import *
DOC = "17_mawj_jem_logsumexp.md"; TIER = 2
TOPIC = "JEM: classifier logits as an EBM: p(x,y) = e^{f(x)[y]}/Z, p(x) = sum_y ..., E(x) = -LogSumExp (Korean prose)"
NOTES = "E_theta(x,y) = -f_theta(x)[y]; one Z for the joint; checked on 3 inputs x 4 labels"


def inst(r):
    t = r.normal(); W = r.normal(size=(3, 4))
    f = lambda th: W * np.cos(th) + th * W ** 2 / 3       # f_theta(x)[y] on 3 inputs x 4 labels
    return t, f


def l12(r):
    t, f = inst(r)
    E = lambda th: -np.log(np.exp(f(th)).sum(1))          # E(x) = -LSE
    Z = lambda th: np.exp(-E(th)).sum()
    logp = lambda th: -E(th) - np.log(Z(th))
    x = int(r.integers(0, 3)); p = np.exp(-E(t)) / Z(t)
    dE = np.array([d(lambda th: E(th)[i], t) for i in range(3)])
    return d(lambda th: logp(th)[x], t), (p * dE).sum() - dE[x]


def joint(r):
    t, f = inst(r); F = f(t); Z = np.exp(F).sum()
    return F, Z, np.exp(F) / Z


STEPS = [
    S(4, "not-an-identity", "the EBM (definition)"),
    S(7, "not-an-identity", "Z (definition)", outside_display=True),
    S(12, "valid", "d log p/d theta = E_p[dE/d theta] - dE(x)/d theta", ok=l12),
    S(26, "not-an-identity", "SGLD update rule"),
    S(40, "not-an-identity", "the joint EBM (definition)"),
    S(43, "not-an-identity", "E(x,y) = -f(x)[y] (definition)", outside_display=True),
    S(48, "valid", "marginalise y", ok=lambda r: (lambda F, Z, P: (P.sum(1), P.sum(1)))(*joint(r))),
    S(48, "valid", "sum of the joint", ok=lambda r: (lambda F, Z, P: (P.sum(1), np.exp(F).sum(1) / Z))(*joint(r))),
    S(54, "not-an-identity", "E(x) := -LogSumExp_y f(x)[y] (definition)"),
    S(54, "valid", "LogSumExp written out", ok=lambda r: (lambda F, Z, P: (np.log(np.exp(F).sum(1)),
      F.max(1) + np.log(np.exp(F - F.max(1, keepdims=True)).sum(1))))(*joint(r))),
    S(63, "valid", "log p(x,y) = log p(x) + log p(y|x)", ok=lambda r: (lambda F, Z, P: (np.log(P),
      np.log(P.sum(1, keepdims=True)) + np.log(P / P.sum(1, keepdims=True))))(*joint(r))),
]
CLAIMS = []
