from common import *
DOC = "36_d2l_info_theory_identities.md"; TIER = 3
TOPIC = "d2l appendix (information theory): self-information of a code word in bits, joint entropy bounds written `H(X), H(Y) \\le H(X, Y) \\le ..`, conditional entropy H(Y|X) = H(X,Y) - H(X), mutual information with E_x E_y around a p_{X,Y} factor (:eqlabel: roles)"
NOTES = "log is base 2 in this section (prose row 38); E_x E_y in row 316 is read either as sums over x and y or as expectations under the marginals"
def _mi():
    pxy = np.array([[0.4, 0.1], [0.1, 0.4]]); px = pxy.sum(1); py = pxy.sum(0)
    L = np.log(pxy / np.outer(px, py))
    true = np.sum(pxy * L)
    return true, np.sum(np.outer(px, py) * pxy * L)
def _mi_ok(r):
    pxy = r.dirichlet(np.ones(4)).reshape(2, 2); px = pxy.sum(1); py = pxy.sum(0)
    L = np.log(pxy / np.outer(px, py))
    return np.sum(pxy * L), np.sum(pxy * L)
STEPS = [
    S(36, "not-an-identity", "self-information defined"),
    S(40, "valid", "row 36 for the code word"),
    S(40, "valid", "p = 1/2^4"),
    S(40, "valid", "-log_2 2^{-4} = 4 (bits)"),
    S(185, "not-an-identity", "joint entropy defined"),
    S(190, "not-an-identity", "discrete case of the definition"),
    S(194, "not-an-identity", "continuous case of the definition"),
    S(199, "valid", "H(X), H(Y) <= H(X,Y) (discrete variables)"),
    S(199, "valid", "H(X,Y) <= H(X) + H(Y) (subadditivity)"),
    S(246, "not-an-identity", "conditional entropy defined"),
    S(251, "not-an-identity", "discrete case of the definition"),
    S(255, "not-an-identity", "continuous case of the definition"),
    S(260, "valid", "chain rule: log p(y|x) = log p(x,y) - log p(x)"),
    S(311, "not-an-identity", "mutual information defined"),
    S(316, "either", "reading A: E_x E_y are the sums over x and y, so the right side is sum p log(p/(p p)) = I (valid); reading B: expectations under p_X and p_Y, which weight each term by an extra p_X p_Y: p_{XY} = [[0.4, 0.1], [0.1, 0.4]]: I = 0.1927 nats but sum p_X p_Y p_{XY} log(..) = 0.0482",
      ok=_mi_ok, cx=_mi),
]
CLAIMS = [(246, 260, "valid", "H(Y|X) = H(X,Y) - H(X)")]
