from common import *
DOC = "05_dbd_entropy_mi.md"; TIER = 3
TOPIC = "Jekyll notes (Chinese, align*): conditional entropy, chain rule H(X,Y) = H(X) + H(Y|X), KL, mutual information (a log dropped, a sum dropped)"
NOTES = "sums over x in X, y in Y; p(x,y) a joint of two discrete variables; H(x) lower-case in row 112 is H(X)"
_P = np.array([[0.1, 0.3], [0.4, 0.2]])   # p(x, y): rows x, columns y
_px, _py = _P.sum(1), _P.sum(0)
_I = np.sum(_P * np.log(_P / np.outer(_px, _py)))
_HX = -np.sum(_px * np.log(_px))
_pxgy = _P / _py[None, :]
STEPS = [
    S(47, "not-an-identity", "H(Y|X) defined"),
    S(48, "valid", "H(Y|X=x) written out"),
    S(49, "valid", "p(x) p(y|x) = p(x,y)"),
    S(57, "valid", "H(X,Y) restated (definition row 36)"),
    S(58, "valid", "p(x,y) = p(y|x) p(x)"),
    S(59, "valid", "log of a product split"),
    S(60, "valid", "sum over y of p(x,y) = p(x)"),
    S(61, "valid", "H(X) + H(Y|X)"),
    S(70, "not-an-identity", "D(p||q) defined"),
    S(70, "valid", "sum as an expectation"),
    S(84, "not-an-identity", "I(X,Y) defined"),
    S(85, "valid", "I = KL(p(x,y) || p(x)p(y))"),
    S(86, "invalid", "the log is dropped: E_{p(x,y)}[p/(p p)] for E[log p/(p p)]. p(x,y) = [[0.1,0.3],[0.4,0.2]]: I = 0.0863, the row 1.1667 "
      "(for any joint the row is >= 1 while I can be 0)",
      cx=lambda: (_I, np.sum(_P * _P / np.outer(_px, _py)))),
    S(96, "valid", "definition restated"),
    S(97, "valid", "p(x,y)/p(y) = p(x|y)"),
    S(98, "valid", "log of a ratio split"),
    S(99, "invalid", "the second double sum lost its sum over y (y is left free): same joint, y = y_1: row 98 = 0.0863, "
      "this row H(X) + sum_x p(x,y_1) log p(x|y_1) = 0.4228",
      cx=lambda: (_I, _HX + np.sum(_P[:, 0] * np.log(_pxgy[:, 0])))),
    S(100, "invalid", "checked against row 99 (the slip): row 99 = 0.4228 at y = y_1, this row H(X) - H(X|Y) = 0.0863",
      cx=lambda: (_HX + np.sum(_P[:, 0] * np.log(_pxgy[:, 0])), _I)),
    S(108, "valid", "symmetry of I"),
    S(108, "valid", "I = H(Y) - H(Y|X)"),
    S(112, "valid", "I = H(X) + H(Y) - H(X,Y) (H(x) is H(X))"),
]
CLAIMS = [(96, 100, "valid", "I(X,Y) = H(X) - H(X|Y), reached through a row that dropped a sum")]
