"""A definition of the model written at a value of its parameter defines the family, never a constant.

`q_\\psi(x) \\propto e^{\\psi f(x) + g(x)}` beside `q_\\phi(x) \\propto e^{\\phi f(x) + g(x)}`,
`p_{\\theta'}(x) \\propto e^{\\theta' f(x)}`, `E(x; \\theta_0) = \\theta_0 f(x)`: the row says what the family is
at the value written on its left side (psi, theta', theta_0: values of the family's parameter,
meaning_values.py). The energy a meaning binds from such a row (explicit.py's family and energy rows,
general_chains._energy_form) was the body as written, the value a constant of its own: every member of
the family then had the energy at psi, and KL(q_phi || q_psi) = 0 was proved (hostile set 6, B13).
Here the bound form is re-expressed in the family's parameter (psi -> phi). A left side at a compound value
(p_{2\\theta}, Z(\\theta + \\epsilon)) cannot be inverted, and a body that writes the parameter beside the
value (q_\\psi \\propto e^{\\psi f + \\phi g}) is not one family: the row is unreadable, naming it, and the
form it bound is taken back (model_ties.py then keeps later rows from being refuted on another model).
"""
from __future__ import annotations

from .meaning_values import node_text


def _head(lhs):
    if lhs[0] == "app" and lhs[1][0] == "sym":
        return lhs[1], list(lhs[2]) + list(lhs[3])
    if lhs[0] == "sym":
        return lhs, []
    return None, []


def form_at_parameter(mm, lhs, form):
    """The form `mm` bound from a row whose left side is `lhs`, in the family's parameter: each value of a
    parameter written on the left side (its subscript, its arguments about a parameter) replaced by the
    parameter itself. Raises the meaning's ReadError (mm.fail) where that cannot be done."""
    head, args = _head(lhs) if isinstance(lhs, tuple) else (None, [])
    if head is None or form is None:
        return form
    sub = head[3] if head[3] is not None and mm._param_sub(head[3]) else None
    items = mm.param_items(sub, args)
    swap = {}
    for item in items:
        base = mm._slot(item)
        if item[0] == "sym" and mm.plain_param(item, base):
            continue
        value = mm.tr(item, {})
        if mm.values_of.get(value) is not base:
            mm.fail(f"a definition of the model at {node_text(item)}, a value the family's parameter cannot be "
                    "read from", "the definition at the parameter itself (p_\\theta(x) = ...), or at one letter "
                    "(p_{\\theta'}(x) = ...)")
        swap[value] = base
    if not swap:
        return form
    if any(s in form.free_symbols for s in swap.values()):
        mm.fail(f"a definition of the model at {', '.join(sorted(str(v) for v in swap))} that also writes the "
                "parameter itself: not one family", "the definition at one parameter value")
    return form.xreplace(swap)


def rebind_forms(meanings, before: dict, lhs):
    """After a definition row: every meaning whose form the row bound has it re-expressed in the family's
    parameter (form_at_parameter). Returns the reason the row cannot be taken as a definition (its form is
    then taken back), or None."""
    why = None
    for mm in meanings:
        if mm is None or id(mm) not in before:
            continue
        form = getattr(mm, "form", None)
        if form is None or form is before[id(mm)]:
            continue
        try:
            mm.form = form_at_parameter(mm, lhs, form)
        except Exception as e:  # noqa: BLE001 - the meaning's ReadError: the row is unreadable, naming it
            mm.form = before[id(mm)]
            why = why or getattr(e, "what", None) or str(e)
    return why
