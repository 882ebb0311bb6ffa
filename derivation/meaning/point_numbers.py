"""Numbers per data point: y_i and z_i beside x_i (issue 21, "two letters for the data points").

Supervised and per-example derivations index several letters by the data point: labels y_i, logits z_i = w^T x_i,
inputs x_i. The checker reads one letter as the data points (a state of the model, meaning_points.py); a second
one used to make the row unreadable. A state letter written with a data index that the document never writes as
an argument of a function or a distribution (p(y_i), E(x_i), f(x), x_i ~ p), only as a number (y_i log p_i,
log(1 + e^{-z_i}), sigma(z_i)), is a number per data point the vocabulary does not know: an arbitrary value for
each index, as a_i is (DESIGN.md, "Unknown means arbitrary"). A step is valid when it holds for every value.

Where the document declares the letter's values (`y_i \\in \\{0, 1\\}`), a counterexample giving it another value
refutes nothing the author meant: such a row gets a reading the checker cannot judge, so it is never `invalid`
(`proved` and `holds` stand: what holds for every real value holds for the declared ones).
"""
from __future__ import annotations

from derivation.read.declared_values import declared_letters

from .fixed_letters import DATA_INDEX
from .readings import RowReading
from .roles_letters import walk
from .sum_domains import STATE_NAMES

# functions of a number that the vocabulary reads as such: a letter inside them is still used as a number
NUMERIC_HEADS = {"sigma", "softplus", "tanh", "exp", "log", "ln", "sqrt", "relu", "ReLU"}
# the letters read so: labels, logits, inputs; never s, v, h, u, the units of a state (an Ising spin s_i or an RBM's
# v_i read as any real number would refute s_i^2 = 1 where the spins are stated in words)
POINT_LETTERS = {"x", "y", "z", "X", "Y"}

VALUES = ("with {letters} taking only the values the document declares for {them} (the main reading lets {them} take "
          "any real value, so a counterexample there may use a value the document excludes)",
          "write the step for the declared values, or drop the declaration if any value is meant")


def _data_sub(n):
    idx = n[5] if n[5] is not None else n[3]
    return idx is not None and idx[0] == "sym" and idx[1] in DATA_INDEX and idx[3] is None


def note_points(roles, good, text) -> None:
    """roles.point_numbers: the letters (name, decoration, primes) read as numbers per data point; empty unless the
    document writes two or more state letters with a data index. roles.point_declared: their names whose values
    the document declares."""
    indexed, inside = set(), set()
    for a in good:
        for n in walk(a):
            if n[0] == "sym" and n[1] in STATE_NAMES and _data_sub(n):
                indexed.add((n[1], n[2], n[4]))
            numeric = n[0] == "app" and n[1][0] == "sym" and (n[1][1] in NUMERIC_HEADS and n[1][3] is None or (
                n[1][1] in STATE_NAMES and _data_sub(n[1])))   # y_i(-log u): y_i times the parenthesis, or applied
            if n[0] in ("app", "sim") and not numeric:
                for part in n[2:]:
                    inside |= {m[1] for m in walk(part) if isinstance(m, tuple) and m and m[0] == "sym"}
    if len({l[0] for l in indexed}) < 2:
        roles.point_numbers, roles.point_declared = set(), set()
        return
    roles.point_numbers = {l for l in indexed if l[0] not in inside and l[0] in POINT_LETTERS}
    if any(l[0] not in inside for l in indexed - roles.point_numbers):
        roles.point_numbers = set()   # s_i beside y_i, s never in p(s): units of a state, read as the old way
    declared = declared_letters(text)   # the values declared anywhere: read/declared_values.py
    roles.point_declared = {l[0] for l in roles.point_numbers} & declared


def point_number(meaning, n, env):
    """The value of `n` (y_i, y^{(i)}) at data point i (an arbitrary value per index, as meaning.arbitrary reads
    a_i), or None when its letter is not read so."""
    if (n[1], n[2], n[4]) not in getattr(meaning.r, "point_numbers", ()) or not _data_sub(n):
        return None
    idx = n[5] if n[5] is not None else n[3]
    return meaning.arbitrary(("sym", n[1], n[2], idx, n[4], None), env)


def declared_reading(exprs, roles):
    """The reading that cannot be judged (RowReading) of a row whose sides use a number per data point with
    declared values, or None."""
    from sympy import preorder_traversal
    from .vocabulary.functions import ArbitraryFn
    names = getattr(roles, "point_declared", set())
    if not names:
        return None
    used = sorted({a.args[0].name for e in exprs if e is not None for a in preorder_traversal(e)
                   if isinstance(a, ArbitraryFn) and a.args[0].name in names and len(a.args[1]) == 1})
    if not used:
        return None
    letters = ", ".join(f"{u}_i" for u in used)
    return RowReading(VALUES[0].format(letters=letters, them="it" if len(used) == 1 else "them"), None,
                      hint=VALUES[1], judgeable=False)
