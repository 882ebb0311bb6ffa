from h8 import *
DOC = "17_jackey_logodds_sigmoid.md"; TIER = 2
TOPIC = "Hexo blog (align*): solving the log-odds for P, then rewriting sigma(z) = e^z/(1 + e^z) as 1/(1 + e^{-z})"
NOTES = "z := ln(P/(1-P)) (line 5); rows 6-11 solve that equation for P"
_z = lambda r: r.normal() * 2
STEPS = [
    S(4, "not-an-identity", "odds (definition)"),
    S(5, "not-an-identity", "log-odds (definition)"),
    S(5, "not-an-identity", "z names the log-odds"),
    S(6, "not-an-identity", "equation solving"),
    S(7, "not-an-identity", "equation solving"),
    S(8, "not-an-identity", "equation solving"),
    S(9, "not-an-identity", "equation solving"),
    S(10, "not-an-identity", "equation solving"),
    S(11, "not-an-identity", "equation solving"),
    S(12, "valid", "solution of z = ln(P/(1-P)) for P",
      ok=lambda r: (lambda P: (P, np.exp(np.log(P / (1 - P))) / (1 + np.exp(np.log(P / (1 - P))))))(r.uniform(.05, .95))),
    S(23, "not-an-identity", "sigma (definition)"),
    S(28, "not-an-identity", "P named sigma(z)"),
    S(28, "valid", "line 23", ok=lambda r: (lambda z: (np.exp(z) / (1 + np.exp(z)), np.exp(z) / (1 + np.exp(z))))(_z(r))),
    S(29, "valid", "divide numerator and denominator by e^z",
      ok=lambda r: (lambda z: (np.exp(z) / (1 + np.exp(z)), (np.exp(z) / np.exp(z)) / (1 / np.exp(z) + np.exp(z) / np.exp(z))))(_z(r))),
    S(30, "valid", "1/e^z = e^{-z}", ok=lambda r: (lambda z: ((np.exp(z) / np.exp(z)) / (1 / np.exp(z) + 1), 1 / (1 + np.exp(-z))))(_z(r))),
]
CLAIMS = [(28, 30, "valid", "sigma(z) = 1/(1 + e^{-z})")]
