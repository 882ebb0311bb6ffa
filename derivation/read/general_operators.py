"""The general reader's operators: sums, products, integrals and their differentials, derivatives in
every spelling (\\nabla_\\theta, \\partial_\\beta, \\frac{\\partial}{\\partial\\lambda_i\\,\\partial\\lambda_j},
\\frac{dF}{d\\theta}) and how far each one reaches; subscripts and superscripts."""
from __future__ import annotations

from .general_tokens import GREEK
from .read_error import ReadError
from .sum_index import implicit_index


class OperatorsMixin:
    """Methods of general.Parser that read a prefix operator and what it applies to."""

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
            node = ("int", op[1], op[2], body, diff)
            # \int f\, dx\, dy, \int f\, dodh: one sign, the integral over each variable in turn; only for the
            # row's first integral sign (in \int\int f dx dy the outer sign takes dy)
            first = len(op) > 3 and not any(t[0] == "cmd" and t[1] in ("int", "oint", "iint") for t in self.toks[:op[3]])
            while diff is not None and first and self.is_differential():
                node = ("int", None, None, node, self.differential())
            return node
        if op[0] == "d":
            return ("d", op[1], body)
        if op[0] == "expect":
            return ("expect", op[1], body)
        if op[0] == "sum" and op[1] is None and op[2] is None:   # \sum p_i E_i: over i (sum_index.py)
            return ("sum", implicit_index(body), None, body)
        return (op[0], op[1], op[2], body)

    def differential(self):
        if self.at("ch", "d"):
            self.next()
        else:
            for _ in range(4):
                self.next()
        v = self.unit()
        return v

    # ---- \argmax_\theta, \argmin_\theta (respell.py gives every spelling this one): the whole rest of the
    # expression is the objective (`\argmax_\theta \int f - \int g` maximizes the difference)
    def argmax(self):
        if not (self.at("cmd", "argmax") or self.at("cmd", "argmin")):
            return None
        kind = self.next()[1]
        sub, sup = self.scripts()
        if sub is None or sup is not None:
            self.fail(f"\\{kind} without one variable under it", f"\\{kind}_{{\\theta}}")
        return ("argmax", kind, sub, self.expr())

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
            at = self.k
            self.next()
            sub, sup = self.scripts()
            return ("int", sub, sup, at)
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
                if name == "nabla" and (self.at("cmd", "cdot") or self.at("cmd", "times")):
                    _bare_nabla(self, save)   # \nabla_x \cdot s(x): a divergence, named as the bare one is
                return ("d", [(var, order)])
            if name == "nabla":
                _bare_nabla(self, save)
            self.k = save
            return None
        if name in ("text", "mathrm", "operatorname", "textrm", "rm") and self._trace():
            return ("sum", None, None)   # Tr rho O: the trace, a sum over the states of what follows
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

    def _trace(self):
        """\\text{Tr}, \\mathrm{tr}, \\operatorname{Tr} before what it traces (not an argument in parentheses,
        tr(A B), a matrix's trace); taken when it is one."""
        toks = [self.peek(j) for j in range(1, 6)]
        if toks[0][1] != "{":
            return False
        word, j = "", 1
        while j < 5 and toks[j][0] == "ch" and toks[j][1].isalpha():
            word += toks[j][1]
            j += 1
        if word not in ("Tr", "tr", "Trace") or j >= 5 or toks[j][1] != "}" or self.peek(j + 2)[1] in ("(", "[", "{"):
            return False
        for _ in range(j + 2):
            self.next()
        return True

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
        mark = self._mark()
        if mark is not None:
            return mark
        if self.at("ch", "{"):
            self.next()
            node = self.sub_list() if allow_relations else self.expr_or_empty("}")
            self.expect("ch", "}")
            return node
        t = self.peek()
        if t[0] == "num":
            self.next()
            return ("num", t[1][0]) if len(t[1]) > 1 and "." not in t[1] else ("num", t[1])
        if t[0] == "cmd" and t[1] == "infty":  # \rangle_\infty, unbraced: read as _{\infty}
            self.next()
            return ("sym", "infty", "", None, 0, None)
        return self.atom(scripts=False)

    def _mark(self):
        """x^{+}, x^-, \\theta^{*}: a mark on a letter (the positive sample, an optimum), not an expression and
        not a power: named as not read yet (a power with an arbitrary exponent would misread every row)."""
        braced = self.at("ch", "{")
        t = self.peek(1) if braced else self.peek()
        if t[0] != "ch" or t[1] not in MARKS or (braced and not self.at("ch", "}", 2)):
            return None
        raise ReadError(f"a mark ^{t[1]} on a letter (x^{{{t[1]}}}: a sample, an optimum) is not read yet", t[2],
                        "a letter of its own (x_+, \\tilde x), or x'")

    def expr_or_empty(self, close):
        if self.at("ch", close):
            return ("empty",)
        return self.expr()

    def sub_list(self):
        """A subscript: `x \\sim p`, `i=1`, `x \\in \\mathcal{D}`, `\\beta,\\lambda`, `x, h`."""
        items = []
        while True:
            if self.at("ch", ":") and not self.at("ch", "=", 1):  # W_{:,j}: a whole row or column
                self.next()
                if self.at("ch", ","):
                    self.next()
                continue
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
            elif self.at("cmd", "neq") or self.at("cmd", "ne"):   # \sum_{j \neq i}: every j but i
                self.next()
                a = ("neqsub", a, self.expr())
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
            if self.at("ch", "(") or self.at("cmd", "left"):   # \partial (x - \mu): by an expression, no variable
                self.fail("a derivative by an expression (\\partial (x - \\mu)): the checker differentiates by a "
                          "variable", "\\partial x")
            braced = self.at("ch", "{")
            if braced:   # \partial{\theta_j}: the variable in braces of its own
                self.next()
            var = self.subscripted(self._primed(self.atom(scripts=False)))
            var = self._primed(var)
            if braced:
                self.expect("ch", "}")
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

    def _primed(self, var):
        """w' and w_{ij}^{'} by which a derivative is taken: a letter of its own (the primes the atom would count)."""
        while var[0] == "sym" and (self.at("ch", "'") or self.at("ch", "^") and self._prime_sup()):
            if self.at("ch", "'"):
                self.next()
            else:
                self.next()
                if self.at("cmd", "prime"):
                    self.next()
                else:
                    self.next()
                    while self.at("ch", "'") or self.at("cmd", "prime"):
                        self.next()
                        var = ("sym", var[1], var[2], var[3], var[4] + 1, var[5])
                    self.expect("ch", "}")
                    continue
            var = ("sym", var[1], var[2], var[3], var[4] + 1, var[5])
        return var

    def subscripted(self, var):
        if self.at("ch", "_") and var[0] == "sym":
            self.next()
            sub = self.script_arg()
            var = ("sym", var[1], var[2], sub, var[4], var[5])
        return var

    # ---- units


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


MARKS = {"+": "plus", "-": "minus", "*": "ast"}   # x^{+}, x^{-}, \theta^{*}
MAX_ORDER = 8   # derivatives of log Z up to order 8 (cumulants) are written out in real notes


def _order(node, parser):
    if node[0] == "num" and str(node[1]).isdigit() and 1 <= int(node[1]) <= MAX_ORDER:
        return int(node[1])
    if node[0] == "sym" and node[1] in ("T", "top", "intercal", "transpose", "prime"):
        if parser.transposes and node[1] != "prime" and node[3] is None:   # read entry by entry: meaning/entries.py
            return node[1]   # the mark as the order: T (a transpose, or a power where T is a number), top, ...
        # \nabla_\theta^T: a transposed gradient, a Hessian \nabla\nabla^T: vectors and matrices, which the
        # scalar reading would get wrong ((\nabla q)^T \nabla q is not \nabla q (\nabla q)^T): not read
        raise ReadError("a transposed gradient (\\nabla^T: vectors and matrices are not read yet)", parser.peek()[2],
                        "a derivative by one scalar parameter")
    raise ReadError(f"a derivative of an order that is not a number from 1 to {MAX_ORDER}", parser.peek()[2],
                    f"an order 1 to {MAX_ORDER}")


def _mul(items):
    flat = []
    for it in items:
        flat.extend(it[1:] if it[0] == "mul" else (it,))
    return flat[0] if len(flat) == 1 else ("mul", *flat)


def _bare_nabla(parser, at):
    """\\nabla with no subscript the respelling could give it (respell.py: the document's one subscript, or the one
    variable of the function after it): what it is, named, never guessed."""
    pos = parser.toks[at][2]
    if parser.at("ch", "^"):
        raise ReadError("\\nabla^2 without its variable: a Hessian or a Laplacian (matrices and vector operators are "
                        "not read yet)", pos, "\\frac{\\partial^2 f}{\\partial \\theta^2}")
    if parser.at("cmd", "cdot") or parser.at("cmd", "times"):
        raise ReadError("\\nabla \\cdot, \\nabla \\times: a divergence or a curl of a vector field (not read yet)",
                        pos, "the sum of the partial derivatives written out")
    raise ReadError("a gradient \\nabla without its variable: the document gives \\nabla no subscript (or several), so "
                    "what it differentiates by cannot be told", pos, "\\nabla_\\theta")
