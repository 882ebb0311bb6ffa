from common import *
DOC = "24_sungsoo_sigmoid_softmax.md"; TIER = 2
TOPIC = "sigmoid and softmax as entropy-regularised argmins: stationarity equations solved row by row (each row an equation)"
NOTES = "S = probability simplex; rows 19-25 and 56-57, 64-65 are equations being solved, not identities; lines 46-60 are " \
        "indented by 4 spaces in the source"


def simplex_grid(n=60):
    pts = []
    for i in range(1, n):
        for j in range(1, n - i):
            pts.append((i / n, j / n, 1 - i / n - j / n))
    return np.array(pts)


W = simplex_grid()


def l49(r):
    x = r.normal(size=3); lam = r.normal()
    f1 = W @ x + (W * np.log(W)).sum(1)
    f2 = f1 + lam * (W.sum(1) - 1)
    return W[np.argmin(f1)], W[np.argmin(f2)]


def l50(r):
    x = r.normal(size=3); lam = r.normal()
    f2 = W @ x + (W * np.log(W)).sum(1) + lam * (W @ np.ones(3) - 1)
    f3 = (W * x).sum(1) + (W * np.log(W)).sum(1) + lam * (W.sum(1) - 1)
    return f2, f3


STEPS = [
    S(5, "not-an-identity", "p := argmin (definition)"),
    S(12, "not-an-identity", "p-hat := argmin (definition)"),
    S(19, "not-an-identity", "stationarity equation (= 0)"),
    S(20, "not-an-identity", "equation rearranged"),
    S(21, "not-an-identity", "equation rearranged"),
    S(22, "not-an-identity", "equation rearranged"),
    S(23, "not-an-identity", "equation solved for 1/w"),
    S(24, "not-an-identity", "the solution w*"),
    S(25, "not-an-identity", "p-hat := w*"),
    S(34, "not-an-identity", "p := argmin (definition)"),
    S(37, "not-an-identity", "S (definition)", outside_display=True),
    S(43, "not-an-identity", "p-hat := argmin (definition)"),
    S(49, "valid", "the multiplier term vanishes on S, so the argmin is unchanged (grid over the 3-simplex)", ok=l49),
    S(50, "valid", "<w,x> = sum w_i x_i, <w,1> = sum w_i", ok=l50),
    S(56, "not-an-identity", "stationarity equation (= 0)"),
    S(57, "not-an-identity", "the equation solved for w_i*"),
    S(58, "valid", "e^{-1-lambda} = 1/e^{1+lambda}", ok=lambda r: (lambda x, l: (np.exp(-x) * np.exp(-1 - l), np.exp(-x) / np.exp(1 + l)))(*r.normal(size=2))),
    S(61, "not-an-identity", "normalisation condition", outside_display=True),
    S(64, "not-an-identity", "w* after choosing lambda (a consequence of the conditions)"),
    S(65, "not-an-identity", "p-hat := w*"),
]
CLAIMS = []
