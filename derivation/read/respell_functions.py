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
    arg = _argument(text, j)   # delimited, or \tanh \beta J: the factors up to the end of the term (tanh(beta J))
    if arg is None:
        return None
    a, b, end = arg
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


TRIGONOMETRIC = {"sin", "cos", "tan"}
EXTREMA = {"max", "min"}


def _argument(text, j):
    """(start, end of the argument, end of the form) of a function's argument at text[j]: delimited, or the
    undelimited factors up to the end of the term (as hyperbolic reads them); None when it cannot be delimited."""
    arg = _delimited(text, j)
    if arg:
        return arg[2], arg[3], arg[4]
    om, k = None, j
    for _ in range(_MAX_FACTORS):
        more = _FACTOR.match(text, k)
        if not more or more.end() == k:
            break
        om, k = more, more.end()
        if _STOP.match(text, k):
            break
    if not om or not _STOP.match(text, om.end()):
        om = _ONE_TOKEN.match(text, j)
        if not om or not _STOP.match(text, om.end()):
            return None
    return _skip(text, j), om.end(), om.end()


def trigonometric(text, s, e, name):
    """\\sin x, \\sin(a), \\sin^2 \\theta, \\cos \\pi\\theta -> {\\operatorname{sin}(..)}, a power on the whole: the
    function of its own meaning (meaning/vocabulary/functions.py), never a product sin times x."""
    j, power = e, None
    pm = re.compile(r"\s*\^\s*(\{[^{}]*\}|\d)").match(text, j)
    if pm:
        power, j = pm.group(1), pm.end()
    arg = _argument(text, j)
    if arg is None:
        return None
    a, b, end = arg
    pieces = ["{\\operatorname{" + name + "}(", (a, b), ")}"]
    if power:
        pieces = ["{"] + pieces + ["}^" + power]
    return (s, end, pieces)


def extremum(text, s, e, name):
    """\\max(a, b), \\min\\{a, b\\}, \\max\\left(a, 0\\right): the largest (smallest) of the values listed ->
    \\operatorname{max}(a, b). A maximum over an index (\\max_k z_k, \\max_\\theta f) is left as typed."""
    arg = _delimited(text, e) or _escaped_braces(text, e)
    if not arg or arg[0] not in ("(", "[", "{", "\\{") or not _top_comma(text, arg[2], arg[3]):
        return None
    return (s, arg[4], ["\\operatorname{" + name + "}(", (arg[2], arg[3]), ")"])


def _escaped_braces(text, i):
    """(open, close, inner start, inner end, end) of \\{ .. \\} at text[i] (no brace pair inside), or None."""
    m = re.compile(r"\s*\\\{").match(text, i)
    if not m:
        return None
    close = text.find("\\}", m.end())
    if close < 0 or "\\{" in text[m.end():close]:
        return None
    return ("\\{", "\\}", m.end(), close, close + 2)


def _top_comma(text, a, b) -> bool:
    depth = 0
    for k in range(a, b):
        c = text[k]
        if c in "({[" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif c in ")}]" and (k == 0 or text[k - 1] != "\\"):
            depth -= 1
        elif c == "," and depth == 0:
            return True
    return False
