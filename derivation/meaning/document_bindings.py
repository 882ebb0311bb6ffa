"""What the whole document binds before its rows are read (chains.GeneralMeaning): the letters introduced by a
definition row (defined_first.py), Boltzmann's constant, letters never written without a prime, the
same-point reading of a display, and the readings of an application the document gives its own meaning
(an event probability it defines, a primed function whose plain letter it never writes)."""
from __future__ import annotations

import re

from sympy import Symbol

from .defined_first import boltzmann_constant, defined_first, event_key, unprimed
from .parse_readings import same_point
from .reparametrized import solved
from .roles import DIST_LETTERS
# Boltzmann's constant where the prose names or writes it (k_B, k T, k\beta, "Boltzmann")
_BOLTZMANN_PROSE = re.compile(r"(?i)boltzmann|k_\{?\s*(?:\\mathrm\{\s*)?B\b|\bk\s*(?:T\b|\\beta\b)")


def shown(key) -> str:
    """A defined letter's name, or an event's (P_psi(y=1|x)) as written."""
    return key if isinstance(key, str) else key[-1]


def same_point_readings(reads, asts, alt_asts) -> None:
    """x beside x^+ in one display: the same point, a reading of every side of it (parse_readings.same_point)."""
    displays: dict = {}
    for rr in reads:
        displays.setdefault(rr.chain, []).extend(a for a in (asts.get((id(rr), k)) for k in range(len(rr.texts)))
                                                 if isinstance(a, tuple))
    for rr in reads:
        for k in range(len(rr.texts)):
            a = asts.get((id(rr), k))
            alt = same_point(a, displays[rr.chain]) if isinstance(a, tuple) else None
            if alt is not None:
                alt_asts.setdefault((id(rr), k), []).append(alt)


def bind_roles(gm, reads, good) -> None:
    """Before the meaning is built: the letters a row introduces leave the parameters (eta = log lambda,
    beta = 1/(k_B T) for T); k_B, the unprimed letters, the heads read applied or as a product and the energy letters
    written applied are noted on the roles."""
    gm.defined_first = defined_first([([gm.asts.get((id(rr), k)) for k in range(len(rr.texts))],
                                       rr.relations[1] if len(rr.relations) > 1 else None,
                                       [t.text if t is not None else None for t in rr.texts]) for rr in reads],
                                     getattr(gm.roles, "params", set()))
    gm.roles.params = set(gm.roles.params) - {k for k in gm.defined_first if isinstance(k, str)}
    gm.defined_rows = {id(body[1] if body[0] == "solve" else lhs): (shown(key), body)   # eta = g(mu): the row of eta
                       for key, (lhs, body, _) in gm.defined_first.items()}
    gm.roles.boltzmann = boltzmann_constant(good)   # k_B written: S is k_B times the entropy
    gm.roles.boltzmann_prose = bool(_BOLTZMANN_PROSE.search(gm.doc.source.text or ""))   # k in words only: S = k H
    from .meaning_powers import superscript_points   # x^1, ..., x^N: x^n is the n-th point
    gm.roles.superscript_points = superscript_points(gm.doc.source.text)
    from .states_count import named_states_letters   # "the $K$ states": K is their number
    gm.roles.states_letters = named_states_letters(gm.doc.source.text, good)
    from .named_numbers import named_numbers   # "let $h$ be a constant": a number, no state
    gm.roles.named_numbers = named_numbers(gm.doc.source.text, good)
    from .applied_product import ambiguous_heads   # d(a + b): both readings (applied_product.py)
    from .meaning_values import FIXED_FUNCTIONS, FUNCTION_LETTERS, GREEK_CONSTANTS
    gm.roles.ambiguous_heads = ambiguous_heads(good, FUNCTION_LETTERS | FIXED_FUNCTIONS, GREEK_CONSTANTS)
    gm.roles.ambiguous_seen = [0]   # shared by the readings' copies of the roles: applied_product.product_readings
    gm.roles.ambiguous_owner = gm.roles   # the main reading's roles (the copies keep this reference, not themselves)
    from .thermo_energy import note_energy_applied   # U bare in statistical mechanics: thermo_energy.py
    note_energy_applied(gm.roles, good)
    gm.roles.unprimed = unprimed(good)   # E'(x) where E is never written: a function of its own


def define_up_front(gm) -> None:
    """After the meanings are built: every reading binds the letters first written where defined (no row before
    uses them; prose rows are read after the displays). In an explicit model, events are its conditionals:
    claims, never defined."""
    if getattr(gm.m, "er", None) is not None:
        gm.defined_first = {k: v for k, v in gm.defined_first.items() if isinstance(k, str)}
        gm.defined_rows = {k: v for k, v in gm.defined_rows.items() if v[0] in gm.defined_first}
    for key, (lhs, body, args) in list(gm.defined_first.items()):
        if body[0] == "solve":   # eta = g(mu): mu = g^{-1}(eta), solved in each meaning (reparametrized.py)
            if solved(gm.m, body) is None:
                del gm.defined_first[key]
                gm.defined_rows.pop(id(body[1]), None)
                continue
            gm._each(lambda mm: mm.define(key, [], _solved(mm, body), {}, head=lhs))
            continue
        gm._each(lambda mm: mm.define(key, args, body, {}, head=None if args else lhs))


def _solved(mm, body):
    """The inverse in one reading's meaning; a reading that cannot give it cannot respect the definition, so it is
    dropped (chains._each) rather than bound to a made-up value."""
    value = solved(mm, body)
    if value is None:
        raise ValueError("the reparametrization has no single inverse in this reading")
    return value


class BoundValues:
    """Meaning's mixin: a definition's body already computed (("value", expression): reparametrized.py)."""

    def t_value(self, n, env):
        return n[1]


def own_application(m, n, env):
    """The value of an application the document gives its own meaning, or None: an event probability a row
    defined (printed as written: P_psi(y = 1 | x^+)), or E'_psi(x) in a document that never writes E (no
    function it could be the derivative of: a function of its own, of its arguments and parameters; primed
    distribution letters Q', Q'' are left to roles_marks.py)."""
    from .meaning_values import node_text
    head, args, cond = n[1], n[2], n[3]
    event = event_key(n)
    if event is not None and ("def", event) in m.defs:
        used = m.use_definition(event, m.state_args(cond, env), env)
        text = f"{node_text(head)}({node_text(args[0][1])} = {node_text(args[0][2])} | " \
            f"{', '.join(node_text(a) for a in cond)})"
        return type(used)(Symbol(text), used.definition())   # a Defined, printed as written
    name = head[1]
    if head[4] and name not in getattr(m.r, "unprimed", {name}) and ("def", name) not in m.defs \
            and name not in DIST_LETTERS:
        return m.unknown_function(n, env)
    return None


def mixed_units(line, sides):
    """A row read under two declared unit sets ({0, 1} for one layer, {-1, +1} for another): not read (the explicit
    energy takes one unit set; read with one, a right conditional was refuted and a wrong one proved)."""
    why = f"line {line}: units declared {{0, 1}} for one layer and {{-1, +1}} for another (not read yet)"
    return [None] * len(sides), [why if s is not None else None for s in sides], (), False


def set_units(m, spin):
    """The explicit meaning `m` reads units as +-1 (spin 1) or {0, 1} from here on; an energy it defined
    earlier now runs over those units too (a later declaration changes the units, not the energy)."""
    if m.er.spin == spin:
        return
    m.er.spin = spin
    form = getattr(m, "form", None)
    if form is not None:
        from .vocabulary.units import Unit
        m.form = form.replace(lambda e: isinstance(e, Unit), lambda u: Unit(*u.args[:3], spin))
