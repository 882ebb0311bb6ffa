"""LaTeX as people type it -> the one spelling the grammar reads (issue 21, part 4).

Measured, not guessed: benchmarks/latex_census.py counts the commands of real display rows and asks
`reads(name)` whether the reader reads each one. What a row types in a variant spelling is rewritten here,
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
    \\arg\\max_\\theta, \\operatorname*{arg\\,max}_\\theta, \\underset{\\theta}{\\arg\\max}  ->  \\argmax_{\\theta}
    \\lt \\gt, \\dd{x}, \\vb{x}, \\half, \\bfx                 ->  <, >, \\mathrm{d}x, \\mathbf{x}, \\frac{1}{2}, \\mathbf{x}

Every rewrite is an equivalence of notation (tests/derivation/test_latex_respell.py checks each one gives
the same reading as its canonical spelling); a form that is not exactly one of these (\\cdots whose terms
follow no index pattern, \\ev{A}{\\psi}, \\cosh without a delimited argument) is left as typed, and the
reader then names the command it cannot read. Growth is bounded (MAX_GROWTH): nested hyperbolic functions
stop being expanded past it, never a hang.
"""
from __future__ import annotations

import re

from . import general_tokens, macros, relations
from .macros import group_end
from .mapped import Builder, Mapped

MAX_PASSES = 8
MAX_GROWTH = 4          # a respelled row is at most this many times its length (+ 400 characters)
MAX_DOTS = 32          # dots looked at in one row (each looks at its surroundings)
MAX_ROW = 3_000         # longer rows are read as typed (each rule looks at its surroundings: time stays bounded)

SIZES = {"Large", "large", "LARGE", "huge", "Huge", "small", "normalsize", "footnotesize", "scriptsize", "tiny",
         "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "mathstrut", "strut"}
WRAPS = {"boxed", "fbox", "underline", "cancel", "bcancel", "xcancel", "underbrace", "overbrace", "textcolor",
         "colorbox", "bbox"}
FRACS = {"dfrac", "tfrac", "cfrac"}
HYPERBOLIC = {  # f(a) in terms of A = e^{a} and B = e^{-(a)}
    "cosh": r"\frac{{A}+{B}}{2}", "sinh": r"\frac{{A}-{B}}{2}", "tanh": r"\frac{{A}-{B}}{{A}+{B}}",
    "coth": r"\frac{{A}+{B}}{{A}-{B}}", "sech": r"\frac{2}{{A}+{B}}", "csch": r"\frac{2}{{A}-{B}}"}
BRACKETS = {"qty": None, "pqty": ("(", ")"), "bqty": ("[", "]"), "Bqty": (r"\{", r"\}"), "vqty": ("|", "|"),
            "abs": ("|", "|"), "norm": (r"\|", r"\|"), "ev": (r"\langle", r"\rangle"),
            "expval": (r"\langle", r"\rangle")}
SIMPLE = {"lt": "<", "gt": ">", "half": r"\frac{1}{2}", "given": r"\mid", "Tr": r"\operatorname{Tr}",
          "tr": r"\operatorname{tr}", "qc": r",\quad", "ud": r"\mathrm{d}", "R": r"\mathbb{R}",
          "Reals": r"\mathbb{R}", "lbrace": r"\{", "rbrace": r"\}", "lVert": r"\|", "rVert": r"\|"}
DOTS = {"cdots", "dots", "ldots", "dotsc", "dotsb", "dotsm", "dotsi", "dotso"}
CONNECTIVES = {"therefore", "because"}
_CMD = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.S)
_BF = re.compile(r"bf([A-Za-z]|alpha|beta|theta|phi|mu|lambda|sigma|eta)$")   # \bfx = {\bf x} (site macros)
_ARGMAX = re.compile(r"\\(?:arg\s*\\(max|min)|operatorname\*?\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*(max|min)\s*\}|"
                     r"mathop\s*\{\s*\\(?:mathrm|operatorname)\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*(max|min)\s*\}\s*\}|"
                     r"(?:mathrm|text|textrm|operatorname\*?)\s*\{\s*arg\s*(?:\\[,;!: ]\s*)*(max|min)\s*\})")
_UNDERSET_ARG = re.compile(r"\\underset\s*\{")
_CONFIGURATION = re.compile(r"\s*((?:\\[A-Za-z]+\s*\{\s*)?[A-Za-z]\s*\}?)_\{?\s*1\s*\}?\s*,?\s*(?:\1_\{?\s*2\s*\}?\s*,?\s*)?"
                            r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])\s*,?\s*\1_\{?\s*[A-Za-z]\s*\}?\s*")


# ---- what the reader reads (asked by the census)
_DOCUMENT = {"begin", "end", "label", "tag", "nonumber", "notag", "hline", "eqref", "intertext",
             "shortintertext", "allowbreak", "newcommand", "renewcommand", "providecommand", "def",
             "DeclareMathOperator", "vspace", "hspace", "color"}
_SYMBOLS = {"{", "}", "|", ",", ";", ":", "!", " ", "_", "*"}   # \_ \* : Markdown escapes (document.py)
_CONSTRUCTS = {"<document macro>", "<\\left< angle>", "<derivative of order >= 4>"}


def reads(name: str) -> bool:
    """Whether the reader reads this command (no backslash) or construct (a name in angle brackets)."""
    if name.startswith("<"):
        return name in _CONSTRUCTS
    if len(name) == 1 and not name.isalpha():
        return name in _SYMBOLS
    return (name in general_tokens.KNOWN or name in _DOCUMENT or name in macros.KNOWN
            or name in relations.RELATION_WORDS or name in relations.SEPARATOR_WORDS
            or name in relations.TEXT_WORDS or name in relations.STACK_WORDS
            or name in SIZES or name in WRAPS or name in FRACS or name in HYPERBOLIC or name in BRACKETS
            or name in SIMPLE or name in DOTS or name in CONNECTIVES or name in ("over", "pdv", "dv", "dd", "vb")
            or bool(_BF.match(name)))


# ---- editing a Mapped text: pieces are strings (new text) or (a, b) spans of the old text
def _rebuild(m: Mapped, edits) -> Mapped:
    out = Builder()
    pos = 0
    for a, b, pieces in sorted(edits, key=lambda e: e[0]):
        if a < pos:
            continue
        if a > pos:
            out.add_mapped(m.slice(pos, a))
        origin = m.source_offset(a)
        for p in pieces:
            if isinstance(p, tuple):
                if p[1] > p[0]:
                    out.add_mapped(m.slice(*p))
            elif p:
                out.add(p, origin, False)
        pos = b
    if pos < len(m.text):
        out.add_mapped(m.slice(pos, len(m.text)))
    return out.build()


def _skip(text, i):
    while i < len(text) and text[i] in " \t\n":
        i += 1
    return i


def _group(text, i):
    """(inner start, inner end, end) of the {group} at text[i] (spaces skipped), or None."""
    i = _skip(text, i)
    if i >= len(text) or text[i] != "{":
        return None
    end = group_end(text, i, limit=len(text))
    return (i + 1, end - 1, end) if end > 0 else None


def _delimited(text, i):
    """(open, close, inner start, inner end, end) of (..), [..], {..}, |..| or \\left(..\\right) at text[i]."""
    i = _skip(text, i)
    if i >= len(text):
        return None
    if text[i] == "{":
        g = _group(text, i)
        return ("{", "}", g[0], g[1], g[2]) if g else None
    lm = re.compile(r"\\left\s*(\(|\[|\\\{|\|)").match(text, i)
    if lm:
        closer = {"(": r"\right\s*\)", "[": r"\right\s*\]", "\\{": r"\right\s*\\\}", "|": r"\right\s*\|"}
        depth, j = 0, lm.end()
        for mm in re.finditer(r"\\left(?![A-Za-z])|\\right(?![A-Za-z])", text[j:]):
            if mm.group(0) == r"\left":
                depth += 1
                continue
            if depth:
                depth -= 1
                continue
            k = j + mm.start()
            cm = re.compile(closer[lm.group(1)]).match(text, k)
            return (lm.group(1), "", j, k, cm.end()) if cm else None
        return None
    pairs = {"(": ")", "[": "]", "|": "|"}
    if text[i] not in pairs:
        return None
    open_, close = text[i], pairs[text[i]]
    depth, braces, j = 0, 0, i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            braces += 1
        elif c == "}":
            braces -= 1
            if braces < 0:
                return None
        elif braces == 0 and c == close and depth == 0:
            return (open_, close, i + 1, j, j + 1)
        elif braces == 0 and c == open_ and open_ != close:
            depth += 1
        elif braces == 0 and c == close:
            depth -= 1
        j += 1
    return None


def _balanced_round(text, a, b) -> bool:
    depth = 0
    for c in text[a:b]:
        depth += c in "([{"
        depth -= c in ")]}"
        if depth < 0:
            return False
    return depth == 0


def _has_relation(text: str) -> bool:
    return any(t.kind == "relation" for t in relations.scan(text))


# ---- one command at a time
def _wrap(text, a, b):
    """The content of \\boxed{..} and friends: bare when it holds the row's relation (\\boxed{U = ..}), else a group."""
    return [" ", (a, b), " "] if _has_relation(text[a:b]) else ["{", (a, b), "}"]


def _script(text, j, mark):
    """End of an optional `_{..}` / `^{..}` (or one token) at text[j] (mark is `_` or `^`)."""
    k = _skip(text, j)
    if k >= len(text) or text[k] != mark:
        return j
    g = _group(text, k + 1)
    if g:
        return g[2]
    m = _CMD.match(text, _skip(text, k + 1))
    if m:
        return m.end()
    k = _skip(text, k + 1)
    return k + 1 if k < len(text) else j


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


_STOP = re.compile(r"\s*(?:$|[+\-=)\]},<>&]|\\right(?![A-Za-z])|\\[a-z]*(?:eq|approx|sim)(?![A-Za-z]))")
_ONE_TOKEN = re.compile(r"\s*(?:\\[A-Za-z]+|[A-Za-z0-9])(?:_(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?")


def _hyperbolic(text, s, e, name):
    """\\cosh(a) -> (e^{a} + e^{-(a)})/2, and its kin; a power \\cosh^2(a) stays on the whole."""
    j, power = e, None
    pm = re.compile(r"\s*\^\s*(\{[^{}]*\}|\d)").match(text, j)
    if pm:
        power, j = pm.group(1), pm.end()
    arg = _delimited(text, j)
    if arg:
        a, b, end = arg[2], arg[3], arg[4]
    else:  # \tanh x, \cosh \beta J is not: one token, then the end of the term
        om = _ONE_TOKEN.match(text, j)
        if not om or not _STOP.match(text, om.end()):
            return None
        a, b, end = _skip(text, j), om.end(), om.end()
    pieces = [r"\left("]
    for part in re.split(r"(\{A\}|\{B\})", HYPERBOLIC[name]):
        if part == "{A}":
            pieces += ["e^{", (a, b), "}"]
        elif part == "{B}":
            pieces += ["e^{-(", (a, b), ")}"]
        else:
            pieces.append(part)
    pieces.append(r"\right)")
    if power:
        pieces = [r"\left("] + pieces + [r"\right)^" + power]
    return (s, end, pieces)


def _command(text, m):
    name, s, e = m.group(1), m.start(), m.end()
    starred = m.group(0).endswith("*")
    if name in SIZES:
        return (s, e, [" " * (e - s)])
    if name == "color":
        j = e
        om = re.compile(r"\s*\[[^\]]*\]").match(text, j)
        j = om.end() if om else j
        g = _group(text, j)
        return (s, g[2], [" "]) if g else None
    if name in WRAPS:
        j = e
        if name == "bbox":
            om = re.compile(r"\s*\[[^\]]*\]").match(text, j)
            j = om.end() if om else j
        if name in ("textcolor", "colorbox"):
            g = _group(text, j)
            if not g:
                return None
            j = g[2]
        g = _group(text, j)
        if not g:
            return None
        end = g[2]
        if name in ("underbrace", "overbrace"):
            end = _script(text, end, "_" if name == "underbrace" else "^")
        return (s, end, _wrap(text, g[0], g[1]))
    if name in FRACS:
        return (s, e, [r"\frac"])
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
        return (s, g[2], [r"\mathrm{d} ", (g[0], g[1])]) if g else None
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
        return None
    if name in HYPERBOLIC:
        return _hyperbolic(text, s, e, name)
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
        return None
    if name in ("arg", "operatorname", "mathop", "mathrm", "text", "textrm"):
        am = _ARGMAX.match(text, s)
        if am:
            kind = next(k for k in am.groups() if k)
            return (s, am.end(), [r"\arg" + kind + " "])
    return None


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
        edits.append((k, end, [r"{\frac{", (k + 1, m.start()), "}{", (m.end(), end - 1), "}}"]))
    return edits


# ---- a_1 + a_2 + \cdots + a_n -> \sum_{k=1}^{n} a_k
_TOK = re.compile(r"\\[A-Za-z]+\*?|\\.|\d+|\s+|.", re.S)
_DOTS = re.compile(r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])")
_BOUNDARY_WORDS = set(relations.RELATION_WORDS) | relations.SEPARATOR_WORDS | {"quad", "qquad", "text"}


def _tokens(text, a, b):
    return [(t.group(0), t.start()) for t in _TOK.finditer(text, a, b) if not t.group(0).isspace()]


def _normal(tokens):
    """Tokens of a term with one-token script braces dropped (x_{1} and x_1 alike)."""
    out, k = [], 0
    while k < len(tokens):
        t = tokens[k][0]
        if t in "_^" and k + 3 < len(tokens) and tokens[k + 1][0] == "{" and tokens[k + 3][0] == "}":
            out += [t, tokens[k + 2][0]]
            k += 4
            continue
        out.append(t)
        k += 1
    return out


def _region(toks, at):
    """Token range [lo, hi) around index `at` bounded by an unmatched bracket, a relation, `&` or `,`."""
    def boundary(t):
        return t in ("=", "<", ">", "&", ",") or (t.startswith("\\") and t[1:].rstrip("*") in _BOUNDARY_WORDS)
    depth, lo = 0, 0
    for k in range(at - 1, -1, -1):
        t = toks[k][0]
        if t in (")", "]", "}") or t == r"\}":
            depth += 1
        elif t in ("(", "[", "{") or t == r"\{":
            if depth == 0:
                lo = k + 1
                break
            depth -= 1
        elif depth == 0 and boundary(t):
            lo = k + 1
            break
    depth, hi = 0, len(toks)
    for k in range(at + 1, len(toks)):
        t = toks[k][0]
        if t in ("(", "[", "{") or t == r"\{":
            depth += 1
        elif t in (")", "]", "}") or t == r"\}":
            if depth == 0:
                hi = k
                break
            depth -= 1
        elif depth == 0 and boundary(t):
            hi = k
            break
    return lo, hi


def _terms(toks, lo, hi):
    """[(sign, first token, end token)] of the depth-0 terms in toks[lo:hi]."""
    terms, depth, sign, start = [], 0, "", lo
    for k in range(lo, hi):
        t = toks[k][0]
        if t in ("(", "[", "{") or t == r"\{":
            depth += 1
        elif t in (")", "]", "}") or t == r"\}":
            depth -= 1
        elif depth == 0 and t in "+-" and k > start:
            terms.append((sign, start, k))
            sign, start = t, k + 1
        elif depth == 0 and t in "+-":
            sign, start = t, k + 1
    terms.append((sign, start, hi))
    return terms


def _pattern(first_values, terms_norm, last_norm):
    """The index positions, start value and bound when terms_norm[j] is last_norm with str(v + j) there."""
    n = len(last_norm)
    if any(len(t) != n for t in terms_norm):
        return None
    diff = [i for i in range(n) if terms_norm[0][i] != last_norm[i]]
    if not diff or not terms_norm[0][diff[0]].isdigit():
        return None
    v = int(terms_norm[0][diff[0]])
    bound = last_norm[diff[0]]
    for j, t in enumerate(terms_norm):
        for i in range(n):
            want = str(v + j) if i in diff else last_norm[i]
            if t[i] != want:
                return None
    if any(last_norm[i] != bound for i in diff) or (bound.isdigit() and int(bound) < v + len(terms_norm)):
        return None
    if not (bound.isdigit() or re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", bound)):
        return None
    return diff, v, bound


def _dots(text):
    edits = []
    toks = _tokens(text, 0, len(text))
    letters = {t for t, _ in toks if len(t) == 1 and t.isalpha()}
    index = next((c for c in "kjlmrst" if c not in letters), None)
    if index is None:
        return edits
    seen = 0
    for at, (t, _) in enumerate(toks):
        if not _DOTS.fullmatch(t):
            continue
        seen += 1
        if seen > MAX_DOTS:
            break
        if 0 < at < len(toks) - 1 and toks[at - 1][0] == "=" and toks[at + 1][0] == "=":
            edits.append((toks[at][1], toks[at + 1][1] + 1, [" "]))  # A = \cdots = B: steps left out, A = B
            continue
        lo, hi = _region(toks, at)
        terms = _terms(toks, lo, hi)
        here = next((q for q, (_, a, b) in enumerate(terms) if a == at and b == at + 1), None)
        if here is None:
            inside = next(((a, b) for _, a, b in terms if a <= at < b), None)
            edit = _product(toks, at, inside, index) if inside else None
            if edit:
                edits.append(edit)
            continue
        if here == 0 or here + 1 >= len(terms) or terms[here][0] != "+" or terms[here + 1][0] != "+":
            continue
        last = _normal(toks[terms[here + 1][1]:terms[here + 1][2]])
        found = None
        for k in range(min(here, 4), 0, -1):  # the most terms before the dots that follow the pattern
            group = terms[here - k:here]
            if any(sg != "+" for sg, _, _ in group[1:]):
                continue
            got = _pattern(None, [_normal(toks[a:b]) for _, a, b in group], last)
            if got:
                found = (k, got)
                break
        if not found:
            continue
        k, (diff, v, bound) = found
        _, a0, b0 = terms[here - k]
        edits.append(_generalized(toks, toks[a0:b0], diff, v, bound, index, terms[here + 1][1:], r"\sum", ""))
    return edits


def _generalized(toks, first, diff, v, bound, index, last_range, op, close):
    """The edit: from the first term's start to the end of the last one, `op_{index=v}^{bound}` and the first
    term with the index letter at the pattern's positions (as typed otherwise)."""
    norm_pos, q, mapping = 0, 0, []
    while q < len(first):  # normalized positions -> tokens, as _normal walks them
        t = first[q][0]
        if t in "_^" and q + 3 < len(first) and first[q + 1][0] == "{" and first[q + 3][0] == "}":
            mapping += [(norm_pos, q), (norm_pos + 1, q + 2)]
            norm_pos, q = norm_pos + 2, q + 4
            continue
        mapping.append((norm_pos, q))
        norm_pos, q = norm_pos + 1, q + 1
    swap = sorted(tq for npos, tq in mapping if npos in diff)
    end_tok = toks[last_range[1] - 1]
    start, end = first[0][1], end_tok[1] + len(end_tok[0])
    body, prev = [], start
    for tq in swap:
        pos, tok = first[tq][1], first[tq][0]
        body += [(prev, pos), index]
        prev = pos + len(tok)
    body.append((prev, first[-1][1] + len(first[-1][0])))
    up = bound if len(bound) == 1 or bound.isdigit() else "{" + bound + "}"
    return (start, end, [op + "_{%s=%d}^{%s} " % (index, v, up)] + body + ([" " + close] if close else []))


_OPEN_TOKS = ("(", "[", "{", r"\{")
_CLOSE_TOKS = (")", "]", "}", r"\}")
_SEPARATORS = (r"\cdot", r"\times", r"\,", r"\;", r"\!", "\\ ", r"\quad")


def _group_end_tok(toks, j):
    """Index after the group opening at toks[j] (a bracket, or \\left and its delimiter), or None."""
    depth = 0
    for k in range(j, len(toks)):
        t = toks[k][0]
        if t in _OPEN_TOKS:
            depth += 1
        elif t in _CLOSE_TOKS:
            depth -= 1
            if depth == 0:
                return k + 1
            if depth < 0:
                return None
    return None


def _units(toks, a, b):
    """The juxtaposed factors of toks[a:b] as (start, end) token ranges: a letter, number or command with its
    scripts and an argument in brackets, or a bracketed group; None when something else is met."""
    out, j = [], a
    while j < b:
        t = toks[j][0]
        if t in _SEPARATORS or t in (r"\left", r"\right", r"\big", r"\Big", r"\bigl", r"\bigr"):
            j += 1
            continue
        start = j
        if t in _OPEN_TOKS:
            j = _group_end_tok(toks, j)
        elif t in ("frac", r"\frac", r"\tfrac", r"\dfrac"):
            j = _group_end_tok(toks, j + 1)
            j = _group_end_tok(toks, j) if j is not None and j < b else None
        elif t.isalnum() or (t.startswith("\\") and t[1:].isalpha()):
            j += 1
            while j is not None and j < b and toks[j][0] in ("_", "^", "'"):
                if toks[j][0] == "'":
                    j += 1
                elif j + 1 < b and toks[j + 1][0] in _OPEN_TOKS:
                    j = _group_end_tok(toks, j + 1)
                else:
                    j += 2
            k = j
            while k is not None and k < b and toks[k][0] in (r"\left", r"\big", r"\Big", r"\bigl"):
                k += 1
            if k is not None and k < b and toks[k][0] in ("(", "[") and j is not None:
                j = _group_end_tok(toks, k)   # f(..), f\left( .. \right): the argument belongs to f
        else:
            return None
        if j is None or j > b:
            return None
        out.append((start, j))
    return out


def _product(toks, at, inside, index):
    """p(x_1) p(x_2) \\cdots p(x_N) -> \\left(\\prod_{k=1}^{N} p(x_k)\\right): the factors next to the dots."""
    a, b = inside
    before, after = _units(toks, a, at), _units(toks, at + 1, b)
    if not before or not after:
        return None
    last_range = after[0]
    last = _normal(toks[last_range[0]:last_range[1]])
    for k in range(min(len(before), 4), 0, -1):
        group = before[-k:]
        got = _pattern(None, [_normal(toks[u0:u1]) for u0, u1 in group], last)
        if got:
            diff, v, bound = got
            first = toks[group[0][0]:group[0][1]]
            return _generalized(toks, first, diff, v, bound, index, last_range, r"\left(\prod", r"\right)")
    return None


_NESTED = re.compile(r"\\sum_\{?\s*([A-Za-z])_\{?\s*1\s*\}?\s*\}?\s*(?:\\sum_\{?\s*\1_\{?\s*2\s*\}?\s*\}?\s*)?"
                     r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])\s*\\sum_\{?\s*\1_\{?\s*[A-Za-z]\s*\}?\s*\}?")


def _nested_sums(text):
    """\\sum_{x_1} \\sum_{x_2} \\cdots \\sum_{x_n}: one sum over every configuration of x."""
    return [(m.start(), m.end(), [r"\sum_{", (m.start(1), m.end(1)), "} "]) for m in _NESTED.finditer(text)]


def _pass(text):
    edits = []
    pos = 0
    for m in _CMD.finditer(text):
        if m.start() < pos or m.group(1) is None:
            continue
        ed = _command(text, m)
        if ed:
            edits.append(ed)
            pos = ed[1]
    if not edits:
        edits = _over(text) or _nested_sums(text) or _dots(text)
    return edits


def respell(m: Mapped) -> Mapped:
    """The row in the canonical spelling; every character still maps to where it was typed."""
    if "\\" not in m.text or len(m.text) > MAX_ROW:
        return m
    limit = MAX_GROWTH * len(m.text) + 400
    for _ in range(MAX_PASSES):
        edits = _pass(m.text)
        if not edits:
            return m
        new = _rebuild(m, edits)
        if len(new.text) > limit:
            return m
        m = new
    return m
