"""What an integral's variable allows the checker to read.

An integral whose body differentiates by its own variable, \\int \\nabla_x f(x) g(x) dx, is integration by parts (or
the score identity \\int \\nabla_x p = 0): it holds on the real line when the boundary terms vanish, a condition the
prose states (f g -> 0 as |x| -> infinity) and the checker's finite state spaces do not have, so a counterexample on
them refutes nothing the author wrote (blind set 10, a true integration by parts refuted on a one-point space)."""
from __future__ import annotations

from .roles_letters import walk


def check_integral_variable(meaning, var, body) -> None:
    """Fail (unreadable, named) when the variable cannot be told or the body differentiates by it."""
    if var is None or var[0] != "sym":
        meaning.fail("an integral whose variable cannot be told", "\\int f(x)\\,dx")
    for n in walk(body):
        if n[0] in ("d", "d_scope") and any(v[0][0] == "sym" and v[0][1:4] == var[1:4] for v in n[1]):
            meaning.fail(f"an integral of a derivative by its own variable {var[1]} (integration by parts: it needs "
                         "the real line and boundary terms that vanish, which finite state spaces do not have)",
                         "the integral's value, or a sum over the states")
