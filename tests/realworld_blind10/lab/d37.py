from common import *
DOC = "37_sungchullee_sigmoid_logit.md"; TIER = 2
TOPIC = "MkDocs book page: sigmoid derivative (a two-relation display and a derivation inside an indented `??? note` admonition), logit link, design-matrix row notation, a properties table with inline identities"
NOTES = "sigma(z) = 1/(1+e^{-z}); inline identities in the table (rows 78-80) and in prose (row 36) are outside displays"
STEPS = [
    S(13, "not-an-identity", "sigmoid defined"),
    S(25, "valid", "derivative of (1+e^{-z})^{-1}"),
    S(25, "valid", "= sigma(1 - sigma)"),
    S(32, "valid", "chain rule (inside the admonition)"),
    S(32, "valid", "simplified (row spans 32-33)"),
    S(36, "valid", "1/(1+e^{-z}) e^{-z}/(1+e^{-z}) = sigma(1-sigma) (inline, prose)", outside_display=True),
    S(44, "not-an-identity", "logit defined"),
    S(52, "not-an-identity", "model: linear log-odds"),
    S(59, "not-an-identity", "z^(i) defined"),
    S(59, "not-an-identity", "sigma^(i) defined"),
    S(78, "valid", "sigma(-z) = 1 - sigma(z) (inline, table)", outside_display=True),
    S(79, "valid", "sigma(0) = 0.5 (inline, table)", outside_display=True),
    S(80, "valid", "sigma'(0) = 0.25 (inline, table)", outside_display=True),
]
CLAIMS = [(25, 25, "valid", "sigma' = sigma(1-sigma)")]
