from common import *
DOC = "11_henry_sigmoid_derivative.md"; TIER = 2
TOPIC = "Quartz/Obsidian note in traditional Chinese (emoji headings): derivative of the sigmoid by the chain rule, rewritten as sigma(1-sigma); \\big( \\big), \\quad \\Rightarrow \\quad in a display"
NOTES = "sigma(x) = 1/(1+e^{-x}) (row 9)"
STEPS = [
    S(9, "not-an-identity", "definition of sigma"),
    S(23, "valid", "sigma as a power"),
    S(27, "valid", "chain rule"),
    S(31, "valid", "d/dx (1 + e^{-x}) = -e^{-x}"),
    S(37, "valid", "substituted"),
    S(37, "valid", "signs cancel"),
    S(45, "not-an-identity", "definition restated"),
    S(45, "valid", "1 - sigma = e^{-x}/(1+e^{-x}) (after \\Rightarrow)"),
    S(51, "valid", "derivative split into two factors"),
    S(51, "valid", "factors named sigma and 1 - sigma"),
    S(57, "valid", "conclusion restated with sigma'"),
]
CLAIMS = [(37, 51, "valid", "sigma' = sigma(1-sigma)")]
