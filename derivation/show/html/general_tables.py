"""A counterexample of the general vocabulary (integrals, latents, KL, temperature ...) as HTML.

Such a counterexample is evaluated on the instance's own tables (Instance.tables: each energy or
function entry with its value and derivatives at the point, the points of the parameters, the
masses), not on the post-style columns e^{-E_k}, dE_k/dΘ, so those tables are what a reader needs
to recompute both sides. Shown the same way as counterexample_html (blocks.py) shows the post's.
"""
from __future__ import annotations

import ast
import re
from html import escape

import sympy

from .mathml import math_html

# The value column of an entry, by the key the instance stores it under.
_VALUE_TEX = {"e^{-E}": r"e^{-E}", "e^{g}": r"e^{g}", "value": r"\text{value}", "base": r"\text{base}"}
_DERIVATIVE = [(re.compile(r"^d/d(\w+)$"), lambda a: rf"\partial/\partial {a[0]}"),
               (re.compile(r"^d2/d(\w+)2$"), lambda a: rf"\partial^2/\partial {a[0]}^2"),
               (re.compile(r"^d2/d(\w+)d(\w+)$"), lambda a: rf"\partial^2/\partial {a[0]}\,\partial {a[1]}")]


def _symbol(name: str) -> str:
    try:
        return sympy.latex(sympy.Symbol(str(name)))
    except (TypeError, ValueError):  # pragma: no cover - a name SymPy cannot hold
        return r"\text{" + str(name) + "}"


def _column(key: str) -> str:
    for pattern, tex in _DERIVATIVE:
        m = pattern.match(key)
        if m:
            return math_html(tex([_symbol(g) for g in m.groups()]), display=False)
    return math_html(_VALUE_TEX[key], display=False) if key in _VALUE_TEX else escape(key)


def _entry(name: str) -> str:
    """'E(1, 2)' -> E(1, 2) as math; anything unexpected stays as written."""
    m = re.match(r"^([A-Za-z])(\(.*\))$", name)
    try:
        args = ast.literal_eval(m[2]) if m else None
    except (ValueError, SyntaxError):
        args = None
    if args is None:
        return escape(name)
    flat = args if isinstance(args, tuple) else (args,)
    return math_html(f"{m[1]}({', '.join(map(str, flat))})", display=False)


def general_counterexample_html(ce, sides_html: str, caption: str = "Counterexample") -> str:
    """The instance's tables, then both sides (`sides_html`, as blocks.py builds it)."""
    inst = ce.instance
    from derivation.show.shown_counterexample import public_tables
    tables = public_tables(inst)
    points = {k[:-2].strip(): v for k, v in tables.items() if str(k).endswith(" =")}
    scalars = {k: v for k, v in tables.items() if not isinstance(v, dict) and not str(k).endswith(" =")}
    entries = {k: v for k, v in tables.items() if isinstance(v, dict)}
    keys = {key for e in entries.values() for key in e}
    cols = [k for k in _VALUE_TEX if k in keys] + sorted(keys - set(_VALUE_TEX))
    from derivation.show.shown_counterexample import reading_notes, shifts, temperatures, used
    u = used(inst)
    k, n = inst.states, len(inst.data)
    at = "".join(f", {escape(str(name))} = {escape(str(value))}" for name, value in ce.at)
    where = ", ".join(math_html(f"{_symbol(p)} = {sympy.latex(sympy.sympify(v))}", display=False)
                      for p, v in points.items())
    sizes = []   # only the sizes the two sides used (shown_counterexample.py)
    if "states" in u or ce.at:
        sizes.append(f"K = {k} state{'s' if k > 1 else ''}")
    if "hidden" in u:
        sizes.append(f"M = {inst.hidden} latent state{'s' if inst.hidden > 1 else ''}")
    if "data" in u:
        sizes.append(f"N = {n} data point{'s' if n > 1 else ''} "
                     f"x<sup>(1..N)</sup> = ({', '.join(map(str, inst.data))})")
    if "components" in u:
        sizes.append(f"vector parameters with {inst.components} component{'s' if inst.components > 1 else ''}")
    head = (f"<b>{escape(caption)}:</b> " + ", ".join(sizes or ["no state space or data enter the two sides"])
            + (f", at {where}" if where else "") + at
            + "".join(f"; {escape(str(name))} = {escape(str(v))}" for name, v in scalars.items())
            + ". Every entry the two sides used is in this table: recompute them from it."
            + "".join(" " + escape(t) for t in reading_notes(tables, u, shifts(inst), temperatures(inst))))
    rows = ['<tr><th scope="col">entry</th>' + "".join(f'<th scope="col">{_column(c)}</th>' for c in cols) + "</tr>"]
    rows += [f'<tr><th scope="row">{_entry(name)}</th>' + "".join(f"<td>{escape(str(e.get(c, '')))}</td>" for c in cols)
             + "</tr>" for name, e in entries.items()]
    return (f'<figure class="counterexample" data-instance="general"><figcaption>{head}</figcaption>'
            f'<div class="scroll"><table class="instance">{"".join(rows)}</table></div>'
            f'<div class="scroll">{sides_html}</div></figure>')
