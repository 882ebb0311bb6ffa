from common import *
DOC = "11_gorrok_binary_ce.md"; TIER = 2
TOPIC = "Chinese notes: binary cross-entropy of logistic regression written as sum p log p, a mean loss without its minus sign; the same slips again in a blockquoted Q&A copy (> $$)"
NOTES = "p = (y, 1-y) true labels, q = (y_hat, 1-y_hat) the model (prose); the second range is the same text inside a Markdown blockquote"
_y, _yh = 1.0, 0.7
_row190 = _y * np.log(_y) if _y > 0 else 0.0   # sum p log p with p = (1, 0): 0
_ce = -_y * np.log(_yh) - (1 - _y) * np.log(1 - _yh)
STEPS = [
    S(190, "invalid", "cross-entropy is -sum p_i log q_i; the row has sum p_i log p_i: y = 1, y_hat = 0.7: H(p,q) = 0.3567, the row 0",
      cx=lambda: (_ce, 0.0)),
    S(192, "invalid", "checked against row 190 (the slip): row 190 = 0, this row (the correct cross-entropy) 0.3567", cx=lambda: (0.0, _ce)),
    S(198, "not-an-identity", "L named"),
    S(200, "invalid", "the minus sign is lost in row 198: one sample y = 1, y_hat = 0.7: row 198 = log 0.7 = -0.3567, this row 0.3567",
      cx=lambda: (np.log(_yh), _ce)),
    S(351, "invalid", "blockquoted copy of row 190: same counterexample", cx=lambda: (_ce, 0.0)),
    S(353, "invalid", "blockquoted copy of row 192", cx=lambda: (0.0, _ce)),
    S(359, "not-an-identity", "L named (copy)"),
    S(361, "invalid", "blockquoted copy of row 200", cx=lambda: (np.log(_yh), _ce)),
]
CLAIMS = [(190, 192, "invalid", "H(p,q) = sum p log p"), (198, 201, "invalid", "mean loss sign")]
