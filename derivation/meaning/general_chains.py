"""What a row of the general reader means as a whole: the definition of a new symbol, or a claim.

chains.py (the structure of a document) asks `_is_new_symbol(lhs, rhs, meaning)` for each row `lhs = rhs`:
a name when the row defines a symbol with no fixed meaning (L(Y, W) = ..., G(theta) = ...: it means its
definition in later rows, and the row is shown, not judged), "energy form" when it gives the energy a
form in terms of new functions (H(x; lambda) = H_0(x) - sum_i lambda_i A_i(x): `_energy_form` fixes it
for later rows), None when the row is a claim to check (a fixed object on the left: p, Z, F, E).
"""
from __future__ import annotations

from .chain import Row
from .entropy_letter import entropy_of_others
from .thermo_energy import bare_is_mean
from .meaning import BETA, Meaning
from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, MODEL_WORDS, PARTITION, sub_text, walk

INTEGRAL_NOTE = "continuous x: assumes differentiation under the integral sign (checked on finite measure spaces)"


def _is_new_symbol(lhs, rhs, m: Meaning) -> str | None:
    """The name of the symbol a row `lhs = rhs` defines, or None when the row is a claim to check."""
    head = lhs[1] if lhs[0] == "app" else lhs if lhs[0] == "sym" else None
    if head is None or head[0] != "sym":
        return None
    name, deco = head[1], head[2]
    arity = _arity(lhs[2], m) if lhs[0] == "app" else 0
    vocabulary = name in DIST_LETTERS or (name, deco) in ENERGY_LETTERS | PARTITION | LOSS
    if ("def", name) in m.defs and (vocabulary or len(m.defs[("def", name)][0]) == arity
                                    or ("def", name, arity) in m.defs):
        return None   # defined earlier: this row is a claim about it (F(x) beside F(x, h) is another object)
    if ("def", name) in m.defs and lhs[0] == "app" and not all(a[0] == "sym" and m.state_node(a) for a in lhs[2]):
        return None   # logit(sigma(a)) beside logit(p) defined: a claim about it, never a definition at a new arity
    if ("def", name) in m.defs:
        return name
    if lhs[0] == "app" and m.has_fixed_meaning(head):   # sigma(a) = 1/(1 + e^{-a}): a claim, judged
        return None
    if lhs[0] == "app" and name in ("H", "S") and deco == "" and lhs[2] and (all(
            m.is_dist(a) or a[0] == "app" and m.is_dist(a[1]) for a in lhs[2]) or entropy_of_others(lhs, m.r)):
        return None   # H(q), H(p, q), H(u, q) beside H(q): the entropy has a fixed meaning: a claim, judged
    if any(n[0] == "sym" and n[1] == name and n[2] == deco and n[3] == head[3] for n in walk(_other_arity(rhs, head, arity, m))):
        return None   # the symbol in its own definition: a claim (F(x) = sum_h F(x, h) defines F of one state)
    g = _exponent_model(lhs, rhs, m)
    if g is not None:
        # p(x) = e^{f(x)}/Z in a document without an energy letter: E = -f (a definition); p(x) = f(x)/Z:
        # f is the unnormalized density, E = -log f, and the row, true by it, is still judged
        return "model form" if g[0] == "log" and g[1][0] == "app" and g[1] is _unnormalized(lhs, rhs, m) \
            else "energy form"
    own_sub = head[3] is not None and not m._param_sub(head[3]) and sub_text(head[3]) not in MODEL_WORDS \
        and head[3][0] == "mul"   # F_{rbm}: a label word, not the model's F (F_\infty, F_\beta, F_0 stay it)
    fixed = (name in DIST_LETTERS and deco in ("", "tilde", "hat")) or (name, deco) in PARTITION \
        or (name, deco) in FREE_ENERGY and not own_sub or name in m.params or name == "beta"
    if fixed:
        return None
    if (name, deco) in ENERGY_LETTERS and (head[3] is None or m._param_sub(head[3])):
        # the energy given a form in terms of new functions: H = H_0 - sum_i lambda_i A_i; in terms of the model's
        # objects (E_theta(x) = -log p_theta(x) - log Z_theta) a claim about the fixed energy, judged (hostile set 5
        # D15, a false row shown as a definition; issue 18 part 4)
        # E_{theta'}(x) = E_theta(x): the energy at another parameter value is the same family there, a claim (I25)
        if any(n[0] == "sym" and ((n[1], n[2]) in PARTITION or (n[1] in DIST_LETTERS and n[2] == "")
                                  or ((n[1], n[2]) in ENERGY_LETTERS and (n[3] is None or m._param_sub(n[3]))))
               for n in walk(rhs)):
            return None
        if lhs[0] == "sym" and bare_is_mean(m.r, lhs):   # U = F + TS: U the mean energy <E>, a claim about it
            return None
        if head[3] is None:
            return "energy form"
    if (name, deco) in LOSS or lhs[0] == "app":
        return name
    return None


def _arity(args, m: Meaning) -> int:
    """How many arguments an application is written with, parameters left out (F(x, h; theta): 2)."""
    return sum(1 for a in args if not (a[0] == "sym" and (m.is_dist(a) or a[1] in m.params or a[1] == "beta")))


def _other_arity(rhs, head, arity, m: Meaning):
    """rhs with the applications of `head`'s letter to another number of states than `arity` left out (F(x, h)
    in the definition of F(x)); only for a letter the vocabulary does not fix (an energy E(x) beside E(x, h) is
    the model's, whatever the arity)."""
    if (head[1], head[2]) in ENERGY_LETTERS or head[1] in DIST_LETTERS or (head[1], head[2]) in PARTITION:
        return rhs

    def go(node):
        if isinstance(node, list):
            return [go(a) for a in node]
        if not isinstance(node, tuple) or not node:
            return node
        if node[0] == "app" and node[1][0] == "sym" and node[1][1] == head[1] and node[1][2] == head[2] \
                and _arity(node[2], m) != arity:
            return ("num", "0")
        return tuple(go(a) if isinstance(a, (tuple, list)) else a for a in node)
    return go(rhs)


def _exponent_model(lhs, rhs, m: Meaning):
    """g when the row is p(x) = e^{g(x)} / Z (or exp(g)/Z, e^{g}/Z(theta)) for the model letter, and the
    document never writes an energy: the model's energy is then -g (the role read from the definition)."""
    if lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS \
            or lhs[1][2] != "" or len(lhs[2]) != 1 or getattr(m, "form", None) is not None:
        return None   # a model whose energy an earlier row already gave: judged
    f = _unnormalized(lhs, rhs, m) if _only_params(lhs[3], m) else None
    if f is None and _only_params(lhs[3], m) and (lhs[3] or not m.r.energy_used):
        # p(x | theta) = h(x) e^{theta s(x)} / z(theta): the model's p~ is what z divides (its energy -log of it)
        num = _over_partition(rhs, getattr(m.r, "normalizers", ()))
        if num is not None and num[0] == "mul" and _own_factors(num, m):
            return ("log", num)
    if f is not None:  # p(x; theta) = f(x; theta)/Z with f a new function: f is the unnormalized density
        return ("log", f)
    if m.r.energy_used or lhs[3] and not _only_params(lhs[3], m):
        return None   # a conditional p(y | x): judged (p(x | theta), theta the model's parameter, is p_theta(x))
    num = _over_partition(rhs, getattr(m.r, "normalizers", ()))
    if num is not None and num[0] == "exp":
        g = num[1]
        if any(n[0] == "sym" and ((n[1], n[2]) in PARTITION or n[1] in DIST_LETTERS) for n in walk(g)):
            return None
        try:
            if m.dist_kind(lhs[1]) != "model":
                return None
        except Exception:  # noqa: BLE001 - a letter whose role cannot be told: not a model definition
            return None
        return g
    return None


def _is_z(n, normalizers=()) -> bool:
    """Z, Z_theta, Z(theta), or a letter the roles read as the model's Z (z of p = f / z(theta))."""
    sym = n if n[0] == "sym" else n[1] if n[0] == "app" and n[1][0] == "sym" else None
    return sym is not None and ((sym[1], sym[2]) in PARTITION or sym[2] == "" and sym[1] in normalizers)


def _over_partition(rhs, normalizers=()):
    """f when rhs is f / Z, \\frac{1}{Z} f or f \\frac{1}{Z} (Z, Z_\\theta, Z(\\theta), z(theta)), else None."""
    if rhs[0] == "div" and _is_z(rhs[2], normalizers):
        return rhs[1]
    if rhs[0] == "mul":
        one = [a for a in rhs[1:] if a[0] == "div" and a[1] == ("num", "1") and _is_z(a[2], normalizers)]
        rest = [a for a in rhs[1:] if a is not (one[0] if one else None)]
        if len(one) == 1:
            return rest[0] if len(rest) == 1 else ("mul", *rest)
    return None


def _own_factors(num, m: Meaning) -> bool:
    """Whether a product is of the document's own functions and exponentials of them only (h(x) e^{theta s(x)}):
    never the model's own objects (p, Z, E), which would make the row a claim about them."""
    for n in walk(num):
        if n[0] == "sym" and ((n[1], n[2]) in PARTITION | ENERGY_LETTERS | FREE_ENERGY | LOSS
                              or n[1] in DIST_LETTERS or ("def", n[1]) in m.defs):
            return False
    return True


def _only_params(cond, m: Meaning) -> bool:
    """p(x; theta): what follows `;` names parameters only (not a conditional p(y | x))."""
    return all(c[0] == "sym" and (c[1] in m.params or c[1] == "beta") for c in (cond or []))


def _unnormalized(lhs, rhs, m: Meaning):
    """f when the row is p(x) = f(x)/Z, \\frac{1}{Z} f(x) or \\frac{f(x)}{Z(\\theta)} with f a function the document
    has not defined and that is no fixed object (read with the \\Large that typesets it, it was refuted as
    a claim f = e^{-E}: the author defines the model by it). Only the model letter, with the same state."""
    f = _over_partition(rhs, getattr(m.r, "normalizers", ()))
    if f is None or f[0] != "app" or f[1][0] != "sym" or not _only_params(f[3], m):
        return None
    name, deco = f[1][1], f[1][2]
    if name in DIST_LETTERS or (name, deco) in PARTITION or (name, deco) in ENERGY_LETTERS \
            or (name, deco) in FREE_ENERGY or (name, deco) in LOSS or ("def", name) in m.defs \
            or name in m.params or deco not in ("", "tilde", "hat") or not f[2] or f[2][0] != lhs[2][0]:
        return None
    try:
        return f if m.dist_kind(lhs[1]) == "model" else None
    except Exception:  # noqa: BLE001 - a letter whose role cannot be told: not a model definition
        return None


def _energy_form(m: Meaning, sides, common):
    from sympy import Dummy, Lambda
    lhs = sides[0]
    g = _exponent_model(sides[0], sides[1], m)
    f = g[1] if g is not None and g[0] == "log" and g[1] is _unnormalized(lhs, sides[1], m) else None
    if f is not None and f[1][1] not in getattr(m.r, "defined_heads", ()):
        # p(x) = f(x)/Z with f never given otherwise: f is Z p, the model's p~ (positive), in every later row; as
        # the energy -log f, f was an arbitrary function whose log had no value where it drew f <= 0
        m.define(f[1][1], f[2], ("app", ("sym", lhs[1][1], "tilde", lhs[1][3], 0, None), list(lhs[2]), list(lhs[3])),
                 {}, head=f)
        return None
    if g is not None and getattr(m.r, "hidden", False):
        # p(x) = e^{phi(x)}/Z in a document whose other rows make the model's state a pair (KL(q(x) | p(x)) read as a
        # conditional): a form of one state the pair cannot take (blind set 9, 31: an internal error on six steps)
        return Row(None, error="a model of one state, p(x) = e^{g(x)}/Z, where other rows write it of two", **common)
    if g is not None:  # p(x) = e^{g(x)}/Z: the energy is -g(x)
        x = Dummy("x", integer=True, positive=True)
        state = lhs[2][0]
        exponent = m.tr(g, {(state[1], state[2], state[4]): x})
        # the vocabulary's model is e^{-beta E}/Z when the document writes beta: E = -exponent / beta
        m.form = Lambda(x, -exponent / BETA if getattr(m.r, "beta", False) else -exponent)
        return Row(m.tr(sides[1], {}), lhs=m.tr(lhs, {}),
                   notes=("defines the model's energy as minus the exponent: it means this in later rows",),
                   **common)
    args = lhs[2] if lhs[0] == "app" else []
    states = [a for a in args if m.state_node(a)]
    if len(states) != 1:
        return Row(None, error="an energy form of other than one state", **common)
    if getattr(m.r, "hidden", False):   # E(x) = ... where other rows write the model's state as a pair
        return Row(None, error="an energy form of one state, where other rows write the model of two", **common)
    x = Dummy("x", integer=True, positive=True)
    body = m.tr(sides[1], {(states[0][1], states[0][2], states[0][4]): x})
    before = m.tr(lhs, {})
    m.form = Lambda(x, body)
    return Row(m.tr(sides[1], {}), lhs=before.func(*before.args[:-1], m.model()),
               notes=(f"defines the energy {lhs[1][1]}: it means this in later rows",), **common)


