"""Vectors read entry by entry: \\nabla_\\theta \\nabla_\\theta^T f, \\nabla_\\theta f \\nabla_\\theta^T g,
(\\nabla_\\theta \\log q)(\\nabla_\\theta \\log q)^T, (T(x) - \\nabla_\\eta A)(T(x) - \\nabla_\\eta A)^T.

A matrix identity holds iff every entry holds, and the entry (i, j) of a gradient's outer product or of a Hessian
depends only on the components theta_i and theta_j. So a side written with a transposed gradient is read as its
entry (i, j), in the scalars the checker already judges:

    \\nabla_\\theta f              (a column)              d f / d theta_i
    \\nabla_\\theta^T f, (..)^T    (a row)                 d f / d theta_j, the entry j of what is transposed
    a b^T, \\nabla f \\nabla^T g   (a column times a row)   the product of the two entries
    \\nabla_\\theta (\\nabla_\\theta^T f / g)  (a gradient of a row)  d/d theta_i (d f / d theta_j / g)
    T(x) of eta^T T(x)           (a vector of functions)  T_i(x) or T_j(x)

i and j are free component indices (vocabulary Index, each 1..m): the judge holds a row for every value of its free
indices, so the one reading covers the off-diagonal entries (i != j: theta_i and theta_j two independent scalars of
everything that depends on theta) and the diagonal (i = j: one scalar) together, a conjunction by construction:
`proved` only when every entry is, `invalid` with the entry that fails named by its i and j (an instance with m = 2
components tries every pair: evaluation.py). Two readings combined by readings.py's rule would not do: that rule calls
a row whose readings disagree undecided, where a matrix identity false on one entry is false.

A row times a column (theta^T \\nabla_\\theta A, (\\nabla q)^T \\nabla q) is their inner product, sum_{k=1}^{m} over the
components, as meaning_vectors.py reads a^T b. A run is read so when it writes a transposed gradient or transposes
one of the document's vectors (T(x)^T, (theta' - theta)^T; a^T b of letters stays meaning_vectors.py's); where the
document writes T as a number, only \\top and \\intercal are transposes. A gradient by a state (\\nabla_x^T, x a point
of R^n) is left as before: the checker's states are labels.

Never a guess: a side whose shape is not one of these stays unreadable, named (`Refused`): \\nabla^T f \\nabla g (an
inner product, or the divergence of f \\nabla g?), a Jacobian (\\nabla of a column), \\nabla^2 or d^2 by the vector (a
Hessian or a Laplacian?), a letter that may be a matrix beside a vector (A \\nabla f), a derivative by another letter,
a transpose of what may be a power, a number beside vectors or matrices (other than 0: an unknown matrix H_{\\log q},
F(\\eta) is not read entry by entry). A run without a transpose is read as before (\\nabla_\\theta alone: any one
component, DESIGN.md)."""
from __future__ import annotations

from .meaning_vectors import TRANSPOSES, dot_pairs

ORDERS = {"T", "top", "intercal", "transpose"}   # \\nabla_\\theta^T's order, the reader asked (general_operators.py)
SCALAR, COLUMN, ROW, MATRIX = "a scalar", "a column", "a row", "a matrix"
SCALAR_OBJECTS = {"P", "Q", "E", "Z", "N", "K"}   # upper-case letters the vocabulary gives a scalar meaning
INDEX_LETTERS = "ijklrsuabcg"   # the entry's (i, j) and an inner product's k, each not written in the run


class Refused(Exception):
    """A side whose shape cannot be read: why, in words."""


def _index(name):
    return ("sym", name, "", None, 0, None)


def is_transpose(e, plain_t=True) -> bool:
    """^T, ^\\top, ^\\intercal (`plain_t` False: the document writes T as a number, so ^T may be a power)."""
    return isinstance(e, tuple) and e[0] == "sym" and e[1] in TRANSPOSES and e[2] == "" and e[3] is None \
        and e[5] is None and not e[4] and (plain_t or e[1] != "T")


def _transposed_order(order, plain_t=True) -> bool:
    return order in ORDERS and (plain_t or order != "T")


def _nodes(node):
    if isinstance(node, tuple):
        yield node
        for a in node[1:]:
            yield from _nodes(a)
    elif isinstance(node, list):
        for a in node:
            yield from _nodes(a)


def _gradient_var(node):
    """The letter a derivative node differentiates by, when it is one plain letter (\\nabla_\\theta), else None."""
    if node[0] in ("d", "d_op", "d_scope") and isinstance(node[1], list) and len(node[1]) == 1:
        var = node[1][0][0]
        if var[0] == "sym" and var[3] is None:
            return var[1]
    return None


def transposed_vars(node, plain_t=True) -> set:
    """The letters of the transposed gradients a side writes: \\nabla_\\theta^T, or ^T on what holds \\nabla_\\theta."""
    out = set()
    for n in _nodes(node):
        if n[0] in ("d", "d_op", "d_scope") and isinstance(n[1], list) \
                and any(_transposed_order(o, plain_t) for _, o in n[1]):
            out |= {v[1] for v, _ in n[1] if v[0] == "sym"}
        if n[0] == "pow" and is_transpose(n[2], plain_t):
            out |= {v for v in map(_gradient_var, _nodes(n[1])) if v is not None}
    return out


def gradient_vars(asts) -> set:
    """The letters the sides differentiate by with one plain \\nabla_\\theta (d/d theta)."""
    return {v for a in asts for v in map(_gradient_var, _nodes(a)) if v is not None}


def outer_products(node, letters, functions, plain_t=True) -> bool:
    """Whether a side transposes one of the document's vectors (T(x)^T, (T(x) - a)^T) other than in a^T b, which
    meaning_vectors.py reads as a sum over the components."""
    dots = {id(n[1 + k]) for n in _nodes(node) for k, _, _ in dot_pairs(n)}
    for n in _nodes(node):
        if n[0] == "pow" and is_transpose(n[2], plain_t) and id(n) not in dots and any(
                (b[0] == "app" and b[1][0] == "sym" and b[1][1] in functions and b[1][3] is None)
                or (b[0] == "sym" and b[1] in letters and b[3] is None) for b in _nodes(n[1])):
            return True
    return False


def _plain_scalar(node) -> bool:
    """A factor beside a vector that is a number for sure: no upper-case letter but the vocabulary's scalars
    (A \\nabla f, \\Sigma v may be a matrix times a vector)."""
    for n in _nodes(node):
        if n[0] == "sym" and n[1][:1].isupper() and n[1] not in SCALAR_OBJECTS:
            return False
    return True


class Entries:
    """The shape of a side and its entry: `vars_` the vectors differentiated by (theta), `letters` and `functions`
    the document's vectors (eta, T of eta^T T(x): meaning_vectors.vector_letters), (i, j) the entry's indices."""

    def __init__(self, vars_, letters, functions, i, j, k="k", plain_t=True):
        self.vars, self.letters, self.functions, self.ij, self.k = set(vars_), set(letters), set(functions), (i, j), k
        self.plain_t = plain_t   # False: the document writes T as a number, and ^T may be a power

    # ---- shapes
    def shape(self, n) -> str:
        kind = n[0]
        if kind == "num":
            return SCALAR
        if kind == "sym":
            return COLUMN if n[3] is None and (n[1] in self.vars or n[1] in self.letters) else SCALAR
        if kind == "app":   # f(eta), p_theta(x): a function of a vector is what f is; its arguments stay as written
            head = n[1]
            self._no_gradient(list(n[2]) + list(n[3]), "the argument of a function")
            if head[0] == "sym" and head[1] in self.functions and head[3] is None:
                return COLUMN
            return SCALAR
        if kind in ("d", "d_op"):
            return self._derivative(n)
        if kind == "d_scope":
            return self._product([("d", n[1], n[2]), n[3]], scope=True)
        if kind == "neg":
            return self.shape(n[1])
        if kind == "mul":
            return self._product(list(n[1:]))
        if kind == "div":
            self._scalars([n[2]], "a divisor")
            return self._beside(self.shape(n[1]), [n[2]])
        if kind == "pow":
            base = self.shape(n[1])
            if is_transpose(n[2]):
                if not is_transpose(n[2], self.plain_t):
                    raise Refused("^T where the document also writes T as a number (a transpose, or a power?)")
                if base == SCALAR:
                    raise Refused("a transpose of what the checker reads as a number (a transpose, or a power?)")
                return {COLUMN: ROW, ROW: COLUMN, MATRIX: MATRIX}[base]
            self._scalars([n[1], n[2]], "a power")
            return SCALAR
        if kind == "add":
            shapes = [self.shape(a) for a in n[1:]]
            wide = {s for s in shapes if s != SCALAR}
            if len(wide) > 1:
                raise Refused(f"a sum of {' and '.join(sorted(wide))}")
            if wide and any(s == SCALAR and a != ("num", "0") for s, a in zip(shapes, n[1:])):
                raise Refused(f"a number added to {next(iter(wide))}")
            return wide.pop() if wide else SCALAR
        if kind in ("expect", "bracket", "int", "sum"):   # E_{p_theta}[.], <.>, \int . dx, \sum_i .: of each entry
            body = {"expect": 2, "bracket": 1}.get(kind, 3)
            self._no_gradient([a for k, a in enumerate(n) if k not in (0, body)], "a subscript or a bound")
            return self.shape(n[body])
        self._scalars([a for a in n[1:] if isinstance(a, (tuple, list))], f"`{kind}`")
        return SCALAR

    def _scalars(self, nodes, where):
        for a in nodes:
            for b in (a if isinstance(a, list) else [a]):
                if isinstance(b, tuple) and self.shape(b) != SCALAR:
                    raise Refused(f"a vector in {where} (not read entry by entry)")

    def _no_gradient(self, nodes, where):
        for a in nodes:
            if any(_gradient_var(b) in self.vars for b in _nodes(a)):
                raise Refused(f"a gradient in {where} (not read entry by entry)")

    def _derivative(self, n):
        (var, order), *more = n[1]
        if n[2] is None:
            raise Refused("a derivative operator with nothing after it")
        if var[0] != "sym" or var[1] not in self.vars or more or var[3] is not None:
            if any(v[0] == "sym" and v[1] in self.vars and v[3] is None for v, _ in n[1]):
                raise Refused("a second derivative by the vector (\\nabla^2: a Hessian or a Laplacian?)")
            raise Refused(f"a derivative by {var[1] if var[0] == 'sym' else 'an expression'} beside "
                          + (f"gradients by {', '.join(sorted(self.vars))}" if self.vars else "an outer product")
                          + " (a vector or a number?)")
        body = self.shape(n[2])
        if order in ORDERS:
            if not _transposed_order(order, self.plain_t):
                raise Refused("\\nabla^T where the document also writes T as a number (a transpose, or an order?)")
            if body != SCALAR:
                raise Refused(f"a transposed gradient of {body}")
            return ROW
        if order != 1:
            raise Refused("a second derivative by the vector (\\nabla^2: a Hessian or a Laplacian?)")
        if body == SCALAR:
            return COLUMN
        if body == ROW:
            return MATRIX
        raise Refused(f"a gradient of {body} (a Jacobian: not read entry by entry)")

    def _items(self, items):
        """The factors of a product, a^T b of the document's vectors (meaning_vectors.py's sum) kept as one."""
        pairs = {k for k, _, _ in dot_pairs(("mul", *items))}
        out, skip = [], False
        for k, it in enumerate(items):
            if skip:
                skip = False
                continue
            if k in pairs:
                out.append(("dot", ("mul", it, items[k + 1])))
                skip = True
            else:
                out.append(("one", it))
        return out

    def _product(self, items, scope=False):
        shapes = [SCALAR if kind == "dot" else self.shape(it) for kind, it in self._items(items)]
        wide = [s for s in shapes if s != SCALAR]
        if not wide:
            return SCALAR
        if scope and shapes[1] == SCALAR:   # \nabla_\theta f g, g a number: meaning.py's scope rule decides
            return self._beside(shapes[0], [items[1]])
        if scope and wide == [ROW, COLUMN]:
            raise Refused("\\nabla^T f \\nabla g: an inner product, or the divergence of f \\nabla g? (write "
                          "parentheses)")
        scalars = [it for (kind, it), s in zip(self._items(items), shapes) if s == SCALAR]
        if wide == [COLUMN, ROW]:
            return self._beside(MATRIX, scalars)
        if len(wide) == 1:
            return self._beside(wide[0], scalars)
        if wide == [ROW, COLUMN]:   # a row times a column: the inner product, sum_k a_k b_k
            return self._beside(SCALAR, scalars, inner=True)
        raise Refused(f"a product of {' and '.join(wide)}")

    def _beside(self, shape, scalars, inner=False):
        if (shape != SCALAR or inner) and not all(_plain_scalar(a) for a in scalars):
            raise Refused("a letter beside a vector that may be a matrix (write it as a number, or the product "
                          "out in components)")
        return shape

    # ---- entries
    def entry(self, n, at=()):
        """The AST of the entry `at` of n: () for a number, (i,) of a column or a row, (i, j) of a matrix."""
        kind = n[0]
        if kind == "sym" and at:
            return (*n[:3], _index(at[0]), *n[4:])
        if kind == "app" and at:
            return ("app", (*n[1][:3], _index(at[0]), *n[1][4:]), n[2], n[3])
        if kind in ("d", "d_op"):
            (var, order), = n[1]
            if not at:
                return n
            inner = at[1:] if self.shape(n[2]) != SCALAR else ()
            return ("d", [((*var[:3], _index(at[0]), *var[4:]), 1)], self.entry(n[2], inner))
        if kind == "d_scope":
            first, rest = ("d", n[1], n[2]), n[3]
            if self.shape(rest) == SCALAR:   # the scope stays for meaning.py to read (or refuse)
                d = self.entry(first, at)
                return ("d_scope", d[1], d[2], rest)
            return _product(self._entries([first, rest], at))   # a column times a row: the outer product
        if kind == "neg":
            return ("neg", self.entry(n[1], at))
        if kind == "mul":
            return _product(self._entries(list(n[1:]), at))
        if kind == "div":
            return ("div", self.entry(n[1], at), self.entry(n[2]))
        if kind == "pow" and is_transpose(n[2]):
            return self.entry(n[1], tuple(reversed(at)))
        if kind == "pow":
            return ("pow", self.entry(n[1]), self.entry(n[2]))
        if kind in ("log", "exp", "abs"):   # of a number, maybe an inner product
            return (kind, self.entry(n[1]), *n[2:])
        if kind == "add":
            return ("add", *[self.entry(a, () if self.shape(a) == SCALAR else at) for a in n[1:]])
        if kind == "expect":
            return ("expect", n[1], self.entry(n[2], at))
        if kind == "bracket":
            return ("bracket", self.entry(n[1], at), n[2])
        if kind in ("int", "sum"):
            return (*n[:3], self.entry(n[3], at), *n[4:])
        return n

    def _entries(self, items, at):
        """The factors of a product at `at`: a column takes the first index, a row the last, scalars stay; a row
        times a column is their inner product, sum_{k=1}^{m} over the components (meaning_vectors.py's form)."""
        shapes = [SCALAR if kind == "dot" else self.shape(it) for kind, it in self._items(items)]
        if [s for s in shapes if s != SCALAR] == [ROW, COLUMN]:
            k = self.k
            inner = self._entries_at(items, (k,))
            if any(n[0] == "eqsub" and n[1] == _index(k) for n in _nodes(inner)):
                raise Refused("an inner product inside another (not read entry by entry)")
            bound = ("eqsub", _index(k), ("num", "1"))
            return [("sum", bound, ("sym", "m", "", None, 0, None), ("mul", *inner))]
        return self._entries_at(items, at)

    def _entries_at(self, items, at):
        out = []
        for kind, it in self._items(items):
            if kind == "dot":
                out.extend(it[1:])
                continue
            s = self.shape(it)
            out.append(self.entry(it, () if s == SCALAR else at if s == MATRIX else at[:1] if s == COLUMN else at[-1:]))
        return out


def _product(items):
    return items[0] if len(items) == 1 else ("mul", *items)


def index_letters(asts):
    """Three component indices the sides do not write already (the entry's two, an inner product's one), or None."""
    used = {n[1] for a in asts for n in _nodes(a) if n[0] == "sym"}
    free = [c for c in INDEX_LETTERS if c not in used]
    return tuple(free[:3]) if len(free) >= 3 else None
