from common import *
DOC = "03_gouherdanish_entropy_props.md"; TIER = 3
TOPIC = "Jekyll post, one $$ display per row: maximum entropy log n, concavity of H, additivity for independent variables; a `\\log {p(x_i) + \\log p(y_j)}` brace group"
NOTES = "H = -sum p log p; uniform p_i = 1/n at the maximum (prose, row 92); independence P(X,Y) = P(X)P(Y) (row 143)"
def _r151_ok(r):
    a, b = r.uniform(0.1, 1, 2)
    return np.log(a) + np.log(b), np.log(a * b)
STEPS = [
    S(90, "not-an-identity", "entropy definition"),
    S(96, "valid", "H at p_i = 1/n (the maximiser named in prose, row 92)"),
    S(98, "valid", "constant factor out of the sum"),
    S(100, "valid", "sum of n ones = n"),
    S(102, "valid", "n cancels"),
    S(104, "valid", "-log(1/n) = log n"),
    S(114, "not-an-identity", "entropy definition"),
    S(116, "valid", "sum written out with an ellipsis"),
    S(120, "valid", "only the i-th term depends on p_i"),
    S(122, "valid", "d/dp(-p log p) = -1 - log p"),
    S(126, "valid", "second derivative as derivative of the first"),
    S(128, "valid", "d/dp(-1 - log p) = -1/p"),
    S(130, "valid", "-1/p_i < 0 for p_i > 0 (stated on the same line)"),
    S(143, "not-an-identity", "independence (hypothesis)"),
    S(147, "not-an-identity", "joint entropy definition"),
    S(149, "valid", "p(x_i, y_j) = p(x_i) p(y_j) substituted"),
    S(151, "either", "reading A: `\\log {p(x_i) + \\log p(y_j)}` is the author's log p(x_i) + log p(y_j) (valid); reading B: the brace group is the argument of the first \\log, log(p(x_i) + log p(y_j)): p(x) = p(y) = 0.9 gives log 0.9 + log 0.9 = -0.2107 but log(0.9 + log 0.9) = -0.2299",
      ok=_r151_ok, cx=lambda: (2 * np.log(0.9), np.log(0.9 + np.log(0.9)))),
    S(153, "valid", "sum split (against reading A of row 151)"),
    S(155, "valid", "double sums factored"),
    S(157, "valid", "sum_j p(y_j) = 1 and sum_i p(x_i) = 1"),
    S(159, "valid", "H(X) and H(Y) named"),
]
CLAIMS = [(147, 159, "valid", "H(X,Y) = H(X) + H(Y) for independent X, Y")]
