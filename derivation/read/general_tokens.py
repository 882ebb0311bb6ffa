"""The general reader's tokens: letters, decorations, macros, relations; LaTeX as a token list.

`tokenize(text)` gives (kind, value, offset) triples (kind 'cmd', 'num', 'ch'); spacing and sizing
commands are dropped, a few spellings are rewritten first (\\mathop{\\mathbb{E}}, \\underset{..}{\\mathbb{E}},
\\mathrm{log}, \\hspace{..}); `check_commands` names an unknown command before any parsing.
"""
from __future__ import annotations

import re

from .read_error import ReadError
from .reader_slips import PARTIAL_NOTE, missing_partial

GREEK = set("""alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi
    rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega
    Upsilon hbar""".split())   # \hbar: a constant like any letter
DECOS = {"tilde": "tilde", "widetilde": "tilde", "hat": "hat", "widehat": "hat", "bar": "bar",
         "overline": "bar", "mathcal": "cal", "mathscr": "cal", "mathbb": "bb", "vec": ""}
# x^{+}, x^{-}, theta^{*} (\\ast, \\star): a letter of its own, like x' (never a power): kept in the letter's count of
# primes, a hundred per mark, so every reader that keeps x' apart from x keeps x^{+} apart too
MARKS_AS_PRIMES = {"+": 100, "-": 200, "*": 300, "\\sharp": 400}   # f^\sharp: a letter of its own
MARK_PRIMES = 100
STYLES = {"mathrm", "mathbf", "mathit", "boldsymbol", "bm", "mathsf", "pmb", "mathnormal"}
TEXTS = {"text", "textrm", "mbox", "textit", "textbf", "operatorname", "mathrm*", "textnormal", "rm", "it", "bf",
         "texttt", "textsf", "mathtt"}   # \texttt{ELBO}: a name in a typewriter font
DROP = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
        "Biggl", "Biggr", "middle", "displaystyle", "textstyle", "limits", "nolimits", "quad", "qquad",
        ",", ";", ":", "!", " ", "label", "nonumber", "notag", "mathopen", "mathclose", "mathop"}
# The Deep Learning book's notation macros (its public math_commands.tex) and other common ones.
MACROS = {"Vtheta": r"\boldsymbol{\theta}", "RVx": r"\mathbf{x}", "Vx": r"\boldsymbol{x}", "SetE": r"\mathbb{E}",
          "RVh": r"\mathbf{h}", "Vh": r"\boldsymbol{h}", "RVv": r"\mathbf{v}", "Vv": r"\boldsymbol{v}",
          "E": r"\mathbb{E}", "Ex": r"\mathbb{E}", "KL": r"\mathrm{KL}", "Var": r"\mathrm{Var}",
          "Cov": r"\mathrm{Cov}", "R": r"\mathbb{R}", "RVz": r"\mathbf{z}", "Vz": r"\boldsymbol{z}",
          "dd": r"\mathrm{d}", "rmd": r"\mathrm{d}", "diff": r"\mathrm{d}", "ex": r"\mathbb{E}",
          "expect": r"\mathbb{E}", "EE": r"\mathbb{E}", "Prob": "P", "vx": r"\mathbf{x}",
          "vtheta": r"\boldsymbol{\theta}", "btheta": r"\boldsymbol{\theta}", "bx": r"\mathbf{x}",
          "bh": r"\mathbf{h}", "bv": r"\mathbf{v}", "bz": r"\mathbf{z}", "data": r"\mathrm{data}"}
RELATIONS = {"=": "=", "approx": "approx", "simeq": "approx", "propto": "propto", "coloneqq": ":=",
             "triangleq": ":=", "equiv": ":=", "doteq": ":=", "le": "<=", "leq": "<=", "ge": ">=", "geq": ">=",
             "<": "<", ">": ">", "neq": "!=", "ne": "!="}
NAMED = {"Var": "var", "var": "var", "Cov": "cov", "cov": "cov", "KL": "kl", "D_{KL}": "kl", "DKL": "kl",
         "V": "var"}
_TOKEN = re.compile(r"\\([a-zA-Z]+)\*?|\\(.)|(\d+(?:\.\d+)?)|(\s+)|(.)", re.S)


_MATHOP_E = re.compile(r"\\(?:mathop|operatorname\*?)\s*\{\s*(\\mathbb\s*\{\s*E\s*\}|E)\s*\}")
_UNDERSET = re.compile(r"\\underset\s*\{")


def _respell(text: str) -> str:
    """\\mathop{\\mathbb{E}} -> \\mathbb{E}; \\underset{x \\sim p}{\\mathbb{E}} -> \\mathbb{E}_{x \\sim p}, keeping
    the row's length where it can (positions of errors stay close)."""
    text = re.sub(r"\\[hv]space\*?\s*\{[^{}]*\}", lambda m: " " * len(m.group(0)), text)
    # \mathrm{log} is the function; in a script (\langle A \rangle_{\text{exp}}: from the experiment) a name
    text = re.sub(r"\\(?:mathrm|operatorname|textrm|text|rm)\s*\{\s*(log|ln|exp)\s*\}",
                  lambda m: m.group(0) if re.search(r"[_^]\s*\{\s*$", m.string[max(0, m.start() - 8):m.start()])
                  else ("\\" + m.group(1)).ljust(len(m.group(0))), text)
    text = _MATHOP_E.sub(lambda m: r"\mathbb{E}".ljust(len(m.group(0))), text)
    while True:
        m = _UNDERSET.search(text)
        if not m:
            return text
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += text[j] == "{"
            depth -= text[j] == "}"
            j += 1
        sub = text[m.end():j - 1]
        rest = re.match(r"\s*\{\s*\\mathbb\s*\{\s*E\s*\}\s*\}", text[j:])
        if not rest:
            return text
        text = text[:m.start()] + r"\mathbb{E}_{" + sub + "}" + text[j + rest.end():]


def tokenize(text: str):
    """(kind, value, offset): kind 'cmd', 'num', 'ch'; spacing and sizing commands are dropped."""
    text = _respell(text)
    out = []
    for m in _TOKEN.finditer(text):
        if m.group(4):
            continue
        if m.group(1):
            name = m.group(1)
            if name in MACROS:
                out += [(k, v, m.start()) for k, v, _ in tokenize(MACROS[name])]
                continue
            if name in ("left", "right") and text[m.end():m.end() + 1] == ".":
                out.append(("skip", ".", m.start()))
            if name in DROP:
                if name in ("label",):
                    out.append(("cmd", "label", m.start()))
                continue
            out.append(("cmd", name, m.start()))
        elif m.group(2):
            c = m.group(2)
            if c in ",;:! ":
                continue
            if c == "\\":
                raise ReadError("a row break inside a row", m.start(), "one row")
            out.append(("cmd", c, m.start()))  # \{ \} \| \,
        elif m.group(3):
            out.append(("num", m.group(3), m.start()))
        else:
            c = m.group(5)
            if c in "&~":
                continue
            out.append(("ch", c, m.start()))
    # drop `\left.`/`\right.` dots and \label{...}
    cleaned, k = [], 0
    while k < len(out):
        t = out[k]
        if t[0] == "skip":
            k += 2
            continue
        if t == ("cmd", "label", t[2]):
            depth, k = 0, k + 1
            while k < len(out):
                depth += out[k][1] == "{" and out[k][0] == "ch"
                depth -= out[k][1] == "}" and out[k][0] == "ch"
                k += 1
                if depth == 0:
                    break
            continue
        cleaned.append(t)
        k += 1
    return cleaned


OPERATORS = {"hspace", "vspace", "underset", "operatorname"} | set("""frac dfrac tfrac sqrt sum prod int oint iint partial nabla log ln exp langle rangle cdot times ast
    sim in mid vert lvert rvert Vert infty prime pm ell emptyset to rightarrow""".split())
KNOWN = OPERATORS | GREEK | set(DECOS) | STYLES | TEXTS | DROP | set(MACROS) | set(RELATIONS)
KNOWN |= {"argmax", "argmin"}   # derivation/meaning/meaning_argmax.py
KNOWN |= {"top", "intercal", "transpose"}   # transposes of explicit energies (derivation/meaning/explicit.py)
KNOWN |= {"sharp"}   # f^\sharp: a mark, a letter of its own (general_atoms.py)
KNOWN |= {"perp", "parallel"}   # T_\perp: a name in a script (general_atoms.py); x \perp y is a relation (relations.py)


# Commands with a standard meaning that the respelling (respell*.py) could not turn into what the grammar reads in
# this place: say what they mean and why the row is not read, never "unknown".
_DOTS = {"cdots", "dots", "ldots", "dotsc", "dotsb", "dotsm", "dotsi", "dotso", "vdots", "ddots"}
_ARROWS = {"implies", "Rightarrow", "Longrightarrow", "iff", "Leftrightarrow", "Longleftrightarrow", "impliedby",
           "Leftarrow", "therefore", "because"}
UNREAD_MEANING = {
    **{d: ("terms left out with \\{0}, in no pattern the checker can complete (it reads a_1 + \\cdots + a_n, "
           "p(x_1) \\cdots p(x_N), \\sum_{{x_1}} \\cdots \\sum_{{x_n}})", "the terms written with \\sum or \\prod")
       for d in _DOTS},
    **{h: ("\\{0} before an argument the checker cannot delimit (\\{0} \\beta (J + h): of beta (J + h), or of beta "
               "times (J + h)?)",
           "\\{0}(...) with its argument in parentheses")
       for h in ("cosh", "sinh", "tanh", "coth", "sech", "csch")},
    **{a: ("\\{0} inside an equation: it relates two equations (A = B \\{0} C = D) and is read between them or at "
           "the start of a row", "an equation on each side of \\{0}") for a in _ARROWS},
    "braket": ("\\braket{{..}} means <a> in the braket package but <a|a> in the physics package",
               "\\langle .. \\rangle"),
}
# an environment inside a row (`p_{ij} = \\begin{cases} ... \\end{cases}`, a matrix written out): what it means, and
# why the row is not read (a case holds under its condition, which the checker does not read; a matrix is no scalar)
_ENV = re.compile(r"\s*\{([a-zA-Z]+\*?)\}")
_CASES = ("a piecewise definition (\\begin{cases}): each case holds only under its condition, which the checker does "
          "not read yet", "one equation per case, each with its condition in words")
_MATRIX = ("a matrix written out (\\begin{pmatrix}): the checker reads scalars and index sums, not matrices",
           "the entries as equations of their own, or an index sum")
_ENV_MEANING = {"cases": _CASES, "dcases": _CASES, "rcases": _CASES,
                **{e: _MATRIX for e in ("matrix", "pmatrix", "bmatrix", "vmatrix", "Vmatrix", "Bmatrix", "smallmatrix")}}
_SERIES = re.compile(r"[+-]\s*\\(?:cdots|dots|ldots|dotsb|dotsc)(?![A-Za-z])\s*$")


_RANGE = re.compile(r"_\s*\{\s*([A-Za-z0-9]+\s*:\s*[A-Za-z0-9+-]+)\s*\}")
_FACTORIAL = re.compile(r"(?<![\\!])(?<=[A-Za-z0-9})])\s*!(?![=!])")


def check_commands(text: str) -> None:
    """Name an unknown command before parsing: the most common reason a row is unreadable."""
    at = missing_partial(text)
    if at is not None:   # \frac{\partial}{o_k} (reader_slips.py): never a division by o_k
        raise ReadError(PARTIAL_NOTE, at, "\\frac{\\partial}{\\partial o_k}")
    rm = _RANGE.search(text)
    if rm:   # x_{0:T} (x_{1:m} is the configuration: respell_fonts.py): a sequence of states, named
        raise ReadError(f"a range of indices _{{{rm.group(1)}}} (a sequence of states or components): not read yet",
                        rm.start(), "the states written one by one, or a configuration x_{1:n}")
    fm = _FACTORIAL.search(text)
    if fm:   # N!: a factorial has a fixed meaning (not an arbitrary function of N): not read yet, said so
        raise ReadError("a factorial (n!): not read yet", fm.start() + fm.group(0).index("!"),
                        "the row without the factorial, or \\Gamma written out")
    for m in re.finditer(r"\\([a-zA-Z]+)", text):
        name = m.group(1)
        if name in KNOWN:
            continue
        if name in _DOTS and _SERIES.search(text[:m.end() + 1]) and not text[m.end():].strip():
            raise ReadError("a series cut off with + \\" + name + ": the terms left out are not written, so the side "
                            "has no value to compare", m.start(), "the series written with \\sum, or \\approx for a "
                            "truncated one")
        env = _ENV.match(text, m.end()) if name == "begin" else None
        if env and env.group(1) in _ENV_MEANING:   # an environment inside a row: named, never "unknown \\begin"
            what, expected = _ENV_MEANING[env.group(1)]
            raise ReadError(what, m.start(), expected)
        if name in UNREAD_MEANING:
            what, expected = UNREAD_MEANING[name]
            raise ReadError(what.format(name), m.start(), expected.format(name))
        raise ReadError(f"unknown command \\{name}", m.start(),
                        "a command of the notation (\\frac, \\partial, \\sum, \\log, \\int, \\langle, ...)")
