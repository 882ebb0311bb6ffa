from sm import *
DOC = "23_mnn_softmax_docstring.md"; TIER = 2
TOPIC = "docstring Markdown: softmax Jacobian by the quotient rule; the written matrix has sign and index slips"
NOTES = "all rows of the first aligned display sit on line 9 (`\\\\\\\\` separators); the Jacobian matrix is read with n = 3"


def Jbad(y):   # the matrix as written, n = 3: row 2 is (y2 y1, y2 - y1 y2, -y1 y3), row n is (y3 y1, -y3 y2, y3 - y3 y3)
    return np.array([[y[0] - y[0] * y[0], -y[0] * y[1], -y[0] * y[2]],
                     [y[1] * y[0], y[1] - y[0] * y[1], -y[0] * y[2]],
                     [y[2] * y[0], -y[2] * y[1], y[2] - y[2] * y[2]]])


X = np.array([0.3, -0.5, 1.0])

STEPS = [
    S(9, "valid", "quotient rule (i = k)", ok=lambda r: (lambda x: (jac(sm, x)[1, 1],
      (np.exp(x[1]) * np.exp(x).sum() - np.exp(x[1]) ** 2) / np.exp(x).sum() ** 2))(xs(r))),
    S(9, "valid", "factor exp(x_i)", ok=lambda r: (lambda x: ((np.exp(x[1]) * np.exp(x).sum() - np.exp(x[1]) ** 2) / np.exp(x).sum() ** 2,
      np.exp(x[1]) * (np.exp(x).sum() - np.exp(x[1])) / np.exp(x).sum() ** 2))(xs(r))),
    S(9, "valid", "split", ok=lambda r: (lambda x: (np.exp(x[1]) * (np.exp(x).sum() - np.exp(x[1])) / np.exp(x).sum() ** 2,
      np.exp(x[1]) / np.exp(x).sum() * (np.exp(x).sum() - np.exp(x[1])) / np.exp(x).sum()))(xs(r))),
    S(9, "valid", "y_i (1 - y_i)", ok=lambda r: (lambda x: (np.exp(x[1]) / np.exp(x).sum() * (np.exp(x).sum() - np.exp(x[1])) / np.exp(x).sum(),
      sm(x)[1] * (1 - sm(x)[1])))(xs(r))),
    S(9, "valid", "= y_i - y_i y_k with k = i", ok=lambda r: (lambda x: (sm(x)[1] * (1 - sm(x)[1]), sm(x)[1] - sm(x)[1] * sm(x)[1]))(xs(r))),
    S(13, "valid", "quotient rule (i != k)", ok=lambda r: (lambda x: (jac(sm, x)[0, 2], (0 - np.exp(x[0]) * np.exp(x[2])) / np.exp(x).sum() ** 2))(xs(r))),
    S(13, "valid", "= -y_i y_k", ok=lambda r: (lambda x: ((0 - np.exp(x[0]) * np.exp(x[2])) / np.exp(x).sum() ** 2, -sm(x)[0] * sm(x)[2]))(xs(r))),
    S(17, "invalid", "entry (2,1) is written +y_2 y_1 (true -y_2 y_1), (2,2) y_2 - y_1 y_2, (2,n) -y_1 y_n: x = (0.3, -0.5, 1.0)",
      cx=lambda: (jac(sm, X), Jbad(sm(X)))),
    S(17, "invalid", "the written matrix is not diag(y) - y y^T: same instance", cx=lambda: (Jbad(sm(X)), np.diag(sm(X)) - np.outer(sm(X), sm(X)))),
    S(47, "not-an-identity", "softmax (definition)"),
    S(47, "valid", "shift invariance", ok=lambda r: (lambda x: (sm(x), np.exp(x - x.max()) / np.exp(x - x.max()).sum()))(xs(r))),
    S(49, "not-an-identity", "m = max (definition)", outside_display=True),
]
CLAIMS = [(9, 9, "valid", "dy_i/dx_i = y_i(1 - y_i)"), (17, 17, "invalid", "the matrix written is not the softmax Jacobian")]
