from common import *
DOC = "48_caramdir_logistic_derivative.md"; TIER = 2
TOPIC = "Obsidian note with YAML front matter: logistic function g and g' = g(1 - g), tab-indented displays"
NOTES = "whole note"
STEPS = [
    S(10, "not-an-identity", "logistic function defined"),
    S(14, "valid", "g'(z) = g(z)(1 - g(z))", ok=lambda r: (lambda z: (d(sig, z), sig(z) * (1 - sig(z))))(r.normal() * 2)),
]
CLAIMS = [(14, 14, "valid", "derivative of the logistic function")]
