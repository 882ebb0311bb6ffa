"""LaTeX as people type it -> the one spelling the grammar reads (issue 21, part 4).

Measured, not guessed: benchmarks/latex_census.py counts the commands of real display rows and measures
which ones the reader reads once they pass through here. What a row types in a variant spelling is rewritten here,
once, after the document's macros are expanded and before any grammar sees the row, so the post's grammar,
the general reader and the explicit reader all read the same canonical text:

    \\dfrac \\tfrac \\cfrac, {a \\over b}          ->  \\frac{a}{b}
    \\pdv{f}{x}, \\pdv[n]{f}{x}, \\pdv{x}, \\pdv{f}{x}{y}, \\dv ...   ->  \\frac{\\partial f}{\\partial x}, ...
    \\qty( ) \\pqty \\bqty \\Bqty \\vqty, \\abs{ }, \\norm{ }, \\ev{ } \\expval{ }, \\left< \\right>
                                              ->  \\left( \\right), |..|, \\|..\\|, \\langle..\\rangle
    \\cosh(a) \\sinh \\tanh \\coth \\sech \\csch  ->  their exponential form, e.g. (e^{a}+e^{-(a)})/2
    \\boxed{ } \\underbrace{ }_{..} \\overbrace \\textcolor{c}{ } \\cancel{ } \\underline{ }  ->  the content
    \\Large \\small ... \\displaystyle \\color{..} \\mathstrut                ->  nothing (style)
    \\therefore \\because                        ->  at the start of a row nothing, else \\implies (a split)
    a_1 + a_2 + \\cdots + a_n (\\dots \\ldots \\dotsc \\dotsb)  ->  \\sum_{k=1}^{n} a_k;  A = \\cdots = B  ->  A = B
    p(x_1) p(x_2) \\cdots p(x_N)                  ->  \\left(\\prod_{k=1}^{N} p(x_k)\\right)
    \\sum_{x_1 \\cdots x_n}, \\sum_{x_1, \\dots, x_n}, \\sum_{x_1}\\cdots\\sum_{x_n}  ->  \\sum_{x} (every configuration of x)
    p(x_1, \\dotsc, x_n), p(x_1, \\ldots, x_n; \\theta)      ->  p(x), p(x; \\theta)
    \\arg\\max_\\theta, \\operatorname*{arg\\,max}_\\theta, \\underset{\\theta}{\\arg\\max}  ->  \\argmax_{\\theta}
    {\\cal L}, {\\rm log}, {\\bf x}, P \\mid\\mid Q     ->  \\mathcal{L}, \\log, \\mathbf{x}, P \\| Q (respell_fonts.py)
    log(x), - log \\sum, sigm(u), Z(eta)        ->  \\log(x), ..., \\operatorname{sigm}(u), Z(\\eta) (respell_names.py)
    d \\ln Z / d\\beta, \\partial \\log Z / \\partial \\theta  ->  \\frac{d \\ln Z}{d \\beta}, ... (respell_slash.py)
    β, ∑, ∂, −, ·, ×, \\kern 3pt, \\not=             ->  \\beta, \\sum, \\partial, -, \\cdot, \\times, nothing, \\neq (respell_unicode.py)
    (Wv)_j, (W^T v)_j, (v^\\top W)_j              ->  \\left(\\sum_{k} W_{jk} v_{k}\\right), ... (respell_matvec.py)
    \\double E                                  ->  \\mathbb{E} (a site's double-struck letter)
    \\what Z, E_{..}\\s{..}, \\dd x (site macros where their use shows their meaning)  ->  \\widehat{Z}, E_{..}\\left[..\\right], \\mathrm{d} x
    \\frac12, \\frac1Z, \\frac{1}Z (unbraced arguments: one token each, as TeX reads them)  ->  \\frac{1}{2}, ...
    \\mathbf{x_{t-1}}, \\hat{y_j}, u^T_{k}              ->  \\mathbf{x}_{t-1}, \\hat{y}_j, u_{k}^T (respell_inner.py)
    \\lbrack \\rbrack                            ->  [ ]
    \\lt \\gt, \\dd{x}, \\vb{x}, \\half, \\bfx                 ->  <, >, \\mathrm{d}x, \\mathbf{x}, \\frac{1}{2}, \\mathbf{x}

Every rewrite is an equivalence of notation (tests/derivation/test_latex_respell.py checks each one gives
the same reading as its canonical spelling); a form that is not exactly one of these (\\cdots whose terms
follow no index pattern, \\ev{A}{\\psi}, \\cosh without a delimited argument) is left as typed, and the
reader then names the command it cannot read. Growth is bounded (MAX_GROWTH): nested hyperbolic functions
stop being expanded past it, never a hang.
"""
from __future__ import annotations

import re

from .macros import group_end
from .mapped import Mapped
from .respell_dots import dots as _dots, nested_sums as _nested_sums
from .respell_shapes import ASIDE as _ASIDE, CONFIGURATION as _CONFIGURATION, aside as _aside, bold_lists as _bold_lists, \
    configuration_args as _configuration_args
from .respell_fonts import old_style as _old_style
from .respell_scripts import braced_scripts as _braced_scripts, grouped_letters as _grouped_letters, \
    plain_dots as _plain_dots, \
    scripted_operator as _scripted_operator
from .respell_names import bare_names as _bare_names
from .respell_inner import inner_scripts as _inner_scripts, script_order as _script_order
from .respell_functions import EXTREMA, HYPERBOLIC, TRIGONOMETRIC, extremum as _extremum, hyperbolic as _hyperbolic, \
    trigonometric as _trigonometric
from .respell_matvec import matrix_vector as _matrix_vector
from .respell_softmax import softmax_components as _softmax_components
from .respell_styles import STYLED, styled as _styled
from .sum_index import states_word as _states_word
from .respell_slash import slash_derivatives as _slash_derivatives
from .respell_unicode import unicode_math as _unicode_math
from .respell_wraps import WRAPS, color as _color, wrapped as _wrapped
from .respell_groups import delimited as _delimited, group as _group, tex_arg as _tex_arg, \
    rebuild as _rebuild, skip as _skip

MAX_PASSES = 8
MAX_GROWTH = 4          # a respelled row is at most this many times its length (+ 400 characters)
MAX_ROW = 3_000         # longer rows are read as typed (each rule looks at its surroundings: time stays bounded)

SIZES = {"space", "enspace", "thinspace", "medspace", "thickspace", "Large", "large", "LARGE", "huge", "Huge", "small", "normalsize", "footnotesize", "scriptsize", "tiny",
         "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "mathstrut", "strut"}
FRACS = {"dfrac", "tfrac", "cfrac"}
BRACKETS = {"qty": None, "pqty": ("(", ")"), "bqty": ("[", "]"), "Bqty": (r"\{", r"\}"), "vqty": ("|", "|"),
            "abs": ("|", "|"), "norm": (r"\|", r"\|"), "ev": (r"\langle", r"\rangle"),
            "expval": (r"\langle", r"\rangle")}
SIMPLE = {"lt": "<", "gt": ">", "half": r"\frac{1}{2}", "given": r"\mid", "Tr": r"\operatorname{Tr}",
          "tr": r"\operatorname{tr}", "mathup": r"\mathrm", "qc": r",\quad", "ud": r"\mathrm{d}", "R": r"\mathbb{R}",
          "Reals": r"\mathbb{R}", "lbrace": r"\{", "rbrace": r"\}", "lbrack": "[", "rbrack": "]", "lVert": r"\|",
          "rVert": r"\|"}
DOTS = {"cdots", "dots", "ldots", "dotsc", "dotsb", "dotsm", "dotsi", "dotso"}
CONNECTIVES = {"therefore", "because"}
_CMD = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.S)
_BF = re.compile(r"bf([A-Za-z]|alpha|beta|theta|phi|mu|lambda|sigma|eta)$")   # \bfx = {\bf x} (site macros)
_ARGMAX = re.compile(r"\\(?:(?:text|mathrm|operatorname|texttt)\s*\{\s*arg\s*\}\s*(?:\\[,;!: ]\s*)*\\(max|min)(?![A-Za-z])|"
                     r"arg\s*\\(max|min)|operatorname\*?\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*(max|min)\s*\}|"
                     r"mathop\s*\{\s*\\(?:mathrm|operatorname)\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*(max|min)\s*\}\s*\}|"
                     r"(?:mathrm|text|textrm|texttt|operatorname\*?|mathop|mathbf|textbf)\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*"
                     r"(max|min)\s*\})")
# E, \\mathbb{E}, \\operatorname{E} and an optional subscript right before: \\s{..} is then its brackets
_EXPECTATION_BEFORE = re.compile(r"(?:(?<![A-Za-z\\])E|\\mathbb\s*\{\s*E\s*\}|\\operatorname\s*\{\s*E\s*\}|\\E)"
                                 r"\s*(?:_\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?[A-Za-z]))?\s*$")
_UNDERSET_ARG = re.compile(r"\\underset\s*\{")
_TEXT_OPERATOR = re.compile(r"\\(?:text|textrm|mbox)\s*\{\s*(KL|D_?\{?KL\}?|Var|Cov|Tr|tr|E|H)\s*\}"
                            r"(?=\s*(?:[(\[_]|\\left(?![A-Za-z])|\\[Bb]igg?l?(?![A-Za-z])))")

_TEXT_FUNCTION = re.compile(r"\\(?:text|textrm|mbox)\s*\{\s*(log|ln|exp)\s*\}")


# ---- one command at a time
def _derivative(text, s, e, d):
    """\\pdv / \\dv (physics package): [order]{f}{x}{y} -> \\frac{d^n f}{d x^n} (d: \\partial or \\mathrm{d})."""
    j, order = e, None
    om = re.compile(r"\s*\[([^\[\]{}]{1,12})\]").match(text, j)
    if om:
        order, j = om.group(1).strip(), om.end()
    groups = []
    while len(groups) < 3:
        g = _group(text, j)
        if not g:
            break
        groups.append(g)
        j = g[2]
    if not groups or (len(groups) == 3 and (d != r"\partial" or order)):
        return None
    up = "^{%s}" % order if order else ""
    if len(groups) == 1:     # \pdv{x}: the operator d/dx
        g = groups[0]
        return (s, j, [r"\frac{" + d + up + "}{" + d + " ", (g[0], g[1]), up + "}"])
    f, x = groups[0], groups[1]
    if len(groups) == 2:
        return (s, j, [r"\frac{" + d + up + " ", (f[0], f[1]), "}{" + d + " ", (x[0], x[1]), up + "}"])
    y = groups[2]            # \pdv{f}{x}{y}: the mixed second derivative
    return (s, j, [r"\frac{" + d + "^{2} ", (f[0], f[1]), "}{" + d + " ", (x[0], x[1]), " " + d + " ",
                   (y[0], y[1]), "}"])


def _command(text, m, nabla=None):
    name, s, e = m.group(1), m.start(), m.end()
    starred = m.group(0).endswith("*")
    if name == "nabla" and not re.compile(r"\s*[_^]").match(text, e):
        # \nabla A(\eta): the gradient of a function of one variable is by that variable; otherwise the one
        # subscript the document gives \nabla. Where the two disagree (\nabla A(\eta) in a document writing only
        # \nabla_x), neither is guessed: the reader names \nabla
        am = _NABLA_OF_ONE.match(text, e)
        own = re.sub(r"\s+", "", am.group(1)) if am else None
        if own and nabla and _undecorated(own) != re.sub(r"\s+", "", nabla):
            return None
        if own:
            return (s, e, [r"\nabla_{", (am.start(1), am.end(1)), "} "])
        return (s, e, [r"\nabla_{" + nabla + "} "]) if nabla else None   # the document's one subscript
    if name in SIZES:
        return (s, e, [" " * (e - s)])
    edit = _styled(text, s, e, name) if name in STYLED else None
    if edit:   # \mathrel{|}, \bold x, \mathcal{L(\theta)}, a closing \blacksquare (respell_styles.py)
        return edit
    if name == "color":
        return _color(text, s, e)
    if name in WRAPS:
        return _wrapped(text, s, e, name)
    if name in FRACS:
        return (s, e, [r"\frac"])
    if name == "frac":
        return _unbraced_frac(text, s, e)
    if name in ("left", "right"):
        k = _skip(text, e)
        want = "<" if name == "left" else ">"
        if k < len(text) and text[k] == want:
            return (s, k + 1, ["\\" + name + (r"\langle " if name == "left" else r"\rangle ")])
        return None
    if name in ("pdv", "dv"):
        return _derivative(text, s, e, r"\partial" if name == "pdv" else r"\mathrm{d}")
    if name in BRACKETS:
        if name == "qty":
            arg = _delimited(text, e)
            if not arg:
                return None
            left = {"(": "(", "[": "[", "{": r"\{", "|": "|", "\\{": r"\{"}[arg[0]]
            right = {"(": ")", "[": "]", "{": r"\}", "|": "|", "\\{": r"\}"}[arg[0]]
            return (s, arg[4], [r"\left" + left + " ", (arg[2], arg[3]), r" \right" + right])
        g = _group(text, e)
        if not g or (name in ("ev", "expval") and _group(text, g[2])):  # \ev{A}{\psi}: a matrix element
            return None
        left, right = BRACKETS[name]
        return (s, g[2], [r"\left" + left + " ", (g[0], g[1]), r" \right" + right])
    if name in SIMPLE:
        after = " " if e < len(text) and text[e].isalpha() else ""
        return (s, e, [SIMPLE[name] + after])
    if name == "dd":
        g = _group(text, e)
        # \dd{x}, and \dd x, \dd \mu(x) unbraced (the physics package's differential d)
        return (s, g[2], [r"\mathrm{d} ", (g[0], g[1])]) if g else (s, e, [r"\mathrm{d} "])
    if name == "double":
        a = _tex_arg(text, e)   # \double E: a site's double-struck letter, \mathbb{E}
        if a and re.fullmatch(r"[A-Za-z]", text[a[0]:a[1]]):
            return (s, a[2], [r"\mathbb{", (a[0], a[1]), "}"])
        return None
    if name == "what" and _tex_arg(text, e):
        a = _tex_arg(text, e)   # \what Z: a site's short name for \widehat{Z}
        return (s, a[2], [r"\widehat{", (a[0], a[1]), "}"])
    if name == "s" and _EXPECTATION_BEFORE.search(text, 0, s):
        g = _group(text, e)   # E\s{..}, E_{x \sim q}\s{..}: a site's square brackets of an expectation
        return (s, g[2], [r"\left[ ", (g[0], g[1]), r" \right]"]) if g else None
    if name == "vb":
        g = _group(text, e)
        style = r"\boldsymbol" if starred else r"\mathbf"
        return (s, g[2], [style + "{", (g[0], g[1]), "}"]) if g else None
    bf = _BF.match(name)
    if bf:
        letter = bf.group(1)
        return (s, e, [(r"\mathbf{%s}" % letter) if len(letter) == 1 else (r"\boldsymbol{\%s}" % letter)])
    if name in ("sum", "prod"):
        g = _group(text, _skip(text, e) + 1) if text[_skip(text, e):_skip(text, e) + 1] == "_" else None
        cm = _CONFIGURATION.fullmatch(text[g[0]:g[1]]) if g else None
        if cm:  # \sum_{x_1 \cdots x_n}: over every configuration of x
            return (g[0], g[1], [(g[0] + cm.start(1), g[0] + cm.end(1))])
        word = _states_word(text, g[2] if g else _subscript_end(text, e))
        if word:   # \sum_j^\text{states}: a word for "over every state", no limit
            return (word[0], word[1], [" "])
        return None
    if name in HYPERBOLIC:
        return _hyperbolic(text, s, e, name)
    if name in TRIGONOMETRIC:
        return _trigonometric(text, s, e, name)
    if name in EXTREMA:
        return _extremum(text, s, e, name)
    if name in CONNECTIVES:
        if not text[:s].strip():
            return (s, e, [" " * (e - s)])
        return (s, e, [r"\implies "])
    if name == "underset":
        g1 = _group(text, e)
        g2 = _group(text, g1[2]) if g1 else None
        if g2:
            am = _ARGMAX.fullmatch(text[g2[0]:g2[1]].strip())
            if am:
                kind = next(k for k in am.groups() if k)
                return (s, g2[2], [r"\arg" + kind + "_{", (g1[0], g1[1]), "}"])
            return _scripted_operator(text, s, g2, sub=g1)
        return None
    if name == "overset":
        g1 = _group(text, e)
        g2 = _group(text, g1[2]) if g1 else None
        return _scripted_operator(text, s, g2, sup=g1) if g2 else None
    if name in ("arg", "operatorname", "mathop", "mathrm", "text", "textrm", "texttt", "mathbf", "textbf"):
        am = _ARGMAX.match(text, s)
        if am:
            kind = next(k for k in am.groups() if k)
            return (s, am.end(), [r"\arg" + kind + " "])
    if name in ("text", "textrm", "mbox"):
        om = _TEXT_OPERATOR.match(text, s)
        if om:   # \text{KL}(p || q): an operator's name typed as text, not words between two equations
            return (s, om.end(), [r"\mathrm{", (om.start(1), om.end(1)), "}"])
        fm = _TEXT_FUNCTION.match(text, s)
        # \text{log} (Q), \text{exp}\left\{..\right\}: the function typed as text, never words; in a script
        # (\langle A \rangle_{\text{exp}}: experiment) a name
        if fm and not re.search(r"[_^]\s*\{\s*$", text[max(0, s - 8):s]):
            return (s, fm.end(), ["\\" + fm.group(1) + " "])
    return None




def _subscript_end(text, e):
    """After `_x` (one token) following a command ending at e; e itself when there is none."""
    k = _skip(text, e)
    if text[k:k + 1] != "_":
        return e
    a = _tex_arg(text, k + 1)
    return a[2] if a else e


def _unbraced_frac(text, s, e):
    """\\frac12, \\frac1Z, \\frac{1}Z, \\frac \\beta 2: arguments that are single tokens, braced as TeX reads them."""
    a = _tex_arg(text, e)
    b = _tex_arg(text, a[2]) if a else None
    if not b or (_group(text, e) and _group(text, a[2])):
        return None
    return (s, b[2], [r"\frac{", (a[0], a[1]), "}{", (b[0], b[1]), "}"])


def _over(text):
    """{a \\over b} -> {\\frac{a}{b}}: the innermost group holding one \\over."""
    edits = []
    for m in re.finditer(r"\\over(?![A-Za-z])", text):
        depth, k = 0, m.start() - 1
        while k >= 0:
            c = text[k]
            if c == "}" and (k == 0 or text[k - 1] != "\\"):
                depth += 1
            elif c == "{" and (k == 0 or text[k - 1] != "\\"):
                if depth == 0:
                    break
                depth -= 1
            k -= 1
        if k < 0:
            continue
        end = group_end(text, k, limit=len(text))
        if end < 0 or len(re.findall(r"\\over(?![A-Za-z])", text[k:end])) != 1:
            continue
        lo, hi = m.end(), end - 1
        inner = re.compile(r"\s*\{").match(text, lo)   # {a \over{b}}: the denominator's own braces are no group of b
        if inner and group_end(text, inner.end() - 1, limit=hi) == len(text[:hi].rstrip()):
            lo, hi = inner.end(), len(text[:hi].rstrip()) - 1
        edits.append((k, end, [r"{\frac{", (k + 1, m.start()), "}{", (lo, hi), "}}"]))
    return edits


def _pass(text, nabla=None):
    edits = []
    pos = 0
    for m in _CMD.finditer(text):
        if m.start() < pos or m.group(1) is None:
            continue
        ed = _command(text, m, nabla)
        if ed and ed[0] >= pos:   # ({\color{..} ..}: an edit may start at the group before the command)
            edits.append(ed)
            pos = ed[1]
    if not edits:
        edits = _over(text) or _nested_sums(text) or _configuration_args(text) or _dots(text) or _aside(text) \
            or _bold_lists(text)
    return edits


# a bare \nabla before a function of one variable, \nabla A(\eta), \nabla \log Z(\theta): that variable (a letter or a
# Greek letter, the function's name without scripts, so \nabla \log p_\theta(x) is not guessed)
# the variable: a letter, a Greek letter, or one styled or decorated (\boldsymbol{\eta}, \hat{\boldsymbol{\eta}})
_VARIABLE = r"(?:\\(?:mathbf|boldsymbol|bm|vec|hat|tilde|bar)\s*\{\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{[^{}]{1,12}\}|[^{}]{1,12})\s*\}" \
            r"|\\[A-Za-z]+|[A-Za-z])"
_NABLA_OF_ONE = re.compile(r"\s*(?:\\(?:log|ln)(?![A-Za-z])\s*)?(?:[A-Za-z]|\\(?:alpha|beta|gamma|phi|psi|Phi|Psi|ell))(?![A-Za-z_^])"
                           r"\s*(?:\\left\s*)?\(\s*(" + _VARIABLE + r")\s*(?:\\right\s*)?\)")
_NABLA_SUB = re.compile(r"\\nabla\s*(?:\^\s*\{?\s*\d\s*\}?\s*)?_\s*(\{(?:[^{}]|\{[^{}]*\}|\{[^{}]*\{[^{}]*\}[^{}]*\}){1,40}\}"
                        r"|\\[A-Za-z]+|[A-Za-z])")
_DECORATION = re.compile(r"\\(?:hat|tilde|bar)\s*\{(.*)\}$")


def _undecorated(variable: str) -> str:
    """\\hat{\\boldsymbol{\\eta}} -> \\boldsymbol{\\eta}: the gradient of A at the estimate is A's gradient by its variable."""
    v = re.sub(r"\s+", "", variable)
    m = _DECORATION.match(v)
    return m.group(1) if m else v


def nabla_convention(document: str) -> str | None:
    """The one subscript a document ever gives \\nabla (\\nabla_\\theta, \\nabla_{\\theta}), or None (none, or
    several): with exactly one, a bare \\nabla in that document is read with it."""
    subs = {re.sub(r"\s+", "", m.group(1)[1:-1] if m.group(1).startswith("{") else m.group(1))
            for m in _NABLA_SUB.finditer(document)}
    return subs.pop() if len(subs) == 1 else None


def respell(m: Mapped, nabla: str | None = None) -> Mapped:
    """The row in the canonical spelling; every character still maps to where it was typed. `nabla`: the
    document's one subscript of \\nabla (nabla_convention), given to a bare \\nabla."""
    if len(m.text) > MAX_ROW:
        return m
    typed = _unicode_math(m.text)   # β, ∑, ∂, −, ·, \kern 3pt, \not= -> \beta, \sum, ... (respell_unicode.py)
    if typed:
        m = _rebuild(m, typed)
    for scripts in (_inner_scripts, _script_order):   # \mathbf{x_i} -> \mathbf{x}_i, u^T_k -> u_k^T (respell_inner.py)
        edits = scripts(m.text)
        if edits:
            m = _rebuild(m, edits)
    names = _bare_names(m.text) + _old_style(m.text) + _plain_dots(m.text) + _braced_scripts(m.text) \
        + _grouped_letters(m.text)   # once
    if names:
        m = _rebuild(m, names)
    names = _slash_derivatives(m.text)   # d \ln Z / d\beta -> \frac{d \ln Z}{d \beta} (respell_slash.py)
    names += _matrix_vector(m.text)   # (W^T v)_j -> \left(\sum_{k} W_{kj} v_{k}\right) (respell_matvec.py)
    names += _softmax_components(m.text)   # softmax(z)_j -> e^{z_j} / sum_k e^{z_k} (respell_softmax.py)
    if names:
        m = _rebuild(m, names)
    if "\\" not in m.text and not _ASIDE.search(m.text):
        return m
    limit = MAX_GROWTH * len(m.text) + 400
    for _ in range(MAX_PASSES):
        try:
            edits = _pass(m.text, nabla)
            new = _rebuild(m, edits) if edits else None
        except (ValueError, IndexError, TypeError, KeyError, RecursionError):
            return m   # a form no rule foresaw: read as typed (the reader names what it cannot read)
        if new is None:
            return m
        if len(new.text) > limit:
            return m
        m = new
    return m
