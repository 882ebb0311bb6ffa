"""A row that defines a second distribution: `Let $q_\\phi(x) = \\frac{e^{\\phi f(x)}}{\\sum_{x'} e^{\\phi f(x')}}$`.

A second distribution (q_phi beside the model p_theta, q(h | v), q') is an arbitrary normalized distribution
of its own (vocabulary/divergences.py). A row that writes it out says which one the author means: it is a
definition, shown and not judged, and a counterexample to a later row must keep it (judge/definitions_respected.py,
which collects the rows shown as definitions; one written with \\propto holds up to a factor free of the state).
It is never the model's definition: bound as the model's energy (explicit.py's family row),
E_{q_phi}[grad log p_theta] = 0 was proved (hostile set 7, B27); judged as a claim, an arbitrary q refuted the
author's own definition of it (`Let $q(x) \\propto e^{-E(x)}$`, then KL(q || p) = 0 was invalid).

A row is such a definition when its left side is a distribution letter applied to states that some reading takes
as a second distribution and none as the model, and either the row says so (`Let`, :=) or it is the first row to
write that letter and writes it out in the document's own functions only. A later row about it, or a row about the
vocabulary's objects (q_theta(x) = p_theta(x) as the first row), is a claim and is judged.
"""
from __future__ import annotations

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, sub_text, walk

RELATIONS = ("equality", "definition", "proportional")


def plain_params(sub) -> bool:
    """Whether a distribution's subscript names parameters only, each a plain letter (phi; phi, psi): not a value
    of one (phi', phi_0, 2 phi, phi + epsilon, hat phi)."""
    if sub[0] in ("list", "mul"):
        return all(isinstance(a, tuple) and plain_params(a) for a in sub[1:])
    return sub[0] == "sym" and sub[2:] == ("", None, 0, None)


def second_key(node):
    """The written name of a distribution letter (letter, decoration, primes, subscript): q_phi, q', q."""
    return (node[1], node[2], node[4], sub_text(node[3]) if node[3] is not None else None)


_key = second_key


def _kinds(meanings, head) -> set:
    out = set()
    for mm in meanings:
        try:
            out.add(mm.dist_kind(head))
        except Exception:  # noqa: BLE001 - a letter whose role this reading cannot tell
            out.add(None)
    return out


def defines_second(gm, rr, sides) -> bool:
    """Whether the row `lhs = rhs` (read row `rr`, its sides' trees `sides`) of the document `gm`
    (chains.GeneralMeaning) defines a second distribution. Notes the distribution letters every row writes."""
    seen = gm.__dict__.setdefault("second_seen", set())
    before = set(seen)
    seen |= {_key(n) for s in sides if isinstance(s, tuple) for n in walk(s)
             if n[0] == "sym" and n[1] in DIST_LETTERS}
    relation = rr.relations[1] if len(rr.relations) > 1 else None
    if len(sides) != 2 or relation not in RELATIONS or not all(isinstance(s, tuple) for s in sides):
        return False
    lhs, rhs = sides
    if lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS or not lhs[2]:
        return False
    said = relation == "definition" or getattr(rr.row, "let", False)
    own = not any(n[0] == "sym" and (n[1] in DIST_LETTERS or (n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY)
                  for n in walk(rhs))
    if not (said or own and _key(lhs[1]) not in before):
        return False
    kinds = _kinds([mm for mm in gm.meanings() if hasattr(mm, "dist_kind")], lhs[1])
    return "second" in kinds and not kinds & {"model", "unnorm", None}


def bind_second(mm, sides, proportional=False) -> None:
    """Give the reading `mm` the second distribution a definition row writes as e^{g(x)} / sum_{x'} e^{g(x')}
    (the sum over the whole state space), or as \\propto e^{g(x)} (`proportional`): q means that in the later rows
    (vocabulary Second's form), so they are judged about the q the author defined. Any other right side leaves q
    arbitrary, its definition kept by every counterexample (judge/definitions_respected.py)."""
    from sympy import Dummy, Lambda
    lhs, rhs = sides
    try:
        if mm.dist_kind(lhs[1]) != "second" or len(lhs[2]) != 1 or lhs[3] or lhs[2][0][0] != "sym" \
                or int(getattr(mm.r, "measure", 0)):
            return
        state = lhs[2][0]
        x = Dummy(state[1], integer=True, positive=True)
        exponent = _exponent_over_sum(mm.tr(rhs, {(state[1], state[2], state[4]): x}), x, proportional)
    except Exception:  # noqa: BLE001 - a right side this reading cannot translate: q stays arbitrary
        return
    if exponent is not None:
        params = tuple(mm._dist_of_kind("second", lhs[1]).q.params)
        mm.__dict__.setdefault("second_forms", {})[second_key(lhs[1])] = (Lambda(x, exponent), params)


def family_form(mm, sym, q):
    """The form of the second distribution written `sym` (its plain table q): the one its definition row gave, or,
    for the same letter at another parameter (q_psi, q_{phi'} beside the defined q_phi), that form at the parameter
    written (issue 18: an object at another parameter value is the same family evaluated there). None where the
    document defines no such letter; the meaning's ReadError where the value cannot be read."""
    from .meaning_values import node_text
    forms = mm.__dict__.get("second_forms", {})
    key = second_key(sym)
    if key in forms:
        return forms[key][0]
    same = [v for k, v in forms.items() if k[:3] == key[:3]]
    if not same:
        return None
    form, params = same[0]
    if len(same) > 1 or not params or len(params) != len(q.params):
        mm.fail(f"{node_text(sym)} beside the distribution the document defines by the same letter at another "
                "parameter: not read as that family", "the distribution at the parameter its definition writes")
    return form.xreplace(dict(zip(params, q.params)))


def _exponent_over_sum(r, x, proportional=False):
    """g(x) when r is e^{g(x)} / sum_{y=1}^{K} e^{g(y)}, or e^{g(x)} when q is proportional to r (g of x and of
    no other state), else None."""
    from sympy import Sum, exp
    from .vocabulary.base import K
    num, den = r.as_numer_denom()
    if not isinstance(num, exp):
        return None
    if not (proportional and den == 1):
        if not isinstance(den, Sum) or len(den.limits) != 1:
            return None
        y, lo, hi = den.limits[0]
        if lo != 1 or hi != K or den.function != num.xreplace({x: y}) or num.has(y):
            return None
    g = num.args[0]
    if any(s != x and getattr(s, "is_integer", False) for s in g.free_symbols):
        return None   # another state or index in the exponent: a conditional, not q(x)
    return g
