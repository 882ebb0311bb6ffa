"""Vectors in the general vocabulary: a^T b, eta^T T(x), theta^top f(x) as sums over components.

A superscript T (or \\top, \\intercal) on a letter followed by another factor is a transpose when the
document never writes T as a number (e^{-E/T}, \\sum_{t=1}^{T}): then a^T b means sum_k a_k b_k over the
m components of the vector parameters (vocabulary/base.py COMPONENTS), each factor taken componentwise:

    a letter (eta, theta, a)          its component a_k: a vector parameter's, or an arbitrary one's
    a function of the state (T(x))    its component T_k(x), a function of the state (StateFn)

The transposed letter becomes a vector parameter where it is one (roles.vectors), and a function that
meets a transpose (T of eta^T T(x)) is a vector of functions: written alone in another row (E[T(x)] beside
nabla_eta A), it is read componentwise, at the free component k that nabla_eta takes (meaning.py param).
Where T is also a number, a^T stays refused: the transpose or the power is not guessed; a^\\top, a^\\intercal
are transposes everywhere.
"""
from __future__ import annotations

from .roles import walk

TRANSPOSES = {"T", "top", "intercal"}   # (the reader spells \top and \intercal "top": general_atoms.py)


def _is_transpose_sup(node) -> bool:
    return node[0] == "sym" and node[1] in TRANSPOSES and node[2] == "" and node[3] is None \
        and node[5] is None and not node[4]


def _plain_letter(node) -> bool:
    return node[0] == "sym" and node[3] is None and node[5] is None and not node[4]


def _plain_function(node) -> bool:
    return node[0] == "app" and node[1][0] == "sym" and _plain_letter(node[1]) and not node[3]


def t_is_a_number(asts) -> bool:
    """Whether the document writes T as a quantity (not only as a transpose or a function's name)."""
    for a in asts:
        if not isinstance(a, tuple):
            continue
        marks = {id(n[2]) for n in walk(a) if n[0] == "pow"} | {id(n[1]) for n in walk(a) if n[0] == "app"}
        if any(n[0] == "sym" and n[1] == "T" and id(n) not in marks for n in walk(a)):
            return True
    return False   # (a + b)^T alone does not make T a number: that row stays unread (refuse_transpose), not others


def _terms(node):
    """The terms of a sum of vectors, a^T (b + c - f(x)): each a letter or a function of the state, signs aside."""
    if node[0] == "add":
        return [t for a in node[1:] for t in _terms(a)]
    if node[0] == "neg":
        return _terms(node[1])
    return [node]


def _componentwise(node) -> bool:
    """A factor a transpose applies to component by component: a letter, a function of the state, or a sum of them."""
    return all(_plain_letter(t) or _plain_function(t) for t in _terms(node))


def dot_pairs(node, plain_t: bool = True):
    """The (vector, other factor) pairs a^T b of a product node: [(k, a, b)] with k the factor's position
    (`plain_t` False: only a^\\top, a^\\intercal, where the document also writes T as a number)."""
    if node[0] != "mul":
        return []
    out = []
    items = node[1:]
    for k in range(len(items) - 1):
        f, g = items[k], items[k + 1]
        if f[0] == "pow" and _is_transpose_sup(f[2]) and (plain_t or f[2][1] != "T") and _plain_letter(f[1]) \
                and _componentwise(g):
            out.append((k, f[1], g))
    return out


def vector_letters(asts) -> tuple[set, set]:
    """(letters transposed in a^T b, heads of functions met by a transpose: the T of eta^T T(x)); empty
    when the document writes T as a number."""
    number = t_is_a_number(asts)   # then only \top, \intercal mark a transpose: a^T may be a power
    states = state_letters(asts)
    letters, functions = set(), set()
    for a in asts:
        if not isinstance(a, tuple):
            continue
        for n in walk(a):
            for _, vec, other in dot_pairs(n, plain_t=not number):
                if vec[1] in states or any(t[0] == "sym" and t[1] in states for t in _terms(other)):
                    continue   # a^T v with v a state: a vector of units, which only an explicit energy has
                letters.add(vec[1])
                for term in _terms(other):   # a^T (b + f(x)): each term's letter or function
                    if term[0] == "app":
                        functions.add(term[1][1])
                    else:
                        letters.add(term[1])
    return letters, functions


def state_letters(asts) -> set:
    """Letters the document writes as the state of a distribution or an energy (p(v), E(v, h)): states, never
    vectors of the general vocabulary. (F is left out: F(eta) is as often a Fisher information as a free energy.)"""
    from .roles import DIST_LETTERS, ENERGY_LETTERS
    heads = {n for n, _ in ENERGY_LETTERS} | set(DIST_LETTERS)
    out = set()
    for a in asts:
        if isinstance(a, tuple):
            for n in walk(a):
                if n[0] == "app" and n[1][0] == "sym" and n[1][1] in heads:
                    out |= {x[1] for x in list(n[2]) + list(n[3]) if x[0] == "sym"}
    return out


def _component(node, k):
    """a -> a_k; F(x) -> F_k(x); b + f(x) - c -> b_k + f_k(x) - c_k."""
    if node[0] in ("add", "neg"):
        return (node[0], *[_component(a, k) for a in node[1:]])
    idx = ("sym", k, "", None, 0, None)
    if node[0] == "app":
        head = node[1]
        return ("app", (head[0], head[1], head[2], idx, head[4], head[5]), node[2], node[3])
    return (node[0], node[1], node[2], idx, node[4], node[5])


def fresh_index(node) -> str:
    used = {n[1] for n in walk(node) if n[0] == "sym"}
    return next(c for c in ("k", "l", "r", "s", "q", "u") if c not in used)


def as_component_sums(node, allowed):
    """The product node with each a^T b (a in `allowed`) written as \\sum_k a_k b_k; the node itself when
    there is none."""
    pairs = [p for p in dot_pairs(node) if p[1][1] in allowed]
    if not pairs:
        return node
    items, out, skip = list(node[1:]), [], set()
    starts = {k: (a, b) for k, a, b in pairs}
    for k, f in enumerate(items):
        if k in skip:
            continue
        if k in starts and k + 1 not in skip:
            a, b = starts[k]
            c = fresh_index(node)
            bound = ("eqsub", ("sym", c, "", None, 0, None), ("num", "1"))   # \sum_{k=1}^{m}: over components
            out.append(("sum", bound, ("sym", "m", "", None, 0, None), ("mul", _component(a, c), _component(b, c))))
            skip.add(k + 1)
        else:
            out.append(f)
    return out[0] if len(out) == 1 else ("mul", *out)
