from common import *
DOC = "43_tonkic_sigmoid_note.md"; TIER = 2
TOPIC = "Obsidian note in Chinese: sigmoid, its derivative in the simplified form with \\cdot and \\big( \\big), and expanded"
NOTES = "whole note"
STEPS = [
    S(4, "not-an-identity", "sigmoid defined"),
    S(10, "valid", "sigma' = sigma (1 - sigma)"),
    S(16, "valid", "sigma' = e^{-x}/(1 + e^{-x})^2"),
]
CLAIMS = [(10, 16, "valid", "the two forms of sigma'")]
