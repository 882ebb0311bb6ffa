"""What a row of the general reader means as a whole: the definition of a new symbol, or a claim.

chains.py (the structure of a document) asks `_is_new_symbol(lhs, rhs, meaning)` for each row `lhs = rhs`:
a name when the row defines a symbol with no fixed meaning (L(Y, W) = ..., G(theta) = ...: it means its
definition in later rows, and the row is shown, not judged), "energy form" when it gives the energy a
form in terms of new functions (H(x; lambda) = H_0(x) - sum_i lambda_i A_i(x): `_energy_form` fixes it
for later rows), None when the row is a claim to check (a fixed object on the left: p, Z, F, E).
"""
from __future__ import annotations

from ..chain import Row
from .meaning import Meaning
from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, walk

INTEGRAL_NOTE = "continuous x: assumes differentiation under the integral sign (checked on finite measure spaces)"


def _is_new_symbol(lhs, rhs, m: Meaning) -> str | None:
    """The name of the symbol a row `lhs = rhs` defines, or None when the row is a claim to check."""
    head = lhs[1] if lhs[0] == "app" else lhs if lhs[0] == "sym" else None
    if head is None or head[0] != "sym":
        return None
    name, deco = head[1], head[2]
    if ("def", name) in m.defs:  # defined earlier: this row is a claim about it
        return None
    if lhs[0] == "app" and name in ("H", "S") and deco == "" and lhs[2] and all(
            m.is_dist(a) or a[0] == "app" and m.is_dist(a[1]) for a in lhs[2]):
        return None   # H(q), H(p, q): the entropy or cross-entropy has a fixed meaning: a claim, judged
    if any(n[0] == "sym" and n[1] == name and n[2] == deco and n[3] == head[3] for n in walk(rhs)):
        return None
    if _exponent_model(lhs, rhs, m) is not None:
        return "energy form"   # p(x) = e^{f(x)}/Z in a document without an energy letter: E = -f
    fixed = (name in DIST_LETTERS and deco in ("", "tilde", "hat")) or (name, deco) in PARTITION \
        or (name, deco) in FREE_ENERGY or name in m.params or name == "beta"
    if fixed:
        return None
    if (name, deco) in ENERGY_LETTERS and head[3] is None:
        # the energy given a form in terms of new functions: H = H_0 - sum_i lambda_i A_i
        if any(n[0] == "sym" and ((n[1], n[2]) in PARTITION or (n[1] in DIST_LETTERS and n[2] == "")
                                  or ((n[1], n[2]) in ENERGY_LETTERS and n[3] is None)) for n in walk(rhs)):
            return None
        return "energy form"
    if (name, deco) in LOSS or lhs[0] == "app":
        return name
    return None


def _exponent_model(lhs, rhs, m: Meaning):
    """g when the row is p(x) = e^{g(x)} / Z (or exp(g)/Z, e^{g}/Z(theta)) for the model letter, and the
    document never writes an energy: the model's energy is then -g (the role read from the definition)."""
    if m.r.energy_used or lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS \
            or lhs[1][2] != "" or len(lhs[2]) != 1 or lhs[3] or getattr(m, "form", None) is not None:
        return None   # a conditional p(y | x), or a model whose energy an earlier row already gave: judged
    if rhs[0] == "div" and rhs[1][0] == "exp" and (rhs[2][0] == "sym" and (rhs[2][1], rhs[2][2]) in PARTITION
                                                  or rhs[2][0] == "app" and (rhs[2][1][1], rhs[2][1][2]) in PARTITION):
        g = rhs[1][1]
        if any(n[0] == "sym" and ((n[1], n[2]) in PARTITION or n[1] in DIST_LETTERS) for n in walk(g)):
            return None
        try:
            if m.dist_kind(lhs[1]) != "model":
                return None
        except Exception:  # noqa: BLE001 - a letter whose role cannot be told: not a model definition
            return None
        return g
    return None


def _energy_form(m: Meaning, sides, common):
    from sympy import Dummy, Lambda
    lhs = sides[0]
    g = _exponent_model(sides[0], sides[1], m)
    if g is not None:  # p(x) = e^{g(x)}/Z: the energy is -g(x)
        x = Dummy("x", integer=True, positive=True)
        state = lhs[2][0]
        m.form = Lambda(x, -m.tr(g, {(state[1], state[2], state[4]): x}))
        return Row(m.tr(sides[1], {}), lhs=m.tr(lhs, {}),
                   notes=("defines the model's energy as minus the exponent: it means this in later rows",),
                   **common)
    args = lhs[2] if lhs[0] == "app" else []
    states = [a for a in args if m.state_node(a)]
    if len(states) != 1:
        return Row(None, error="an energy form of other than one state", **common)
    x = Dummy("x", integer=True, positive=True)
    body = m.tr(sides[1], {(states[0][1], states[0][2], states[0][4]): x})
    before = m.tr(lhs, {})
    m.form = Lambda(x, body)
    return Row(m.tr(sides[1], {}), lhs=before.func(*before.args[:-1], m.model()),
               notes=(f"defines the energy {lhs[1][1]}: it means this in later rows",), **common)


