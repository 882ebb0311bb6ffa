from common import *
DOC = "18_caozhens_lr_loss_pm1.md"; TIER = 2
TOPIC = "Chinese notes: logistic log-likelihood rewritten with softplus terms; the +-1 label version loses a sign (both rows), the cases and final form are right"
NOTES = "rows 5-17: y in {0,1}; rows 22-29: y in {-1,+1} with L = prod h^{(y+1)/2} (1-h)^{-(y-1)/2}; LossFunc named twice (rows 17 and 26)"
_z = 0.5
_logL_pos = -np.log(1 + np.exp(-_z))   # y = +1: log h
_row24_pos = -(0.5 * 2 * np.log(1 + np.exp(-_z)) - 0.5 * (-2) * np.log(1 + np.exp(_z)))
STEPS = [
    S(5, "not-an-identity", "L (model)"),
    S(7, "valid", "l = log L"),
    S(9, "not-an-identity", "h restated"),
    S(10, "valid", "h substituted"),
    S(12, "valid", "1 - g(z) = g(-z)"),
    S(14, "valid", "log 1/(1+e^u) = -log(1+e^u)"),
    S(17, "not-an-identity", "LossFunc named"),
    S(17, "valid", "-l written out"),
    S(22, "not-an-identity", "L for labels in {-1,+1} (model)"),
    S(24, "invalid", "log L = sum[(y+1)/2 log h + (1-y)/2 log(1-h)] = -sum[(y+1)/2 log(1+e^{-z}) + (1-y)/2 log(1+e^{z})]; the row has "
      "-(1/2)(-y-1) = (y+1)/2 on the second term: y = +1, z = 0.5: log L = -0.4741, the row -1.4482",
      cx=lambda: (_logL_pos, _row24_pos)),
    S(26, "not-an-identity", "LossFunc renamed for +-1 labels"),
    S(26, "invalid", "-l with the same slip: y = +1, z = 0.5: -log L = 0.4741, the row 1.4482", cx=lambda: (-_logL_pos, -_row24_pos)),
    S(27, "valid", "-log L by cases (right, though it does not follow from row 26)"),
    S(29, "valid", "the two cases as log(1+e^{-y z})"),
]
CLAIMS = [(22, 29, "valid", "LossFunc = sum log(1+e^{-y theta^T x}) for y in {-1,+1}, through two slipped rows")]
