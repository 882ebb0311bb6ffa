from common import *
DOC = "29_googolxx_score_matching_ibp.md"; TIER = 3
TOPIC = "Hugo post (Chinese, HTML <details> blocks): score of an EBM is -grad f (\\exp^{-f} notation), Fisher divergence expanded, integration by parts to the trace term"
NOTES = "p_theta = exp^{-f_theta}/Z_theta (\\exp^{...} typed for e^{...}); p the data density; boundary terms vanish (prose)"
STEPS = [
    S(93, "not-an-identity", "EBM density (model)"),
    S(99, "not-an-identity", "Z defined"),
    S(130, "valid", "p substituted"),
    S(130, "valid", "log of the ratio"),
    S(130, "valid", "Z free of x"),
    S(156, "valid", "square expanded (the row's relation = stands before &)"),
    S(163, "valid", "integration by parts (proved below)"),
    S(175, "valid", "integration by parts with vanishing boundary terms"),
    S(181, "valid", "vector form"),
    S(188, "valid", "expectation as an integral"),
    S(189, "valid", "p grad log p = grad p"),
    S(190, "valid", "integration by parts"),
    S(191, "valid", "divergence = trace of the Jacobian"),
    S(206, "not-an-identity", "the objective L(theta) defined (equal to the Fisher divergence up to a constant)"),
]
CLAIMS = [(188, 191, "valid", "E[(grad log p)^T s] = -E[tr grad s]")]
