from common import *
DOC = "05_sungchullee_logreg_grad_hessian.md"; TIER = 2
TOPIC = "MkDocs book page: logistic-regression cross entropy, element-wise gradient with design-matrix rows A[i,:], matrix form A^T(sigma - y), Hessian A^T B A"
NOTES = "sigma^(i) = sigma(A[i,:] theta) (defined on another page); A[i,:] is a row of the design matrix; B = diag(sigma(1-sigma)) (row 57)"
STEPS = [
    S(8, "not-an-identity", "definition of the loss"),
    S(18, "valid", "chain rule with sigma' = sigma(1-sigma) (row spans 18-22)"),
    S(28, "valid", "sigmoid factors cancel: y(1-s) - (1-y)s = y - s", cross_display=True),
    S(37, "valid", "matrix form of row 28"),
    S(49, "valid", "Hessian: d/dtheta of (sigma - y) A^T"),
    S(49, "valid", "= A^T B A with B = diag(sigma(1-sigma)) (row 57)"),
    S(57, "not-an-identity", "definition of B"),
]
CLAIMS = [(18, 28, "valid", "gradient of the cross entropy = sum (sigma - y) A[i,:]^T")]
