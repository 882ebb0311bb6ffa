"""A row of LaTeX in ANY common notation -> a generic AST (what is written, before any meaning).

The post's grammar (grammar.lark) reads the post's letters; this reader reads the letters people use
(q_theta, E(x, h), \\tilde p, \\int ... dx, <f>_data, Var, KL, beta, lambda_i, ...) and leaves meaning to
derivation/latex/meaning.py, which gives each letter its role from the whole document. Nodes:

    ('num', n)  ('sym', name, deco, sub, primes, sup)   a letter: deco '' | tilde | hat | bar | cal | bb;
                                                       sub / sup: AST or None (sup keeps ^{(i)}, ^{(0)})
    ('app', sym, args, cond)      f(a, b; c | d): args before `|`, cond after it
    ('add', ..) ('neg', a) ('mul', ..) ('div', a, b) ('pow', a, b) ('exp', a) ('log', a) ('sqrt', a, n)
    ('d', [(var, order)], body)   a derivative (body None: an operator still to be applied)
    ('sum', sub, sup, body)  ('prod', sub, sup, body)  ('int', sub, sup, body, differential)
    ('expect', sub, body)  ('bracket', body, sub)  ('var', sub, args)  ('cov', sub, args)
    ('kl', a, b)  ('abs', a)  ('text', words)  ('sim', a, b)  ('in', a, b)  ('list', a, b, ..)
    ('eqsub', a, b)               `i=1` in a subscript
Precedence as the post uses it: a prefix operator (sums, integrals, derivatives, an expectation without
brackets) takes the whole juxtaposed product after it; \\log and \\exp take the next factor.
"""
from __future__ import annotations

import re

from .parse import ReadError

GREEK = set("""alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi
    rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega
    Upsilon""".split())
DECOS = {"tilde": "tilde", "widetilde": "tilde", "hat": "hat", "widehat": "hat", "bar": "bar",
         "overline": "bar", "mathcal": "cal", "mathscr": "cal", "mathbb": "bb", "vec": ""}
STYLES = {"mathrm", "mathbf", "mathit", "boldsymbol", "bm", "mathsf", "pmb", "mathnormal"}
TEXTS = {"text", "textrm", "mbox", "textit", "textbf", "operatorname", "mathrm*", "textnormal"}
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


STOP_CH = set("+-=)]},;|<>")
PREFIX_CMDS = {"sum", "prod", "int", "oint", "iint", "nabla", "partial"}


class Parser:
    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.k = 0
        self.depth = 0

    # ---- token helpers
    def peek(self, ahead=0):
        j = self.k + ahead
        return self.toks[j] if j < len(self.toks) else ("end", "", len(self.text))

    def next(self):
        t = self.peek()
        self.k += 1
        return t

    def at(self, kind, value=None, ahead=0):
        t = self.peek(ahead)
        return t[0] == kind and (value is None or t[1] == value)

    def expect(self, kind, value):
        t = self.next()
        if t[0] != kind or t[1] != value:
            raise ReadError(f"unexpected `{t[1] or 'end of row'}`", t[2], f"`{value}`")
        return t

    def fail(self, what, expected=""):
        t = self.peek()
        raise ReadError(what if t[0] != "end" else "the row ends too early", t[2], expected)

    # ---- rows
    def row(self):
        """[(relation, side)]: the first relation is None; a side is None when the row starts with one."""
        parts, rel = [], None
        if self.relation() is not None:
            parts.append((None, None))
            rel = self.relation()
            self.take_relation()
        while True:
            side = self.expr()
            parts.append((rel, side))
            if self.at("end"):
                return parts
            rel = self.relation()
            if rel is None:
                self.fail(f"unexpected `{self.peek()[1]}`", "an operator, `=` or the end of the row")
            self.take_relation()

    def relation(self):
        t = self.peek()
        if t[0] == "ch" and t[1] == ":" and self.at("ch", "=", 1):
            return ":="
        if t[0] == "ch" and t[1] in "=<>":
            return RELATIONS[t[1]]
        if t[0] == "cmd" and t[1] in RELATIONS:
            return RELATIONS[t[1]]
        return None

    def take_relation(self):
        if self.at("ch", ":"):
            self.next()
        self.next()

    # ---- expressions
    def expr(self):
        self.depth += 1
        if self.depth > 60:
            raise ReadError("groups nested deeper than 60 (not read)", self.peek()[2], "fewer nested groups")
        try:
            terms = []
            if self.at("ch", "-"):
                self.next()
                terms.append(("neg", self.product()))
            elif self.at("ch", "+"):
                self.next()
                terms.append(self.product())
            else:
                terms.append(self.product())
            while self.at("ch", "+") or self.at("ch", "-") or self.at("cmd", "pm"):
                op = self.next()[1]
                if op == "pm":
                    self.fail("`\\pm` is not an equality", "+ or -")
                p = self.product()
                terms.append(("neg", p) if op == "-" else p)
            return terms[0] if len(terms) == 1 else ("add", *terms)
        finally:
            self.depth -= 1

    def stops(self, in_integral):
        t = self.peek()
        if t[0] == "end":
            return True
        if t[0] == "ch" and t[1] in STOP_CH:
            return True
        if t[0] == "cmd" and (t[1] in RELATIONS or t[1] in ("rangle", "|", "mid", "sim", "in", "pm", "Vert", "}",
                                                              "to", "rightarrow", "vert")):
            return True
        if t[0] == "ch" and t[1] == ":" and self.at("ch", "=", 1):
            return True
        if in_integral and self.is_differential():
            return True
        return False

    def is_differential(self):
        t = self.peek()
        if t == ("ch", "d", t[2]) or (t[0] == "cmd" and t[1] == "mathrm" and self.peek(2)[1] == "d"
                                     and self.peek(1)[1] == "{" and self.peek(3)[1] == "}"):
            j = 1 if t[0] == "ch" else 4
            n = self.peek(j)
            return n[0] == "ch" and n[1].isalpha() or n[0] == "cmd" and (n[1] in GREEK or n[1] in STYLES
                                                                           or n[1] in DECOS)
        return False

    def product(self, in_integral=False):
        items = []
        while not self.stops(in_integral) or (not items and self.at("ch", "|")):
            t = self.peek()
            if t[0] == "cmd" and t[1] in ("cdot", "times", "ast"):
                self.next()
                continue
            if t[0] == "ch" and t[1] == "/":
                self.next()
                if not items:
                    self.fail("`/` without a numerator", "an expression before /")
                den = self.unit()
                items = [("div", _mul(items), den)]
                continue
            if t[0] == "ch" and t[1] in "*.":
                self.next()
                continue
            op = self.prefix()
            if op is not None and op[0] == "d":
                items.append(("d", op[1], self.derivative_body(op[1], in_integral)))
                continue
            if op is not None:
                neg = False
                if self.at("ch", "-"):  # \sum_x -E(x), \int -f dx: the sign belongs to the body
                    self.next()
                    neg = True
                body = self.product(in_integral=in_integral or op[0] == "int")
                items.append(self.apply(op, ("neg", body) if neg else body))
                break
            items.append(self.unit())
        if not items:
            self.fail(f"unexpected `{self.peek()[1]}`" if self.peek()[0] != "end" else "the row ends too early",
                      "an expression")
        return _mul(items)

    def derivative_body(self, variables, in_integral):
        """What a derivative operator (nabla_theta, partial_theta, d/dtheta) applies to: the next factor, as
        people mean `\\nabla_\\theta E(x) e^{-E(x)}` = (nabla E) e^{-E}; a big operator after it (a sum, an
        integral, an expectation without brackets) takes the rest; constant factors in front (1/N, 2,
        another Greek letter) are passed over: d/dtheta (1/N) sum_i ... is the derivative of the whole."""
        names = {v[1] for v, _ in variables if v[0] == "sym"}
        consts = []
        while not self.stops(in_integral):
            if self.at("ch", "-") and not consts:
                break
            save = self.k
            op = self.prefix()
            if op is not None:
                self.k = save
                return _mul(consts + [self.product(in_integral)])
            u = self.unit()
            if _constant(u, names) and not self.stops(in_integral):
                consts.append(u)
                continue
            return _mul(consts + [u])
        if not consts:
            self.fail("a derivative of nothing", "an expression after the derivative")
        return _mul(consts)

    def apply(self, op, body):
        if op[0] == "int":
            diff = None
            if self.is_differential():
                diff = self.differential()
            return ("int", op[1], op[2], body, diff)
        if op[0] == "d":
            return ("d", op[1], body)
        if op[0] == "expect":
            return ("expect", op[1], body)
        return (op[0], op[1], op[2], body)

    def differential(self):
        if self.at("ch", "d"):
            self.next()
        else:
            for _ in range(4):
                self.next()
        v = self.unit()
        return v

    # ---- prefix operators: sums, integrals, derivatives, an expectation without brackets
    def prefix(self):
        t = self.peek()
        if t[0] != "cmd":
            return None
        name = t[1]
        if name in ("sum", "prod"):
            self.next()
            sub, sup = self.scripts()
            return (name, sub, sup)
        if name in ("int", "oint", "iint"):
            self.next()
            sub, sup = self.scripts()
            return ("int", sub, sup)
        if name in ("nabla", "partial"):
            save = self.k
            self.next()
            if self.at("ch", "_"):
                self.next()
                var = self.script_arg()
                order = 1
                if self.at("ch", "^"):
                    self.next()
                    order = _order(self.script_arg(), self)
                return ("d", [(var, order)])
            self.k = save
            return None
        if name == "frac" and self.frac_is_operator():
            return self.frac_derivative(operator=True)
        if name == "mathbb" and self.peek(2)[1] == "E":
            save = self.k
            self.next(); self.next(); self.next(); self.next()
            sub, _ = self.scripts()
            if self.at("ch", "[") or self.at("ch", "(") or self.at("cmd", "{"):
                self.k = save
                return None
            return ("expect", sub)
        return None

    def scripts(self):
        sub = sup = None
        for _ in range(2):
            if self.at("ch", "_") and sub is None:
                self.next()
                sub = self.script_arg(allow_relations=True)
            elif self.at("ch", "^") and sup is None:
                self.next()
                sup = self.script_arg()
        return sub, sup

    def script_arg(self, allow_relations=False):
        if self.at("ch", "{"):
            self.next()
            node = self.sub_list() if allow_relations else self.expr_or_empty("}")
            self.expect("ch", "}")
            return node
        t = self.peek()
        if t[0] == "num":
            self.next()
            return ("num", t[1][0]) if len(t[1]) > 1 and "." not in t[1] else ("num", t[1])
        return self.atom(scripts=False)

    def expr_or_empty(self, close):
        if self.at("ch", close):
            return ("empty",)
        return self.expr()

    def sub_list(self):
        """A subscript: `x \\sim p`, `i=1`, `x \\in \\mathcal{D}`, `\\beta,\\lambda`, `x, h`."""
        items = []
        while True:
            if self.at("ch", "}"):
                break
            a = self.expr()
            if self.at("cmd", "sim"):
                self.next()
                a = ("sim", a, self.expr())
            elif self.at("cmd", "in"):
                self.next()
                a = ("in", a, self.expr())
            elif self.at("ch", "="):
                self.next()
                a = ("eqsub", a, self.expr())
            elif self.at("cmd", "mid") or self.at("ch", "|"):
                self.next()
                a = ("given", a, self.expr())
            items.append(a)
            if self.at("ch", ",") or self.at("ch", ";"):
                self.next()
                continue
            break
        return items[0] if len(items) == 1 else ("list", *items)

    # ---- \frac: a fraction, a derivative, or a derivative operator
    def _frac_groups(self):
        """Token spans of the two groups of the \\frac at self.k: ((a0, a1), (b0, b1))."""
        j = self.k + 1
        spans = []
        for _ in range(2):
            if j >= len(self.toks) or self.toks[j][1] != "{":
                return None
            depth, start = 0, j + 1
            while j < len(self.toks):
                depth += self.toks[j][1] == "{"
                depth -= self.toks[j][1] == "}"
                j += 1
                if depth == 0:
                    break
            spans.append((start, j - 1))
        return spans

    def _is_d(self, j):
        t = self.toks[j] if j < len(self.toks) else ("end", "", 0)
        if t[0] == "cmd" and t[1] == "partial":
            return 1
        if t[0] == "ch" and t[1] == "d":
            return 1
        if t[0] == "cmd" and t[1] == "mathrm" and j + 3 < len(self.toks) and self.toks[j + 2][1] == "d" \
                and self.toks[j + 3][1] == "}":
            return 4
        return 0

    def frac_kind(self):
        spans = self._frac_groups()
        if not spans:
            return None
        (a0, a1), (b0, b1) = spans
        num_d = self._is_d(a0) or (self.toks[a0][1] == "-" and self._is_d(a0 + 1))
        if not num_d or not self._is_d(b0):
            return None
        j = a0 + (1 if self.toks[a0][1] == "-" else 0)
        j += self._is_d(j)
        if j < a1 and self.toks[j][1] == "^":  # \partial^2
            j += 2 if self.toks[j + 1][1] != "{" else 4
        return "operator" if j >= a1 else "derivative"

    def frac_is_operator(self):
        return self.frac_kind() == "operator"

    def frac_derivative(self, operator):
        self.next()  # \frac
        self.expect("ch", "{")
        neg = False
        if self.at("ch", "-"):
            self.next()
            neg = True
        self.k += self._is_d(self.k)
        if self.at("ch", "^"):
            self.next()
            self.script_arg()
        body = None
        if not operator:
            body = self.expr()
        self.expect("ch", "}")
        self.expect("ch", "{")
        vars_ = []
        while not self.at("ch", "}"):
            step = self._is_d(self.k)
            if not step:
                self.fail(f"unexpected `{self.peek()[1]}` in a derivative's denominator", "\\partial θ")
            self.k += step
            var = self.atom(scripts=False)
            var = self.subscripted(var)
            order = 1
            if self.at("ch", "^"):
                self.next()
                order = _order(self.script_arg(), self)
            vars_.append((var, order))
        self.next()
        if operator:
            return ("d", vars_) if not neg else ("dneg", vars_)
        node = ("d", vars_, body)
        return ("neg", node) if neg else node

    def subscripted(self, var):
        if self.at("ch", "_") and var[0] == "sym":
            self.next()
            sub = self.script_arg()
            var = ("sym", var[1], var[2], sub, var[4], var[5])
        return var

    # ---- units
    def unit(self):
        t = self.peek()
        if t[0] == "cmd" and t[1] in ("log", "ln", "exp"):
            self.next()
            if self.at("ch", "^"):  # \log^2 is rare; refuse rather than misread
                self.fail("a power written on \\log", "\\log(...)^2")
            self.scripts() if self.at("ch", "_") else None
            op = self.prefix()
            if op is not None:
                arg = self.apply(op, self.product())
            else:
                arg = self.unit()
            return ("log", arg) if t[1] != "exp" else ("exp", arg)
        base = self.base()
        while self.at("ch", "^") or self.at("ch", "'"):
            if self.at("ch", "'"):
                self.next()
                base = _prime(base)
                continue
            self.next()
            sup = self.script_arg()
            if sup[0] == "sym" and sup[1] in ("prime", "'"):
                base = _prime(base)
                continue
            base = ("exp", sup) if base == ("sym", "e", "", None, 0, None) else ("pow", base, sup)
        return base

    def group(self, open_, close):
        self.next()
        e = self.expr()
        self.expect("ch", close) if close != "rangle" else self.expect("cmd", "rangle")
        return e

    def base(self):
        t = self.peek()
        if t[0] == "num":
            self.next()
            return ("num", t[1])
        if t[0] == "ch":
            c = t[1]
            if c == "(":
                return self.group("(", ")")
            if c == "[":
                return self.group("[", "]")
            if c == "{":
                return self.group("{", "}")
            if c == "|":
                self.next()
                e = self.expr()
                self.expect("ch", "|")
                return ("abs", e)
            if c.isalpha():
                return self.atom()
            self.fail(f"unexpected `{c}`", "an expression")
        if t[0] == "cmd":
            name = t[1]
            if name in ("frac", "dfrac", "tfrac"):
                kind = self.frac_kind()
                if kind == "derivative":
                    return self.frac_derivative(operator=False)
                if kind == "operator":
                    op = self.frac_derivative(operator=True)
                    node = ("d", op[1], self.derivative_body(op[1], False))
                    return ("neg", node) if op[0] == "dneg" else node
                self.next()
                self.expect("ch", "{")
                a = self.expr()
                self.expect("ch", "}")
                self.expect("ch", "{")
                b = self.expr()
                self.expect("ch", "}")
                return ("div", a, b)
            if name == "sqrt":
                self.next()
                n = None
                if self.at("ch", "["):
                    self.next()
                    n = self.expr()
                    self.expect("ch", "]")
                return ("sqrt", self.script_arg(), n)
            if name == "langle":
                self.next()
                body = self.expr()
                self.expect("cmd", "rangle")
                sub = None
                if self.at("ch", "_"):
                    self.next()
                    sub = self.script_arg(allow_relations=True)
                return ("bracket", body, sub)
            if name == "{":  # \{ ... \}: a group, or a set {0, 1}
                self.next()
                items = [self.expr()]
                while self.at("ch", ","):
                    self.next()
                    items.append(self.expr())
                self.expect("cmd", "}")
                return items[0] if len(items) == 1 else ("set", *items)
            if name in ("lvert", "vert"):
                self.next()
                e = self.expr()
                if self.at("cmd", "rvert") or self.at("cmd", "vert"):
                    self.next()
                return ("abs", e)
            if name in ("infty",):
                self.next()
                return ("sym", "infty", "", None, 0, None)
            op = self.prefix()
            if op is not None:
                return self.apply(op, self.product())
            return self.atom()
        self.fail("the row ends too early" if t[0] == "end" else f"unexpected `{t[1]}`", "an expression")

    def letter(self):
        """A letter with its decoration: (name, deco)."""
        t = self.next()
        if t[0] == "ch" and t[1].isalpha():
            return t[1], ""
        if t[0] == "cmd":
            name = t[1]
            if name in GREEK:
                return name, ""
            if name in DECOS or name in STYLES or name in TEXTS:
                deco = DECOS.get(name, "")
                if self.at("ch", "{"):
                    self.next()
                    if name in TEXTS or (name in ("mathrm",) and self._word_ahead()):
                        word = self.word()
                        self.expect("ch", "}")
                        return word, "text"
                    inner, inner_deco = self.letter()
                    while self.at("ch", "_") or self.at("ch", "^"):
                        break
                    self.expect("ch", "}")
                    return inner, deco or inner_deco
                inner, inner_deco = self.letter()
                return inner, deco or inner_deco
            if name == "ell":
                return "l", ""
            if name in ("emptyset",):
                return name, ""
        raise ReadError(f"unknown command \\{t[1]}" if t[0] == "cmd" else f"unexpected `{t[1]}`", t[2],
                        "a letter, a number or a command of the notation")

    def _word_ahead(self):
        j, n = self.k, 0
        while j < len(self.toks) and self.toks[j][0] == "ch" and self.toks[j][1].isalpha():
            j += 1
            n += 1
        return n > 1 and j < len(self.toks) and self.toks[j][1] == "}"

    def word(self):
        out = []
        depth = 0
        while not (self.at("ch", "}") and depth == 0) and not self.at("end"):
            t = self.next()
            depth += t[1] == "{"
            depth -= t[1] == "}"
            out.append(t[1] if t[0] != "cmd" else "\\" + t[1])
        return "".join(out).strip()

    def atom(self, scripts=True):
        name, deco = self.letter()
        if deco == "text":
            named = NAMED.get(name)
            if named in ("var", "cov"):
                return self.named(named)
            if (name.lower() in ("kl",) or name in ("D_{KL}",)) and (self.at("ch", "(") or self.at("ch", "[")
                                                                         or self.at("ch", "_")):
                return self.named("kl")
            if name == "d" and self.at("ch", "}") is False:
                pass
        if deco == "" and name in NAMED and NAMED[name] == "kl" and self.at("ch", "("):
            return self.named("kl")
        if deco == "bb" and name == "E":
            return self.expectation()
        if deco == "bb" and name == "V":
            return self.named("var")
        if name in ("D",) and deco in ("", "text") and self.at("ch", "_") and self._kl_sub():
            return self.named("kl", skip_sub=True)
        sub = sup = None
        primes = 0
        if not scripts:
            return ("sym", name, deco, None, 0, None)
        while True:
            if self.at("ch", "_") and sub is None:
                self.next()
                sub = self.script_arg(allow_relations=True)
            elif self.at("ch", "'"):
                self.next()
                primes += 1
            elif self.at("ch", "^") and self._prime_sup():
                self.next()
                if self.at("cmd", "prime"):
                    self.next()
                else:  # ^{'} or ^{\prime}, possibly ^{''}
                    self.next()
                    while not self.at("ch", "}") and not self.at("end"):
                        primes += self.next()[1] in ("'", "prime")
                    self.expect("ch", "}")
                    continue
                primes += 1
            elif self.at("ch", "^") and sup is None and self._paren_sup():
                self.next()
                sup = self.script_arg()
            else:
                break
        sym = ("sym", name, deco, sub, primes, sup)
        if name == "E" and deco == "" and sub is not None and (self.at("ch", "[") or self.at("cmd", "{")):
            return self.expectation(sub=sub, head_taken=True)
        if self.at("ch", "(") and name not in ("e",):
            return self.application(sym)
        if self.at("ch", "[") and name in ("H", "KL", "D") and deco in ("", "cal"):
            return self.application(sym, "[", "]")
        return sym

    def _kl_sub(self):
        j = self.k + 1
        words = "".join(t[1] for t in self.toks[j:j + 8] if t[0] in ("ch", "cmd"))
        return "KL" in words[:12]

    def _prime_sup(self):
        a, b = self.peek(1), self.peek(2)
        return (a[0] == "cmd" and a[1] == "prime") or (a[1] == "{" and (b[1] == "'" or b[1] == "prime"))

    def _paren_sup(self):
        a, b = self.peek(1), self.peek(2)
        return a[1] == "{" and b[1] == "(" or a[1] == "("

    def application(self, sym, open_="(", close=")"):
        self.next()
        args, cond, semi = [], [], []
        target = args
        if self.at("ch", close):
            self.next()
            return ("app", sym, [], [])
        while True:
            a = self.expr()
            if self.at("cmd", "|") or self.at("cmd", "Vert") or (self.at("ch", "|") and self.at("ch", "|", 1)):
                self.k += 1 if self.peek()[0] == "cmd" else 2
                target.append(a)
                return self._kl_rest(sym, target, close)
            target.append(a)
            if self.at("ch", ",") or self.at("ch", ";"):
                if self.at("ch", ";"):
                    target = semi
                self.next()
                continue
            if self.at("ch", "|") or self.at("cmd", "mid") or self.at("cmd", "vert"):
                self.next()
                target = cond
                continue
            break
        self.expect("ch", close)
        return ("app", sym, args, cond + semi)

    def _kl_rest(self, sym, first, close):
        b = self.expr()
        self.expect("ch", close)
        return ("kl", first[0], b)

    def named(self, kind, skip_sub=False):
        sub = None
        if skip_sub and self.at("ch", "_"):
            self.next()
            self.script_arg()
        if kind in ("var", "cov") and self.at("ch", "_"):
            self.next()
            sub = self.script_arg(allow_relations=True)
        if kind == "kl" and self.at("ch", "_"):
            self.next()
            self.script_arg()
        opener = self.peek()
        if opener[1] not in ("(", "["):
            self.fail(f"{kind} without its argument", "( or [")
        close = ")" if opener[1] == "(" else "]"
        app = self.application(("sym", kind, "", None, 0, None), opener[1], close)
        if kind == "kl":
            if app[0] == "kl":
                return app
            self.fail("KL needs two distributions separated by \\|", "KL(q \\| p)")
        return (kind, sub, app[2] + app[3])

    def expectation(self, sub=None, head_taken=False):
        if not head_taken and self.at("ch", "_"):
            self.next()
            sub = self.script_arg(allow_relations=True)
        if self.at("ch", "[") or self.at("ch", "("):
            close = "]" if self.peek()[1] == "[" else ")"
            self.next()
            body = self.expr()
            if self.at("cmd", "mid") or self.at("ch", "|"):
                self.fail("a conditional expectation E[f | x]", "E_{h ~ p(h|x)}[f]")
            self.expect("ch", close)
            return ("expect", sub, body)
        if self.at("cmd", "{"):
            self.next()
            body = self.expr()
            self.expect("cmd", "}")
            return ("expect", sub, body)
        return ("expect", sub, self.product())


def _constant(node, names) -> bool:
    """A factor free of every parameter and state for sure: numbers, N, and Greek letters other than the
    derivative's variables (beta in d/dtheta beta E)."""
    if node[0] == "num":
        return True
    if node[0] == "sym":
        return node[3] is None and (node[1] == "N" or (node[1] in GREEK and node[1] not in names))
    if node[0] in ("div", "mul", "pow", "neg"):
        return all(_constant(a, names) for a in node[1:] if isinstance(a, tuple))
    return False


def _order(node, parser):
    if node[0] == "num" and str(node[1]).isdigit() and 1 <= int(node[1]) <= 3:
        return int(node[1])
    raise ReadError("a derivative of an order that is not 1, 2 or 3", parser.peek()[2], "an order 1 to 3")


def _prime(node):
    if node[0] == "sym":
        return ("sym", node[1], node[2], node[3], node[4] + 1, node[5])
    return node


def _mul(items):
    flat = []
    for it in items:
        flat.extend(it[1:] if it[0] == "mul" else (it,))
    return flat[0] if len(flat) == 1 else ("mul", *flat)


OPERATORS = {"hspace", "vspace", "underset", "operatorname"} | set("""frac dfrac tfrac sqrt sum prod int oint iint partial nabla log ln exp langle rangle cdot times ast
    sim in mid vert lvert rvert Vert infty prime pm ell emptyset to rightarrow""".split())
KNOWN = OPERATORS | GREEK | set(DECOS) | STYLES | TEXTS | DROP | set(MACROS) | set(RELATIONS)


def check_commands(text: str) -> None:
    """Name an unknown command before parsing: the most common reason a row is unreadable."""
    for m in re.finditer(r"\\([a-zA-Z]+)", text):
        if m.group(1) not in KNOWN:
            raise ReadError(f"unknown command \\{m.group(1)}", m.start(),
                            "a command of the notation (\\frac, \\partial, \\sum, \\log, \\int, \\langle, ...)")


def parse_row(text: str):
    """[(relation, side)]: relation None for the first side; side None when the row starts with `=`."""
    check_commands(text)
    p = Parser(text)
    while p.toks and p.toks[-1][0] == "ch" and p.toks[-1][1] in ".,;":  # a sentence's punctuation
        p.toks.pop()
    return p.row()


def parse_general(text: str):
    """One expression (no relation) -> AST."""
    parts = parse_row(text)
    if len(parts) != 1:
        raise ReadError("expected one expression, found an equation", 0, "an expression without =")
    return parts[0][1]


_CONNECTIVE = re.compile(r"(?:\\q?quad\s*|\\[,;]\s*|,\s*)*\\(?:text|textrm|mbox|mathrm)\s*\{\s*(?:with|where|and|for|since|"
                         r"as|so|hence|thus|i\.e\.|then|because)\s*,?\s*\}(?:\s*\\q?quad)*"
                         r"|\\q?quad\s*(?:\\text\s*\{\s*\}\s*)?(?=[A-Za-z\\][^=]*=)")


def split_connectives(text: str):
    """`P(x) = A \\text{ with } Z = B` -> [(0, 'P(x) = A'), (k, 'Z = B')]: two equations on one row.

    Only at brace depth 0, and only when the part after the connective is itself an equation."""
    out, start = [], 0
    for m in _CONNECTIVE.finditer(text):
        depth = text[:m.start()].count("{") - text[:m.start()].count("}")
        rest = text[m.end():]
        if depth != 0 or "=" not in rest or "=" not in text[start:m.start()]:
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(o, t) for o, t in out if t.strip()]
