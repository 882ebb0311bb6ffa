"""A counterexample as every output shows it: exactly the values the two sides were computed on.

An instance (instances.py) carries more than any one step uses: the post's base columns (e^{-E_k},
dE_k/dTheta at Theta = t) beside the general vocabulary's tables (energies, logits, functions, masses,
points), a latent space of M states and m vector components whether or not the row has latents or
vectors. A student who recomputes a refuted step needs the numbers it was refuted on and nothing
else: printed beside them, an unused column gives another number. So the JSON, the text report, the
Markdown, LaTeX and HTML companions, the pytest message and check_step all take their fields from here.

    instance_kind(inst)   'post' (the base columns), 'general' (the tables), or 'rbm' (units)
    used(inst)            the sizes the sides used: {'states', 'data', 'hidden', 'components'}
    fields(c)             the JSON dict of a Counterexample
    lines(c, letter)      the text report's lines (the parameter written as the document writes it)
"""
from __future__ import annotations

import re

from fractions import Fraction

ALL_SIZES = frozenset({"states", "data", "hidden", "components"})


def instance_kind(inst) -> str:
    if hasattr(inst, "visible_units"):
        return "rbm"
    tables = getattr(inst, "tables", None) or {}
    if "_used" in tables or any(not str(k).startswith("_") for k in tables):
        return "general"
    return "post"


def used(inst) -> frozenset:
    """The sizes the general evaluator unrolled (instances._evaluate_general records them); every size
    when the instance does not say (never hide a number that may have been used)."""
    recorded = (getattr(inst, "tables", None) or {}).get("_used")
    return ALL_SIZES if recorded is None else frozenset(recorded)


def post_data_used(inst) -> bool:
    """Whether the sides on a post-style instance used the data (instances.evaluate records it);
    True when it was not recorded."""
    recorded = (getattr(inst, "tables", None) or {}).get("_post_used")
    return recorded is None or "data" in recorded


def post_derivative_used(inst) -> bool:
    """Whether the sides on a post-style instance took a derivative in Θ (so ∂E/∂Θ is part of what to
    recompute from); True when it was not recorded (never hide a number that may have been used)."""
    recorded = (getattr(inst, "tables", None) or {}).get("_post_used")
    return recorded is None or "derivative" in recorded


def shifts(inst) -> dict:
    """{parameter: the value it is written at} for a family written at another value (E_θ beside q_φ:
    the model's entries, functions of φ, are evaluated at φ = θ); instances._evaluate_general records it."""
    return dict(sorted((getattr(inst, "tables", None) or {}).get("_shifts") or ()))


def shift_notes(shifted: dict) -> list[str]:
    return [f"The model's entries are functions of {p}; written at {v}, they are evaluated at {p} = {v}, "
            f"so u = {v} - ({p}'s point)." for p, v in shifted.items()]


def taken_order(inst) -> int:
    """The highest order of derivative the sides took (instances._evaluate_general records each); 2, every
    column, when it was not recorded or when a family is written at another value (E_θ beside q_φ: its
    entries are polynomials off the point, where every derivative column is a coefficient)."""
    recorded = (getattr(inst, "tables", None) or {}).get("_orders")
    if recorded is None or shifts(inst):
        return 2
    return min(2, max(recorded, default=0))


def unreached(entry: dict, order: int) -> bool:
    """Whether a table entry's columns past `order` are out of every derivative's reach: an energy or a
    logit (its d/dp, d2/dp2 are in the parameters). A function's columns (d/df.1) are in its own
    arguments, coefficients always used: never."""
    return order < 2 and ("e^{-E}" in entry or "e^{g}" in entry)


def public_tables(inst) -> dict:
    """The tables drawn for the sides, with the point of every parameter evaluated (Θ's point is the
    instance's own t, which the tables do not record). The derivative columns of an entry stay up to the
    order the sides differentiated (taken_order); all of them when a family is written at another value."""
    tables = {k: v for k, v in inst.tables.items() if not str(k).startswith("_")}
    order = taken_order(inst)   # columns no derivative reaches: printed, they would only be more numbers to read
    tables = {k: ({c: x for c, x in v.items() if not str(c).startswith(("d/d", "d2/d")[order:])}
                  if isinstance(v, dict) and unreached(v, order) else v) for k, v in tables.items()}
    for p, v in (inst.tables.get("_points") or {}).items():
        tables.setdefault(f"{p} =", str(v))
    return tables


def _real(v):
    from derivation.judge.exact_values import real_value
    return real_value(v)


def _exact(v) -> str:
    from derivation.judge.exact_values import _exact_str
    return _exact_str(v)


def fields(c) -> dict:
    """The JSON of a counterexample. `instance` says which of three shapes it has:
    post: states, weights (w_k = e^{-E_k} * scale), energy; data, denergy, d2energy, scale, theta when used;
    general: tables (and states, data, hidden_states, components when the sides used them);
    rbm: states, data, tables (the weights' values), rbm (units).
    Then lhs, rhs (floats, null when a side has no finite real value), lhs_exact, rhs_exact, at."""
    inst = c.instance
    kind = instance_kind(inst)
    out: dict = {"instance": kind}
    if kind == "post":
        out.update(states=inst.states, weights=list(inst.weights), energy=list(inst.energy))
        if post_derivative_used(inst):
            out["denergy"] = list(inst.denergy)
            if any(inst.d2energy):
                out["d2energy"] = list(inst.d2energy)
        if post_data_used(inst):
            out["data"] = list(inst.data)
        if inst.scale != 1:
            out["scale"] = inst.scale   # e^{-E_k} = weights[k] / scale
        if inst.theta != 0:
            out["theta"] = str(inst.theta)
    elif kind == "general":
        u = used(inst)
        if "states" in u or c.at:
            out["states"] = inst.states
        if "data" in u:
            out["data"] = list(inst.data)
        if "hidden" in u:
            out["hidden_states"] = inst.hidden
        if "components" in u:
            out["components"] = inst.components
        out["tables"] = public_tables(inst)
        if shifts(inst):
            out["shifted"] = shifts(inst)   # parameter -> the value its entries are evaluated at
        if temperatures(inst):
            out["temperature"] = temperatures(inst)   # P = e^{-beta E}/Z_beta with these beta
    else:
        out.update(states=inst.states, data=list(inst.data), tables=public_tables(inst),
                   rbm={"visible_units": inst.visible_units, "hidden_units": inst.hidden_units,
                        "units": "spin" if inst.spin else "binary",
                        # state s -> the units' values, so a state number can be read as a configuration
                        "visible_states": {s: list(inst.configuration(s, inst.visible_units))
                                           for s in range(1, 2 ** inst.visible_units + 1)},
                        "hidden_states": {s: list(inst.configuration(s, inst.hidden_units))
                                          for s in range(1, 2 ** inst.hidden_units + 1)}})
    out.update(lhs=_real(c.lhs), rhs=_real(c.rhs), lhs_exact=_exact(c.lhs), rhs_exact=_exact(c.rhs))
    if c.at:
        out["at"] = dict(c.at)
    return out


def _num(v: float) -> str:
    return f"{v:.10g}"


def _states(k: int) -> str:
    from .words import count
    return f"K = {count(k, 'state')} " + ("(x = 1)" if k == 1 else f"x = 1..{k}")


def _data(data) -> str:
    from .words import count
    return f"N = {count(len(data), 'data point')} x^(1..N) = {list(data)}"


def _sides(c) -> str:
    from derivation.judge.exact_values import value_text
    at = (f"With {', '.join(f'{k} = {v}' for k, v in c.at)}: " if c.at else "")
    return at + f"left side = {value_text(c.lhs)};  right side = {value_text(c.rhs)}."


def lines(c, letter: str = "Θ") -> list[str]:
    """The counterexample in words, unwrapped: what to recompute from, then both sides."""
    inst = c.instance
    kind = instance_kind(inst)
    if kind == "rbm":
        return rbm_lines(fields(c)) + [_sides(c)]
    if kind == "general":
        return general_lines(c) + [_sides(c)]
    z = Fraction(sum(inst.weights), inst.scale)
    probs = ", ".join(str(Fraction(w, sum(inst.weights))) for w in inst.weights)
    energies = ", ".join(_num(e) for e in inst.energy)
    d, d2 = f"∂E/∂{letter}", f"∂²E/∂{letter}²"
    return [
        f"Counterexample: {_states(inst.states)}" + (f"; {_data(inst.data)}." if post_data_used(inst) else "."),
        f"At {letter} = {inst.theta}: e^(-E) = {list(inst.weights)}" + (f"/{inst.scale}" if inst.scale != 1 else "")
        + f" (so E = -ln of these = [{energies}])"
        + (f", {d} = {list(inst.denergy)}" if post_derivative_used(inst) else "")
        + (f", {d2} = {list(inst.d2energy)}" if any(inst.d2energy) and post_derivative_used(inst) else "")
        + f"; hence Z = {z} and P = [{probs}].",
        _sides(c),
    ]


_GREEK = {"theta": "θ", "Theta": "Θ", "phi": "φ", "beta": "β"}
_GREEK_NAME = re.compile(r"(?:(?<=d/d)|(?<=d2/d)|(?<![A-Za-z]))(theta|Theta|phi|beta)(?![A-Za-z])")


def greek(text: str) -> str:
    """The parameters' names as the student writes them: theta = -3, d/dphi, e^{-beta E} -> θ = -3, d/dφ,
    e^{-β E} (the JSON keeps the ASCII names, for programs)."""
    return _GREEK_NAME.sub(lambda m: _GREEK[m[1]], text)


def general_lines(c) -> list[str]:
    """The general vocabulary's instance: the sizes the sides used, the points, the masses, and every
    table entry (each a polynomial in u_p = p - (p's point): its value and derivatives at the point)."""
    from .words import count
    inst = c.instance
    u = used(inst)
    tables = public_tables(inst)
    head = []
    if "states" in u or c.at:
        head.append(_states(inst.states))
    if "data" in u:
        head.append(_data(inst.data))
    if "hidden" in u:
        head.append(f"M = {count(inst.hidden, 'latent state')} h = 1..{inst.hidden}")
    if "components" in u:
        head.append(f"vector parameters have {count(inst.components, 'component')}")
    out = ["Counterexample: " + ("; ".join(head) if head else "no state space or data enter the two sides") + "."]
    points = [f"{k[:-2]} = {v}" for k, v in tables.items() if str(k).endswith(" =")]
    masses = [f"{k.replace('mass', 'mu')} = {v}" for k, v in tables.items() if str(k).startswith("mass(")]
    if points:
        out.append("Parameters at: " + ", ".join(points) + ".")
    if masses:
        out.append("Masses of the atoms: " + ", ".join(masses) + ".")
    out += reading_notes(tables, u, shifts(inst), temperatures(inst))
    for k, v in tables.items():
        if isinstance(v, dict):
            out.append(f"{k}: " + ", ".join(f"{a} = {b}" for a, b in v.items()) + ".")
        elif not str(k).endswith(" =") and not str(k).startswith("mass("):
            out.append(f"{k} = {v}.")
    return [greek(line) for line in out]


def temperatures(inst) -> list[str]:
    """The inverse temperatures the model is written with (P = e^{-beta E}/Z_beta), as recorded."""
    return sorted((getattr(inst, "tables", None) or {}).get("_temperatures") or ())


def reading_notes(tables: dict, u, shifted: dict, betas=()) -> list[str]:
    """How to read the tables, in words (every output prints these beside them): what an entry is as a
    function of the parameters, what P and q are made of, a family written at another value, a function
    of real arguments."""
    masses = [k for k in tables if str(k).startswith("mass(")]
    out: list[str] = []
    names = [str(k) for k, v in tables.items() if isinstance(v, dict)]
    read = []
    if any(k.startswith("E(") for k in names):
        b = "".join(f"{t} " for t in betas)
        read.append(f"the model's P = e^{{-{b}E}}/Z, Z summing e^{{-{b}E}} over every "
                    + ("(x, h)" if "hidden" in u else "state") + (" weighted by its mass" if masses else ""))
    if any(k.startswith("g_q(") for k in names):
        read.append("q(x) = e^{g_q(x)} / (the sum of e^{g_q} over the states"
                    + (", weighted by the masses" if masses else "") + ")")
    out += shift_notes(shifted)
    if names:
        slopes = any(c.startswith(("d/d", "d2/d")) for k, v in tables.items() if isinstance(v, dict) for c in v)
        curves = any(c.startswith("d2/d") for k, v in tables.items() if isinstance(v, dict) for c in v)
        out.append("Each entry (E, g or a function) is, near the point of each parameter p, its value there "
                   "+ (d/dp) u" + (" + (d2/dp2) u^2/2" if curves else "") + " with u = p - (p's point); "
                   "e^{-E} and e^{g} give the value" if slopes else "Each entry: its value at the point")
        out[-1] += ("; " + "; ".join(read) if read else "") + "."
    if any(str(c).endswith(" coefficient") for v in tables.values() if isinstance(v, dict) for c in v):
        out.append("A function f of real arguments t_1, t_2, ... (its slots f.1, f.2, ...) is value + (d/df.k) t_k "
                   "+ (d2/df.k2) t_k^2/2 + (e^{f.k} coefficient) (e^{t_k} - 1 - t_k - t_k^2/2), summed over k "
                   "(+ (d2/df.jdf.k) t_j t_k).")
    return out


def rbm_lines(d: dict, with_at: bool = False) -> list[str]:
    """An RBM counterexample (the dict of fields()) in words: units, weights, configurations, data, and
    (with_at: where the sides do not say it) the values of the free indices. The text report, the
    Markdown and the HTML companions all print these lines."""
    from .words import count
    r = d["rbm"]
    units = "spins -1/+1" if r["units"] == "spin" else "binary units {0, 1}"
    params = {k[:-2]: v for k, v in d["tables"].items() if str(k).endswith(" =")}

    def configurations(states: dict) -> str:
        return ", ".join(f"{s} = ({', '.join(map(str, u))})" for s, u in states.items())
    return [
        f"Counterexample: an RBM with {count(r['visible_units'], 'visible unit')} and "
        f"{count(r['hidden_units'], 'hidden unit')}, {units}; weights "
        + (", ".join(f"{k} = {v}" for k, v in sorted(params.items())) or "none")
        + " (a weight not listed is not in this comparison).",
        f"States, as (unit 1, unit 2, ...): visible {configurations(r['visible_states'])}; "
        f"hidden {configurations(r['hidden_states'])}"
        + (f"; data (visible states) = [{', '.join(map(str, d['data']))}]." if d.get("data") else "."),
    ] + ([f"With {', '.join(f'{k} = {v}' for k, v in d['at'].items())}."] if with_at and d.get("at") else [])
