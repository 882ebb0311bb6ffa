"""One row of LaTeX -> a small AST of tuples, on a lark LALR parser built once.

The AST says what the row means, not how it was typed: `\\theta`, `\\mathrm{\\Theta}` and
`\\boldsymbol{\\theta}` are all the parameter; `\\nabla_\\theta F`, `\\partial_\\Theta F` and
`\\frac{\\partial F}{\\partial\\Theta}` are all ('d', F). Nodes:

    ('num', n)  ('N',)  ('e',)  ('add', a, b, ...)  ('neg', a)  ('mul', a, b, ...)
    ('div', a, b)  ('pow', a, b)  ('exp', a)  ('log', a)  ('d', a)     d/dTheta
    ('sum_data', body)      sum over the data, i = 1..N (index written i, j, k or n)
    ('sum_states', body)    sum over the whole state space
    ('E', point)  ('P', point)  ('Z',)  ('L',)
    ('expect_model', body)  E_{x~P_Theta}[body]      ('expect_data', body)  E_{x~P_D}[body]
    points: ('x',) the state variable, ('x_i', 'i') the data point of the enclosing data sum (its
            index must be the sum's; inside a sum it is renamed i), ('x_i', 'j') a free data point
"""
from __future__ import annotations

import re
from importlib import resources

from lark import Lark, Token, Tree
from lark.visitors import Transformer_NonRecursive
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

KNOWN_COMMANDS = frozenset("""frac dfrac tfrac partial nabla sum log ln exp sim in cdot times Theta theta
    mathrm mathbf mathit boldsymbol bm mathbb mathop mathcal mathsf left right bigl bigr Bigl Bigr biggl
    biggr big Big quad qquad displaystyle limits prime text textrm rm""".split())

# What the parser wanted, in a reader's words.
_EXPECTED_WORDS = {
    "RPAR": ")", "LPAR": "(", "RBRACK": "]", "LBRACK": "[", "RBRACE": "}", "LBRACE": "{",
    "EQ": "=", "PLUS": "+", "MINUS": "-", "NUMBER": "a number", "NUM_N": "N", "NUM_K": "K", "THETA": "\\Theta",
    "X": "x", "INDEX": "an index (i)", "FRAC": "\\frac", "PARTIAL": "\\partial", "D": "d",
    "SUM": "\\sum", "LOG": "\\log", "EXP": "\\exp", "EN": "E", "ZED": "Z", "PLETTER": "P",
    "CAL_L": "\\mathcal{L}", "CAL_D": "\\mathcal{D}", "CAL_X": "\\mathcal{X}", "BB_E": "\\mathbb{E}",
    "SIM": "\\sim", "IN": "\\in", "CIRCUMFLEX": "^", "UNDERSCORE": "_", "COMMA": ",", "SEMI": ";",
    "CDOT": "\\cdot", "EULER": "e", "ELL": "L", "NABLA": "\\nabla", "PRIME": "'", "DATA": "\\mathrm{data}",
    "$END": "the end of the row",
}

_PARSER = None
MAX_LITERAL_DIGITS = 4000   # longer literals stay strings (int() refuses > 4300 digits)
MAX_ROW_CHARS = 100_000     # a longer row is refused before parsing
MAX_NESTING = 200           # braces, parentheses and brackets open at once
# `Z(` / `L(` / `\mathcal{L}(`, possibly with a subscript: what comes next must be their argument.
_ARGS_OPEN = re.compile(r"(?:\bZ|\bL|\\mathcal\s*\{\s*L\s*\})(?:_\{[^{}]*\}|_\\?\w+)?\s*(?:\\left\s*)?\(\s*$")


def parser() -> Lark:
    """The row parser, built on first use and kept (building it costs ~0.1 s; parser_cache.py keeps
    the built tables on disk between runs)."""
    global _PARSER
    if _PARSER is None:
        from .parser_cache import build

        grammar = resources.files("derivation.latex").joinpath("grammar.lark").read_text()
        _PARSER = build(grammar, start="row", parser="lalr", propagate_positions=True, maybe_placeholders=False)
    return _PARSER


class ReadError(ValueError):
    """A row that cannot be read: where (0-based offset into the row text) and what was expected."""

    def __init__(self, what: str, offset: int, expected: str = ""):
        self.what, self.offset, self.expected = what, offset, expected
        super().__init__(what + (f"; expected {expected}" if expected else ""))


def _words(names) -> str:
    words = sorted({_EXPECTED_WORDS.get(n, n) for n in names if not n.startswith("__")})
    return ", ".join(words[:8]) + (", ..." if len(words) > 8 else "")


def check_commands(text: str) -> None:
    """Name an unknown command before parsing: the most common reason a row is unreadable."""
    for m in re.finditer(r"\\([a-zA-Z]+)", text):
        if m.group(1) not in KNOWN_COMMANDS:
            raise ReadError(f"unknown command \\{m.group(1)}", m.start(),
                            "a command of the notation (\\frac, \\partial, \\sum, \\log, \\exp, \\Theta, ...)")


def check_size(text: str) -> None:
    """Refuse, located, a row too long or nested too deeply to read within the reader's budget."""
    if len(text) > MAX_ROW_CHARS:
        raise ReadError(f"the row is {len(text)} characters long; the reader reads rows of at most "
                        f"{MAX_ROW_CHARS}", MAX_ROW_CHARS, "a shorter row")
    depth = 0
    for k, ch in enumerate(text):
        if ch in "{([":
            depth += 1
            if depth > MAX_NESTING:
                raise ReadError(f"more than {MAX_NESTING} brackets open at once", k, "less nesting")
        elif ch in "})]":
            depth -= 1


def parse_tree(text: str) -> Tree:
    """The lark tree of a row, or a ReadError saying where and what was expected."""
    check_size(text)
    check_commands(text)
    try:
        return parser().parse(text)
    except RecursionError:
        raise ReadError("the row nests too deeply for the reader", 0, "less nesting") from None
    except UnexpectedToken as e:
        if e.token.type == "$END":
            raise ReadError("the row ends too early", len(text.rstrip()), _words(e.expected)) from None
        what = f"unexpected `{e.token.value}`"
        if _ARGS_OPEN.search(text[:e.token.start_pos]):
            what += " (after Z or L a parenthesis opens its argument, \\theta; write Z \\cdot (...) for a product)"
        raise ReadError(what, e.token.start_pos, _words(e.expected)) from None
    except UnexpectedCharacters as e:
        # show a whole command with its argument (\mathrm{data}), not just its backslash
        m = re.compile(r"\\[a-zA-Z]+(\s*\{[^{}]*\})?|.").match(text, e.pos_in_stream)
        raise ReadError(f"unexpected `{m.group(0)}`", e.pos_in_stream, _words(e.allowed)) from None
    except UnexpectedEOF as e:
        raise ReadError("the row ends too early", len(text.rstrip()), _words(e.expected)) from None
    except UnexpectedInput as e:  # pragma: no cover - lark's other kinds
        raise ReadError(str(e), getattr(e, "pos_in_stream", 0) or 0) from None


def _flat(kind, items):
    out = []
    for it in items:
        out.extend(it[1:] if it[0] == kind else (it,))
    return (kind, *out)


class ToAST(Transformer_NonRecursive):  # iterative: a row of 1000 terms must not overflow the stack
    """lark tree -> AST tuples; collects notes on forms read leniently (the post's slips)."""

    def __init__(self):
        super().__init__()
        self.notes: list[tuple[int, str]] = []

    # ---- arithmetic
    def add(self, c):
        return _flat("add", [c[0], c[2]])

    def sub(self, c):
        return _flat("add", [c[0], ("neg", c[2])])

    def neg(self, c):
        return ("neg", c[1])

    def pos(self, c):
        return c[1]

    def mul(self, c):
        return _flat("mul", [x for x in c if not isinstance(x, Token)])

    def number(self, c):
        # a literal past Python's int-from-string limit stays a string: to_sympy refuses it by size
        return ("num", int(c[0]) if len(c[0]) <= MAX_LITERAL_DIGITS else str(c[0]))

    def count(self, c):
        return ("N",)

    def euler(self, c):
        return ("e",)

    def group(self, c):
        return c[1] if len(c) == 3 else c[0]

    def frac(self, c):
        return ("div", c[1], c[2])

    def power(self, c):
        base, sup = c
        return ("exp", sup) if base == ("e",) else ("pow", base, sup)

    def sup(self, c):
        return c[0]

    def log(self, c):
        return ("log", c[1])

    def exp(self, c):
        return ("exp", c[1])

    # ---- derivatives and big operators
    def derivative(self, c):
        return ("d", c[2])

    def neg_derivative(self, c):
        return ("neg", ("d", c[3]))  # \frac{-\partial F}{\partial\Theta}: minus the derivative of F

    def d_op(self, c):
        return ("d",)

    def order(self, c):
        return c[0]

    def _order(self, top, bottom):
        if int(top) != int(bottom) or not 1 <= int(top) <= 3:
            raise ReadError(f"derivative of order {top} over d Theta^{bottom}", top.start_pos,
                            "the same order (1 to 3) above and below")
        return int(top)

    def derivative_n(self, c):
        # \frac{\partial^{n} F}{\partial \Theta^{n}}: the notation's printer writes nested derivatives so
        node = c[3]
        for _ in range(self._order(c[2], c[6])):
            node = ("d", node)
        return node

    def d_op_n(self, c):
        return ("d" * self._order(c[2], c[5]),)

    def sum_op(self, c):
        return c[1]

    def data_range(self, c):
        if int(c[2]) != 1:
            raise ReadError(f"a sum over the data runs from 1 to N, not from {c[2]}", c[2].start_pos, "1")
        return ("sum_data", c[0])

    def data_range_short(self, c):
        return ("sum_data", c[0])

    def _bind(self, body, index: Token):
        """The data points in a data sum's body must carry its index; they become ('x_i', 'i')."""
        if not isinstance(body, tuple):
            return body
        if body[0] == "sum_data":
            raise ReadError("a sum over the data inside another one (the notation has one data index)",
                            index.start_pos, "one sum over i = 1..N")
        if body[0] == "x_i":
            if body[1] != str(index):
                raise ReadError(f"a data point indexed {body[1]} inside a sum over {index}", index.start_pos,
                                f"x_{index} or x^{{({index})}}")
            return ("x_i", "i")
        return tuple(self._bind(b, index) for b in body)

    def state_range(self, c):
        return ("sum_states",)

    def state_range_full(self, c):
        # \sum_{x=1}^{K}: states are numbered 1..K (the notation's printer writes it so)
        if int(c[2]) != 1:
            raise ReadError(f"a sum over the states runs from 1 to K, not from {c[2]}", c[2].start_pos, "1")
        return ("sum_states",)

    def apply(self, c):
        op, body = c
        if set(op[0]) == {"d"} and len(op[0]) > 1:  # a derivative operator of order n
            for _ in op[0]:
                body = ("d", body)
            return body
        if op[0] == "sum_data":
            body = self._bind(body, op[1])
        return (op[0], body)

    def apply_neg(self, c):
        return self.apply([c[0], ("neg", c[2])])  # \sum_x -E(x): the sign belongs to the body

    def log_of_apply(self, c):
        return ("log", self.apply(c[1:]))

    # ---- the subject's objects
    def energy(self, c):
        return ("E", next(x for x in c if isinstance(x, tuple) and x[0] in ("x", "x_i")))

    def prob(self, c):
        return ("P", next(x for x in c if isinstance(x, tuple) and x[0] in ("x", "x_i")))

    def partition(self, c):
        return ("Z",)

    def loss(self, c):
        return ("L",)

    def expectation(self, c):
        return (c[1], c[3])

    def over(self, c):
        return c[2]

    def over_dist(self, c):
        return c[0]

    def model_dist(self, c):
        return "expect_model"

    def model_dist_slip(self, c):
        self.notes.append((c[0].start_pos, "subscript written P_{\\Theta(x)}: read as P_\\Theta(x)"))
        return "expect_model"

    def data_dist(self, c):
        return "expect_data"

    def state(self, c):
        return ("x",)

    def datum(self, c):
        return ("x_i", str(next(t for t in c if isinstance(t, Token) and t.type == "INDEX")))

    def theta(self, c):
        return "Theta"

    def theta_arg(self, c):
        return c[0]

    def upper(self, c):
        return "N"

    def dataset(self, c):
        return "D"


def transform(tree: Tree) -> tuple[object, list[tuple[int, str]]]:
    t = ToAST()
    try:
        return t.transform(tree), t.notes
    except VisitError as e:
        if isinstance(e.orig_exc, ReadError):
            raise e.orig_exc from None
        if isinstance(e.orig_exc, RecursionError):
            raise ReadError("the row nests too deeply for the reader", 0, "less nesting") from None
        raise
    except RecursionError:
        raise ReadError("the row nests too deeply for the reader", 0, "less nesting") from None


def parse_expression(text: str):
    """A single expression (no `=`) -> AST. For check_step and tests."""
    tree = parse_tree(text)
    if tree.data != "row" or len(tree.children) != 1:
        raise ReadError("expected one expression, found an equation", 0, "an expression without =")
    ast, _ = transform(tree.children[0])
    return ast
