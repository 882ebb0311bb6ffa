"""An energy given by its exponent in a chain: `F(v) = -log sum_h e^{-E(v, h)} = -log sum_h e^{h^T W v + a^T v + b^T h}`.

Many RBM notes never write E(v, h) = ... on a row of its own: the energy appears where e^{-E(v, h)} of one side is
written out on the next. Two consecutive sides (within a row, or a row and the row continuing it) that are the same
tree but for one place, where the first has e^{-E(v, h)} (the energy letter applied to state letters) and the second
e^{B}, with B using those states as values (h^T W v, sum_i a_i v_i), define E(v, h) = -B: that step is the energy's
definition, and the rows from the first side on read E so (explicit.py): that step is judged like any other and
proved by the definition it gives ("definition of E"), as real-world keys count it a valid step. Only where the document
has no row E(v, h) = ... of its own, and only the first such pair (a second one is a claim, judged).
"""
from __future__ import annotations

from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, walk


def _value_uses(node, letters) -> bool:
    """Whether a state letter is used as a value (a vector of units), not only as an argument."""
    if node is None or not isinstance(node, tuple):
        return False
    if node[0] == "sym":
        return node[1] in letters
    if node[0] == "app":
        return False
    return any(_value_uses(a, letters) if isinstance(a, tuple) else
               any(_value_uses(b, letters) for b in a) if isinstance(a, list) else False for a in node[1:])


def _diff(a, b, parent, out):
    """Collect (a_node, b_node, parent kind) where the trees first differ; stop after two."""
    if len(out) > 1:
        return
    if a == b:
        return
    if isinstance(a, tuple) and isinstance(b, tuple) and a and b and a[0] == b[0] and len(a) == len(b) \
            and isinstance(a[0], str) and a[0] != "sym":
        for x, y in zip(a[1:], b[1:]):
            _diff(x, y, a[0], out)
        return
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for x, y in zip(a, b):
            _diff(x, y, parent, out)
        return
    out.append((a, b, parent))


def _energy_of_states(node):
    """The state letters of -E(v, h) (the energy letter applied to one or two single letters), else None."""
    if not (isinstance(node, tuple) and node[0] == "neg" and node[1][0] == "app"):
        return None
    app = node[1]
    head = app[1]
    if head[0] != "sym" or (head[1], head[2]) not in ENERGY_LETTERS or head[3] is not None or head[4] or app[3]:
        return None
    args = app[2]
    if not args or len(args) > 2 or not all(a[0] == "sym" and len(a[1]) == 1 and a[3] is None and a[5] is None
                                             and not a[4] for a in args):
        return None
    return args


def exponent_definition(a, b):
    """(states, body) when side `b` writes out the exponent of e^{-E(states)} of side `a` (see above), else None."""
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return None
    out = []
    _diff(a, b, None, out)
    if len(out) != 1 or out[0][2] != "exp":
        return None
    first, body, _ = out[0]
    states = _energy_of_states(first)
    if states is None:
        return None
    letters = {s[1] for s in states}
    nodes = list(walk(body))
    if any(n[0] == "sym" and ((n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY or n[1] in DIST_LETTERS)
           and n[1] not in letters for n in nodes):
        return None
    return (states, body) if _value_uses(body, letters) else None


def exponent_pairs(rows):
    """[(first side, second side, states, body)]: the first pair of consecutive sides of `rows` (each a list of sides;
    a row continuing the one before has None for its first side) that defines the energy by its exponent."""
    prev = None
    for sides in rows:
        tuples = [s if isinstance(s, tuple) else None for s in sides]
        seq = ([prev] if sides and sides[0] is None and prev is not None else []) + [s for s in tuples if s is not None]
        for a, b in zip(seq, seq[1:]):
            found = exponent_definition(a, b)
            if found is not None:
                return [(a, b, *found)]
        prev = tuples[-1] if tuples and tuples[-1] is not None else None
    return []
