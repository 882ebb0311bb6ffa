"""A row of LaTeX in ANY common notation -> a generic AST (what is written, before any meaning).

The one reader of every document, the post included: it reads the letters people use (P_Theta, q_theta, E(x, h), \\tilde p, \\int ... dx, <f>_data, Var, KL, beta, lambda_i, ...) and leaves meaning to
derivation/meaning/meaning.py, which gives each letter its role from the whole document. Nodes:

    ('num', n)  ('sym', name, deco, sub, primes, sup)   a letter: deco '' | tilde | hat | bar | cal | bb;
                                                       sub / sup: AST or None (sup keeps ^{(i)}, ^{(0)})
    ('app', sym, args, cond)      f(a, b; c | d): args before `|`, cond after it
    ('add', ..) ('neg', a) ('mul', ..) ('div', a, b) ('pow', a, b) ('exp', a) ('log', a) ('sqrt', a, n)
    ('d', [(var, order)], body)   a derivative (body None: an operator still to be applied)
    ('sum', sub, sup, body)  ('prod', sub, sup, body)  ('int', sub, sup, body, differential)
    ('expect', sub, body)  ('bracket', body, sub)  ('var', sub, args)  ('cov', sub, args)
    ('kl', a, b)  ('abs', a)  ('text', words)  ('sim', a, b)  ('in', a, b)  ('list', a, b, ..)
    ('eqsub', a, b)               `i=1` in a subscript
    ('neqsub', a, b)              `j \neq i` in a subscript: every j but i
Precedence as the post uses it: a prefix operator (sums, integrals, derivatives, an expectation without
brackets) takes the whole juxtaposed product after it; \\log and \\exp take the next factor.
"""
from __future__ import annotations

import re

from .general_atoms import AtomsMixin
from .general_log import log_of_applications
from .general_operators import OperatorsMixin, _mul  # noqa: F401
from .general_tokens import (DECOS, GREEK, MACROS, RELATIONS, STYLES, TEXTS,  # noqa: F401
                             check_commands, tokenize)
from .read_error import ReadError

STOP_CH = set("+-=)]},;|<>")
PREFIX_CMDS = {"sum", "prod", "int", "oint", "iint", "nabla", "partial"}


class Parser(AtomsMixin, OperatorsMixin):
    transposes = False   # \nabla_\theta^T read with the order "T" (meaning/entries.py asks), not refused

    def __init__(self, text: str, log_product: bool = False):
        self.text = text
        self.log_product = log_product   # \log a b read as log(a b), not log(a) b (a second reading)
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
            optimum = self.argmax()   # \argmax_\theta f (general_operators.py; read helper's hook)
            if optimum is not None:
                return optimum
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
                                                              "to", "rightarrow", "vert", "rvert")):
            return True
        if t[0] == "ch" and t[1] == ":" and self.at("ch", "=", 1):
            return True
        if in_integral and self.is_differential():
            return True
        return False

    def is_differential(self):
        t = self.peek()
        upright = ("mathrm", "textrm", "rm", "operatorname", "text")
        braced = (t[0] == "cmd" and t[1] in upright and self.peek(1)[1] == "{" and self.peek(2)[1] == "d"
                  and self.peek(3)[1] == "}")                       # \mathrm{d}x
        switched = (t == ("ch", "{", t[2]) and self.peek(1)[0] == "cmd" and self.peek(1)[1] in upright
                    and self.peek(2)[1] == "d" and self.peek(3)[1] == "}")   # {\rm d}x
        if t == ("ch", "d", t[2]) or braced or switched:
            j = 1 if t[0] == "ch" and not switched else 4
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
                items.append(("d_op", op[1], self.derivative_body(op[1], in_integral)))
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
        if not items and self.peek()[0] == "cmd" and self.peek()[1] in ("|", "Vert", "lVert"):
            self.norm()
        if not items:
            self.fail(f"unexpected `{self.peek()[1]}`" if self.peek()[0] != "end" else "the row ends too early",
                      "an expression")
        return _mul(_scope(items))

    def norm(self):
        """\\| a \\|, ||a||: a vector's norm (KL's \\| is read inside KL's own argument list)."""
        self.fail("a norm \\|..\\| (of a vector): the checker reads scalars, not norms yet",
                  "the norm written out as a sum of squares")

    def unit(self):
        t = self.peek()
        if t[0] == "cmd" and t[1] in ("log", "ln", "exp"):
            self.next()
            if self.at("ch", "^"):  # \log^2 is rare; refuse rather than misread
                self.fail("a power written on \\log", "\\log(...)^2")
            log_base, power = self.scripts() if self.at("ch", "_") else (None, None)
            if power is not None or (log_base is not None and t[1] != "log"):
                self.fail(f"\\{t[1]} with a script the checker does not read", "\\log_b(x) or \\ln(x)")
            op = self.prefix()
            if op is not None:
                arg = self.apply(op, self.product(in_integral=op[0] == "int"))
            else:
                braced = self.at("ch", "(")
                arg = self.unit()
                # only after a coefficient (\log \frac{1}{N} \sum_i, \log 2 \cosh x), or between juxtaposed
                # applications (\log p(y|x)p(x)), is log of the whole product as plausible as log of the next factor
                if self.log_product and t[1] != "exp" and not braced and arg[0] in ("app", "pow", "sym", "exp"):
                    arg = log_of_applications(self, arg)
                if self.log_product and t[1] != "exp" and not braced and arg[0] in ("num", "div") \
                        and not self.stops(False) \
                        and not self.at("ch", "/") and not self.at("ch", "*") \
                        and not (self.peek()[0] == "cmd" and self.peek()[1] in ("cdot", "times", "ast")):
                    arg = _mul([arg, self.product()])
            if log_base is not None:   # \log_2 8 = log 8 / log 2: the base is never dropped
                return ("div", ("log", arg), ("log", log_base))
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
            if c == "|" and self.at("ch", "|", 1):   # ||a||: a norm, never |(|a|)|
                self.norm()
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
                    node = ("d_op", op[1], self.derivative_body(op[1], False))  # product() decides its scope
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
                if self.at("ch", ","):   # <a, b>: an inner product of vectors, not an average
                    self.fail("an inner product \\langle a, b \\rangle of vectors: not read yet", "\\langle f \\rangle")
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
                return self.apply(op, self.product(in_integral=op[0] == "int"))
            return self.atom()
        self.fail("the row ends too early" if t[0] == "end" else f"unexpected `{t[1]}`", "an expression")

def _prime(node):
    if node[0] == "sym":
        return ("sym", node[1], node[2], node[3], node[4] + 1, node[5])
    return node


def _scope(items):
    """A derivative operator followed by more factors, `\\nabla_\\theta f\\, g`: ('d_scope', vars, f, g), for
    meaning.py to read as (nabla f) g when g does not depend on the variable (both readings agree) and
    to refuse as ambiguous otherwise; an operator at the end of the product is a plain ('d', vars, f)."""
    for k, it in enumerate(items):
        neg = isinstance(it, tuple) and it[0] == "neg" and isinstance(it[1], tuple) and it[1][0] == "d_op"
        if isinstance(it, tuple) and (it[0] == "d_op" or neg):
            op = it[1] if neg else it
            rest = _scope(items[k + 1:])
            head = items[:k]
            node = ("d", op[1], op[2]) if not rest else ("d_scope", op[1], op[2], _mul(rest))
            return head + [("neg", node) if neg else node]
    return items


def parse_row(text: str, log_product: bool = False, transposes: bool = False):
    """[(relation, side)]: relation None for the first side; side None when the row starts with `=`."""
    check_commands(text)
    p = Parser(text, log_product)
    p.transposes = transposes
    while p.toks and p.toks[-1][0] == "ch" and p.toks[-1][1] in ".,;":  # a sentence's punctuation
        p.toks.pop()
    return p.row()


def parse_general(text: str, log_product: bool = False, transposes: bool = False):
    r"""One expression (no relation) -> AST. `log_product`: an unbraced \log followed by more factors
    takes them all (\log \frac{1}{N} \sum_i ... as log of the product): the row's second reading."""
    parts = parse_row(text, log_product, transposes)
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
