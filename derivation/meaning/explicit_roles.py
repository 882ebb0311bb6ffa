"""Roles for explicit energies: which letters are layers of units, which are weights, and their shapes.

A document gives an explicit energy in a row `E(v, h) = <body>` whose body uses the states as vectors
of units (b^T v, v^T W h, sum_i a_i v_i) rather than only as arguments of functions: the first state
is the visible layer (0), the second the hidden layer (1). Every other single letter of the body is a
weight; its shape (which layers its indices run over) is read from how it meets the units:

    a^T v, v . a, sum_i a_i v_i        a over the visible units       (a vector: shape (0,))
    v^T W h, x . W . h^T, v_i W_ij h_j W over visible x hidden         (a matrix: shape (0, 1))
    h'Wv                               W over hidden x visible        (the primes are transposes)

Units are binary {0, 1} unless the document declares +-1 in its mathematics (units_declared.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, walk
from derivation.read.units_declared import Units, declared_units
from .explicit_exponent import _value_uses, exponent_pairs

GREEK_WEIGHTS = {"theta", "eta", "lambda", "beta", "alpha", "omega", "mu", "sigma", "tau", "gamma", "phi", "psi",
                 "nu", "kappa", "rho", "xi", "delta", "varphi", "vartheta", "Sigma", "Lambda"}
TRANSPOSE = {"T", "top", "intercal", "prime", "'"}
NOT_WEIGHTS = {"e", "pi", "T", "d", "infty", "top"}


@dataclass
class ExplicitRoles:
    layers: dict = field(default_factory=dict)    # state letter -> 0 (visible) or 1 (hidden)
    shapes: dict = field(default_factory=dict)    # weight letter -> tuple of layers
    spin: int = 0           # the unit set the rows being read take: 1 for +-1, 0 for {0, 1}
    units: Units | None = None   # where the document declares it (units_declared.py)
    energy_rows: set = field(default_factory=set)  # id() of the parts of rows defining the energy
    family_rows: set = field(default_factory=set)  # rows p(x) = h(x) e^{...}: an exponential family
    base_letters: set = field(default_factory=set)  # h of h(x) in such a row: the base measure (> 0)
    scalar: bool = False  # the states are numbers (a Gaussian E(x) = (x - mu)^2 / 2 sigma^2), not units
    label: str | None = None  # y of a classifier's logits f(x)[y]: E(x, y) = -f(x)[y], y a latent label
    gaussian: bool = False    # a unit squared in the energy ((v_i - b_i)^2 / 2 sigma_i^2): real-valued units
    aliases: dict = field(default_factory=dict)   # w -> W: w_ij written for the entries of the energy's W
    known: set = field(default_factory=set)   # other letters read with a meaning: w of w_ij, d a t a of <.>_{data}
    exponent: dict = field(default_factory=dict)   # id(side) -> (first?, states, body): e^{-E(v,h)} written out


def is_transpose(node) -> bool:
    return node[0] == "sym" and node[1] in TRANSPOSE and node[3] is None


def factors(node):
    return list(node[1:]) if node[0] == "mul" else [node]


def strip_transpose(node):
    """(node without ^T, transposed?); primes on a letter count as a transpose here."""
    if node[0] == "pow" and is_transpose(node[2]):
        return node[1], True
    if node[0] == "sym" and node[4] > 0:
        return ("sym", node[1], node[2], node[3], 0, node[5]), True
    return node, False


def index_letters(sub) -> list:
    """`ij`, `i,j`, `i` -> ['i', 'j']; None when the subscript is not a run of index letters or numbers."""
    if sub is None:
        return None
    parts = factors(sub) if sub[0] == "mul" else list(sub[1:]) if sub[0] == "list" else [sub]
    out = []
    for p in parts:
        if p[0] == "sym" and len(p[1]) == 1 and p[3] is None and p[1].islower():
            out.append(p[1])
        elif p[0] == "num" and str(p[1]).isdigit():
            out.append(int(p[1]))
        else:
            return None
    return out


def _energy_definition(sides):
    """The states of a row `E(v, h) = body` that defines an explicit energy, else None."""
    if len(sides) < 2 or not all(isinstance(x, tuple) for x in sides[:2]):
        return None
    lhs, rhs = sides[0], sides[1]
    if lhs[0] != "app" or lhs[1][0] != "sym" or (lhs[1][1], lhs[1][2]) not in ENERGY_LETTERS or lhs[1][3] is not None:
        return None
    from .entropy_letter import of_distributions
    if of_distributions(lhs):   # H(p, q) = E_p[-log q]: the cross-entropy, never an energy of "states" p, q
        return None
    states = [a for a in lhs[2] if a[0] == "sym" and a[3] is None and len(a[1]) == 1]
    if not states or len(states) != len(lhs[2]) or len(states) > 2:
        return None
    for n in walk(rhs):
        if n[0] == "sym" and ((n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY or n[1] in DIST_LETTERS):
            if n[1] not in {s[1] for s in states}:
                return None
    letters = {s[1] for s in states}
    return states if _value_uses(rhs, letters) else None


def _in_exp(root, target) -> bool:
    for n in walk(root):
        if n[0] == "exp" and any(m is target for m in walk(n[1])):
            return True
    return False


def _family_definition(sides):
    """The state letter of a row `p_theta(x) = h(x) exp(eta T(x) - A(eta))` (an exponential family
    given by its density, no energy letter), else None."""
    if len(sides) != 2 or not all(isinstance(x, tuple) for x in sides):
        return None
    lhs, rhs = sides
    if lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS or lhs[1][2] != "" or lhs[3]:
        return None
    if len(lhs[2]) != 1 or lhs[2][0][0] != "sym" or lhs[2][0][3] is not None:
        return None
    state = lhs[2][0][1]
    for n in walk(rhs):
        if n[0] == "sym" and ((n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY or n[1] in DIST_LETTERS):
            return None
    exps = [n for n in walk(rhs) if n[0] == "exp"]
    if not any(any(m[0] == "sym" and m[1] == state for m in walk(e[1])) for e in exps):
        return None
    return state


def find_explicit(rows, text: str) -> ExplicitRoles | None:
    """ExplicitRoles when the document defines an explicit energy over units, else None.
    `rows`: for each row, its sides' ASTs (None or a problem where a side is unreadable)."""
    er = ExplicitRoles()
    bodies = []
    rows = [[x for x in r] for r in rows]
    labels = {n[2][1] for sides in rows for side in sides if isinstance(side, tuple) for n in walk(side)
              if n[0] == "index" and n[2][0] == "sym"}
    if len(labels) == 1:
        er.label = labels.pop()
    for sides in rows:
        states = _energy_definition(sides)
        if states is None:
            continue
        er.energy_rows.add(id(sides[0]))
        for k, s in enumerate(states):
            er.layers.setdefault(s[1], k)
        bodies += [side for side in sides[1:] if isinstance(side, tuple)]
    for sides in rows:
        state = _family_definition(sides)
        if state is not None:
            er.family_rows.add(id(sides[0]))
            for n in walk(sides[1]):
                if n[0] == "app" and n[1][0] == "sym" and len(n[1][1]) == 1 and n[1][1] not in DIST_LETTERS \
                        and len(n[2]) == 1 and n[2][0][0] == "sym" and n[2][0][1] == state and not _in_exp(sides[1], n):
                    er.base_letters.add(n[1][1])
    if not er.layers and not er.family_rows:   # no E(v, h) = ... row: the energy by its exponent in a chain?
        for a, b, states, body in exponent_pairs(rows):
            er.exponent = {id(a): (True, states, body), id(b): (False, states, body)}
            for k, st in enumerate(states):
                er.layers.setdefault(st[1], k)
            bodies.append(body)
    if not er.layers:
        return er if er.family_rows or er.label else None
    er.units = declared_units(text)   # only mathematics declares the unit set (units_declared.py)
    er.spin = er.units.spin_at(None)
    weights = set()
    for b in bodies:
        for n in walk(b):
            if n[0] == "sym" and n[1] not in er.layers and n[1] not in NOT_WEIGHTS and n[2] in ("", "bb") \
                    and (len(n[1]) == 1 or n[1] in GREEK_WEIGHTS):
                weights.add(n[1])
    # index letters are not weights
    for b in bodies:
        for n in walk(b):
            if n[0] == "sym" and n[3] is not None:
                for letter in index_letters(n[3]) or []:
                    weights.discard(letter)
            if n[0] in ("sum", "prod") and n[1] is not None:
                for s in walk(n[1]):
                    if s[0] == "sym" and len(s[1]) == 1 and s[1] not in er.layers:
                        weights.discard(s[1])
            if n[0] in ("sum", "prod") and n[2] is not None:  # \sum_{i=1}^{N}: N counts units
                for s in walk(n[2]):
                    if s[0] == "sym":
                        weights.discard(s[1])
    if not any(n[0] == "pow" and n[1][0] == "sym" and n[1][1] == "beta" and is_transpose(n[2])
               or n[0] == "sym" and n[1] == "beta" and index_letters(n[3])
               for b in bodies for n in walk(b)):
        weights.discard("beta")   # an inverse temperature, unless the energy uses beta as a vector (beta^T h)
    all_sides = [side for sides in rows for side in sides if isinstance(side, tuple)]
    _infer_shapes(er, weights, bodies + all_sides)
    for w in weights:
        er.shapes.setdefault(w, ())
    er.aliases = _entry_aliases(er, all_sides)
    er.known = set(er.aliases) | _spelled_subscripts(all_sides)
    er.gaussian = any(n[0] == "pow" and n[2] == ("num", "2") and any(m[0] == "sym" and m[1] in er.layers
                                                                     for m in walk(n[1]))
                      for b in bodies for n in walk(b)) and bool(any(er.shapes.values()) or
                                                               any(n[0] == "sym" and n[1] in er.layers and n[3]
                                                                   for b in bodies for n in walk(b)))
    subscripted = any(n[0] == "sym" and n[1] in er.layers and n[3] is not None for side in all_sides for n in walk(side))
    er.scalar = not subscripted and not any(er.shapes.values())
    return er


def _infer_shapes(er, weights, sides):
    for _ in range(4):
        for side in sides:
            idx = {}
            nodes = list(walk(side))
            for n in nodes:  # index letters' layers, from the units they pick (v_i, h_j)
                if n[0] == "sym" and n[1] in er.layers and n[3] is not None:
                    for letter in index_letters(n[3]) or []:
                        if isinstance(letter, str):
                            idx.setdefault(letter, er.layers[n[1]])
            for n in nodes:  # ... and from weights whose shape is known
                if n[0] == "sym" and n[1] in weights and n[1] in er.shapes and n[3] is not None:
                    ls = index_letters(n[3]) or []
                    if len(ls) == len(er.shapes[n[1]]):
                        for letter, layer in zip(ls, er.shapes[n[1]]):
                            if isinstance(letter, str) and layer is not None:
                                idx.setdefault(letter, layer)
            for n in nodes:  # weights with all their indices: a_i, W_ij
                if n[0] == "sym" and n[1] in weights and n[1] not in er.shapes and n[3] is not None:
                    ls = index_letters(n[3])
                    if ls and all(isinstance(x, str) and x in idx for x in ls):
                        er.shapes[n[1]] = tuple(idx[x] for x in ls)
            for n in nodes:  # products of vectors: a^T v, v^T W h
                if n[0] == "mul":
                    _shapes_from_product(er, weights, [strip_transpose(f) for f in n[1:]])


def _layer_of(er, node):
    if node[0] == "sym" and node[3] is None:
        if node[1] in er.layers:
            return ("vec", er.layers[node[1]])
        if node[1] in er.shapes and len(er.shapes[node[1]]) == 1:
            return ("vec", er.shapes[node[1]][0])
    return None


def _shapes_from_product(er, weights, items):
    for k, (f, t) in enumerate(items):
        if not (f[0] == "sym" and f[1] in weights and f[1] not in er.shapes and f[3] is None):
            continue
        left = _layer_of(er, items[k - 1][0]) if k > 0 else None
        right = _layer_of(er, items[k + 1][0]) if k + 1 < len(items) else None
        if left and right:
            er.shapes[f[1]] = (right[1], left[1]) if t else (left[1], right[1])
        elif left or right:
            er.shapes[f[1]] = ((left or right)[1],)


def _entry_aliases(er, sides) -> dict:
    """w -> W when the energy's weight is the matrix W and the rows write its entries w_{ij} (the usual
    W = (w_ij)): the other case of a weight's letter, never a weight or a layer of its own, written only with
    as many indices as the weight has. {} otherwise."""
    out = {}
    for w, shape in er.shapes.items():
        other = w.swapcase()
        if len(w) != 1 or len(shape) != 2 or other == w or other in er.shapes or other in er.layers:
            continue
        uses = [n for side in sides for n in _every_node(side) if n[0] == "sym" and n[1] == other and n[2] == ""]
        if uses and all(len(index_letters(n[3]) or ()) == len(shape) for n in uses):
            out[other] = w
    return out


def rename_entries(node, aliases):
    """The AST with every w_{ij} of an alias written as W_{ij} (see _entry_aliases)."""
    if isinstance(node, list):
        return [rename_entries(a, aliases) for a in node]
    if not isinstance(node, tuple):
        return node
    if node[0] == "sym" and node[1] in aliases and node[3] is not None:
        return ("sym", aliases[node[1]], *node[2:])
    return tuple(rename_entries(a, aliases) if isinstance(a, (tuple, list)) else a for a in node)


def _every_node(node):
    """Every node, the variables of derivatives too (roles.walk skips the first item of a tuple)."""
    if isinstance(node, list):
        for a in node:
            yield from _every_node(a)
    elif isinstance(node, tuple):
        if node and isinstance(node[0], str):
            yield node
        for a in node:
            if isinstance(a, (tuple, list)):
                yield from _every_node(a)


SPELLED_WORDS = {"data", "model", "emp", "empirical", "eq", "equilibrium"}


def _spelled_subscripts(sides) -> set:
    """The letters of <f>_{data}, <f>_{model} typed without \\text: a word, not letters the model leaves free."""
    out = set()
    for side in sides:
        for n in walk(side):
            if n[0] == "bracket" and len(n) > 2 and isinstance(n[2], tuple) and n[2][0] == "mul":
                letters = [f[1] for f in n[2][1:] if f[0] == "sym" and len(f[1]) == 1]
                if len(letters) == len(n[2]) - 1 and "".join(letters) in SPELLED_WORDS:
                    out |= set(letters)
    return out
