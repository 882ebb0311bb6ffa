from common import *
DOC = "28_cs231n_sigmoid_backprop.md"; TIER = 2
TOPIC = "Jekyll course notes: a sigmoid neuron, local derivatives of unary gates written as `f(x) = .. \\hspace{1in} \\rightarrow \\hspace{1in} df/dx = ..` rows separated by `\\\\\\\\`, the sigmoid derivative (1 - sigma) sigma"
NOTES = "each row of the gates display defines a gate and states its derivative; `\\\\\\\\` is the Markdown-escaped row break"
STEPS = [
    S(124, "not-an-identity", "2-D sigmoid neuron defined"),
    S(130, "not-an-identity", "gate f(x) = 1/x"),
    S(130, "valid", "d(1/x)/dx = -1/x^2 (row spans 130-133)"),
    S(134, "not-an-identity", "gate f_c"),
    S(134, "valid", "d(c + x)/dx = 1"),
    S(138, "not-an-identity", "gate e^x"),
    S(138, "valid", "d e^x/dx = e^x"),
    S(142, "not-an-identity", "gate f_a"),
    S(142, "valid", "d(ax)/dx = a"),
    S(160, "not-an-identity", "sigmoid defined"),
    S(161, "valid", "derivative of (1 + e^{-x})^{-1}"),
    S(161, "valid", "split into two factors"),
    S(161, "valid", "factors named (1 - sigma) and sigma (row spans 161-162)"),
]
CLAIMS = [(161, 161, "valid", "sigma' = (1 - sigma) sigma")]
