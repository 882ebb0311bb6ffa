from common import *
DOC = "04_sungchullee_softmax_ce_grad.md"; TIER = 2
TOPIC = "MkDocs book page ($$ blocks, \\Bigl \\Bigr, \\big/): categorical cross entropy rewritten with log-sum-exp, dJ/dz = yhat - y, CE = H + KL, stable log-softmax"
NOTES = "yhat_ic = e^{z_ic}/sum_c' e^{z_ic'} (prose, row 22); y one-hot (sum_c y_ic = 1); m_i = max_c z_ic (prose, row 79)"
def _r26(r):
    z = r.normal(size=(2, 3)); y = np.eye(3)[r.integers(0, 3, 2)]
    yh = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    return -(y * np.log(yh)).sum(), -(y * z).sum() + (y * np.log(np.exp(z).sum(1, keepdims=True))).sum()
STEPS = [
    S(9, "not-an-identity", "definition of J"),
    S(25, "valid", "log yhat = z - log sum e^z substituted", ok=_r26),
    S(32, "valid", "sum_c y_ic = 1 (one-hot) removes y from the second term"),
    S(39, "valid", "derivative of the row-i log-sum-exp is the softmax"),
    S(39, "valid", "softmax named yhat (same row as line 39)"),
    S(47, "valid", "matrix form of row 41"),
    S(60, "valid", "H(y, yhat) = H(y) + D_KL(y || yhat) (an identity of cross entropy)"),
    S(74, "valid", "log softmax = z - log sum exp z"),
    S(74, "valid", "log-sum-exp shifted by m_i (same row)"),
]
CLAIMS = [(24, 41, "valid", "dJ/dz_ic = yhat_ic - y_ic")]
