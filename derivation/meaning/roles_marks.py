"""Marked distribution letters: which object \\hat p_\\theta, \\tilde p, \\mathcal{P} and a lower-case z are.

Roles only (roles.py): the meanings stay the vocabulary's.
  - a document that writes p(x | theta) = \\hat p(x | theta) / Z (or \\frac{1}{z(\\theta)} \\hat p) ties the mark
    to the model: \\hat p is the model's unnormalized density p~ = e^{-E}; the letter z under the fraction,
    written as a function of the parameters only, is the model's Z when a row writes it out
    (z(theta) = integral of \\hat p(x | theta) dx);
  - a hatted letter written with a model parameter (\\hat P(x; theta), \\hat p_\\theta) that no row ties so is
    read as p~ too, with a second reading the checker cannot judge (an arbitrary positive function of x and
    theta, not tied to the model): a row refuted only by the first reading is undecided (model_ties.py);
  - a hat without a parameter stays the data distribution (\\hat p(x), the empirical one);
  - \\mathcal{P} and \\mathcal{Q} applied to states in a document that never writes plain P, Q are P, Q;
  - Q'(x) = Q''(x) / Z (the primes tell the two apart) makes Q' the model and Q'' its p~, when the document
    never writes the plain Q (which would be a third object).
"""
from __future__ import annotations

from .roles_letters import DIST_LETTERS, GREEK_PARAMS, PARTITION, walk

MARKS = ("hat", "tilde")


def _letter(node):
    """The letter node of `p(x)` or `p_theta`, else None."""
    if node[0] == "app" and node[1][0] == "sym":
        return node[1]
    return node if node[0] == "sym" else None


def _normalizer(node, params) -> str | None:
    """'Z' or 'z' when `node` is Z, Z_theta, Z(theta) or z(theta) (a function of parameters only)."""
    sym = _letter(node)
    if sym is None or sym[2] not in ("", "cal"):
        return None
    if (sym[1], sym[2]) in PARTITION:
        return "Z"
    if sym[1] == "z" and node[0] == "sym" and sym[3] is None and sym[5] is None and not sym[4]:
        return "z"   # a bare z: the model's Z only where the row settles it (marks_of)
    if sym[1] == "z" and node[0] == "app" and node[2] and all(
            a[0] == "sym" and (a[1] in params or a[1] in GREEK_PARAMS) for a in node[2] + node[3]):
        return "z"
    return None


def _over_normalizer(rhs, params):
    """(f, normalizer letter) when rhs is f / Z, (1/Z) f or f (1/Z)."""
    if rhs[0] == "div" and _normalizer(rhs[2], params):
        return rhs[1], _normalizer(rhs[2], params)
    if rhs[0] == "mul":
        ones = [a for a in rhs[1:] if a[0] == "div" and a[1] == ("num", "1") and _normalizer(a[2], params)]
        rest = [a for a in rhs[1:] if a is not (ones[0] if ones else None)]
        if len(ones) == 1:
            return (rest[0] if len(rest) == 1 else ("mul", *rest)), _normalizer(ones[0][2], params)
    return None


def _boltzmann(f, lhs) -> bool:
    """Whether f is e^{-E(args)} or e^{-beta E(args)}, E an energy letter applied to the arguments of `lhs`."""
    from .roles_letters import ENERGY_LETTERS
    if f[0] != "exp" or f[1][0] != "neg":
        return False
    e = f[1][1]
    if e[0] == "mul" and len(e) == 3 and e[1][0] == "sym" and e[1][1] == "beta":
        e = e[2]
    return e[0] == "app" and e[1][0] == "sym" and (e[1][1], e[1][2]) in ENERGY_LETTERS and e[1][3] is None \
        and e[2] == lhs[2] and not e[3]


def _of_states(f, lhs) -> bool:
    """Whether f writes every state the distribution `lhs` (p(x | theta)) is of."""
    states = {a[1] for a in lhs[2] if a[0] == "sym"}
    return bool(states) and states <= {n[1] for n in walk(f) if n[0] == "sym"}


def _a_state(letter, nodes) -> bool:
    """Whether `letter` is a state somewhere: an argument of an application, or bound by a sum or an integral."""
    for n in nodes:
        if n[0] == "app" and any(a[0] == "sym" and a[1] == letter for a in n[2] + n[3]):
            return True
        if n[0] in ("sum", "prod", "int") and n[1] is not None and any(
                a[0] == "sym" and a[1] == letter for a in walk(n[1])):
            return True
    return False


def _written_as_sum(z, mark, rows) -> bool:
    """Whether a row writes the normalizer out: z(theta) = sum_x \\hat p(x | theta) (or an integral). Only then
    is z the model's Z: p = \\hat p / z(theta) alone says in mathematics nothing of what z is."""
    for sides in rows:
        if len(sides) < 2 or not all(isinstance(x, tuple) for x in sides[:2]):
            continue
        lhs, rhs = sides[0], sides[1]
        if lhs[0] == "app" and lhs[1][0] == "sym" and lhs[1][1] == z and rhs[0] in ("sum", "int") and any(
                n[0] == "sym" and n[1] == mark and n[2] in MARKS for n in walk(rhs)):
            return True
    return False


def marks_of(rows, nodes, params) -> tuple[set, set, set]:
    """(hats read as p~, those a row ties to the model, normalizer letters read as Z) of a document.
    `rows`: [[side AST, ...]] in order; `nodes`: every node of the document; `params`: the model's."""
    tied, normalizers = set(), set()
    for sides in rows:
        if len(sides) < 2 or not all(isinstance(s, tuple) for s in sides[:2]):
            continue
        lhs, rhs = sides[0], sides[1]
        left = _letter(lhs)
        if left is None or left[1] not in DIST_LETTERS or left[2] != "" or lhs[0] != "app":
            continue
        found = _over_normalizer(rhs, params)
        if found is None:
            continue
        f, z = found
        if z == "z" and (_boltzmann(f, lhs) or _of_states(f, lhs) and f[0] != "app") and not _a_state("z", nodes):
            # p(x) = e^{-E(x)} / z with E the model's energy, or p(x | theta) = h(x) e^{theta s(x)} / z(theta): p
            # normalized makes z the sum of what it divides, the model's Z (the row itself says so; a later row
            # writing z means Z). A lone function of x over z (\hat p / z) is tied by a row writing z out, below
            normalizers.add("z")
            continue
        mark = _letter(f)
        if mark is not None and f[0] == "app" and mark[2] in MARKS and mark[1].lower() == left[1].lower() \
                and f[2] == lhs[2]:
            tied.add(mark[1])
            if z == "z" and _written_as_sum("z", mark[1], rows):
                normalizers.add("z")
    hats = set(tied)
    for n in nodes:
        sym = _letter(n) if n[0] == "app" else n if n[0] == "sym" else None
        if sym is None or sym[2] != "hat" or sym[1] not in DIST_LETTERS:
            continue
        written = [s for s in walk(sym[3])] if sym[3] is not None else []
        if n[0] == "app":
            written += [s for a in n[2] + n[3] for s in walk(a)]
        if any(s[0] == "sym" and s[1] in params for s in written):
            hats.add(sym[1])
    return hats, tied, normalizers


def plain_calligraphic(nodes) -> set:
    """Letters P, Q written \\mathcal{P} and applied (or with a parameter) in a document that never writes
    the plain letter: the same distribution letter in another font (\\mathbf{x} is x)."""
    plain = {n[1] for n in nodes if n[0] == "sym" and n[2] == "" and n[1] in DIST_LETTERS}
    heads = {id(n[1]) for n in nodes if n[0] == "app"}
    return {n[1] for n in nodes if n[0] == "sym" and n[2] == "cal" and n[1] in ("P", "Q") and n[1] not in plain
            and (id(n) in heads or n[3] is not None)}


def respell(node, letters):
    """`node` with \\mathcal{P} written P for the letters of plain_calligraphic (\\hat{\\mathcal P} is \\hat P)."""
    if isinstance(node, list):
        return [respell(a, letters) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "sym" and node[2] == "cal" and node[1] in letters:
        return ("sym", node[1], "", *(respell(a, letters) for a in node[3:]))
    return tuple(respell(a, letters) if isinstance(a, (tuple, list)) else a for a in node)


def primed_model(rows, nodes) -> dict:
    """{(letter, primes): 'model' | 'unnorm'} from a row Q'(x) = Q''(x) / Z or (1/Z) Q''(x)."""
    plain = {n[1] for n in nodes if n[0] == "sym" and n[1] in DIST_LETTERS and not n[4]}
    for sides in rows:
        if len(sides) < 2 or not all(isinstance(s, tuple) for s in sides[:2]):
            continue
        lhs, rhs = sides[0], sides[1]
        left = _letter(lhs)
        if left is None or lhs[0] != "app" or left[1] not in DIST_LETTERS or left[1] in plain or not left[4] \
                or left[2] != "" or left[3] is not None or left[5] is not None:
            continue
        found = _over_normalizer(rhs, ())
        mark = _letter(found[0]) if found is not None and found[1] == "Z" else None
        if mark is not None and found[0][0] == "app" and mark[1] == left[1] and mark[2] == "" and mark[4] > left[4] \
                and mark[3] is None and mark[5] is None and found[0][2] == lhs[2] and not lhs[3]:
            return {(left[1], left[4]): "model", (mark[1], mark[4]): "unnorm"}
    return {}
