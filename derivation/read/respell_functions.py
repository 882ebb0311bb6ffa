"""Hyperbolic functions as people type them (respell.py): \\cosh(a) -> (e^{a} + e^{-(a)})/2 and its kin.

The argument is what the function is applied to as typeset: a delimited group ((..), [..], {..}, \\left( .. \\right)),
or, undelimited, the factors up to the end of the term (\\tanh x, \\cosh \\frac{\\beta \\Delta}{2}, \\sinh \\theta_i, and
\\tanh \\beta J as physicists write it: tanh(beta J)). The term ends at a sign, a closing bracket, a relation, words, an
explicit product sign (\\cosh a \\cdot b) or the next function (\\cosh x \\sinh y); an argument that goes on with
anything else (\\cosh \\beta (J + h), \\cosh x \\sum_i ..) is not guessed: left as typed, the reader says why
(general_tokens.py).
"""
from __future__ import annotations

import re

from .respell_groups import delimited as _delimited, skip as _skip

HYPERBOLIC = {  # f(a) in terms of A = e^{a} and B = e^{-(a)}
    "cosh": r"\frac{{A}+{B}}{2}", "sinh": r"\frac{{A}-{B}}{2}", "tanh": r"\frac{{A}-{B}}{{A}+{B}}",
    "coth": r"\frac{{A}+{B}}{{A}-{B}}", "sech": r"\frac{2}{{A}+{B}}", "csch": r"\frac{2}{{A}-{B}}"}

# the end of an undelimited argument: a sign, a closing bracket, a relation, words, an explicit product sign, or
# the next function (\cosh x \sinh y is cosh(x) sinh(y))
_STOP = re.compile(r"\s*(?:$|[+\-=)\]},<>&]|\\right(?![A-Za-z])|\\[a-z]*(?:eq|approx|sim)(?![A-Za-z])"
                   r"|\\(?:le|ge|lt|gt|ll|gg|ne|quad|qquad|text|textrm|mbox|implies|Rightarrow|Longrightarrow|iff|"
                   r"cdot|times|bigr|Bigr|biggr|Biggr)(?![A-Za-z])"
                   r"|\\(?:cosh|sinh|tanh|coth|sech|csch|log|ln|exp|sin|cos|tan)(?![A-Za-z]))")
_GREEK = (r"alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|"
          r"tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega|ell|hbar")
_SCRIPT = r"(?:\s*[_^]\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]))*"
_FACTOR = re.compile(r"\s*(?:\\(?:" + _GREEK + r")(?![A-Za-z])|[A-Za-z]|\d+(?:\.\d+)?|\\frac\s*\{[^{}]*\}\s*\{[^{}]*\})"
                     + _SCRIPT + r"(?:\s*\\[,;: ])?")
_MAX_FACTORS = 6   # \cosh \beta J h_i: more factors than this are no argument anyone types undelimited
_ONE_TOKEN = re.compile(r"\s*(?:\\[A-Za-z]+|[A-Za-z0-9])(?:_(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?")


def hyperbolic(text, s, e, name):
    """\\cosh(a) -> (e^{a} + e^{-(a)})/2, and its kin; a power \\cosh^2(a) stays on the whole."""
    j, power = e, None
    pm = re.compile(r"\s*\^\s*(\{[^{}]*\}|\d)").match(text, j)
    if pm:
        power, j = pm.group(1), pm.end()
    arg = _delimited(text, j)
    if arg:
        a, b, end = arg[2], arg[3], arg[4]
    else:  # \tanh x, \cosh \frac{\beta}{2}, \tanh \beta J: the factors up to the end of the term (tanh(beta J))
        om, k = None, j
        for _ in range(_MAX_FACTORS):
            more = _FACTOR.match(text, k)
            if not more or more.end() == k:
                break
            om, k = more, more.end()
            if _STOP.match(text, k):
                break
        if not om or not _STOP.match(text, om.end()):
            om = _ONE_TOKEN.match(text, j)   # \tanh \theta_i: one command, then the end of the term
            if not om or not _STOP.match(text, om.end()):
                return None
        a, b, end = _skip(text, j), om.end(), om.end()
    pieces = ["{"]   # a brace group, never parentheses: J \tanh(a) is J times tanh(a), not J applied to it
    for part in re.split(r"(\{A\}|\{B\})", HYPERBOLIC[name]):
        if part == "{A}":
            pieces += ["e^{", (a, b), "}"]
        elif part == "{B}":
            pieces += ["e^{-(", (a, b), ")}"]
        else:
            pieces.append(part)
    pieces.append("}")
    if power:
        pieces = ["{"] + pieces + ["}^" + power]
    return (s, end, pieces)
