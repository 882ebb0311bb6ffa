"""The judge's one-parameter notation: Theta, a plain real symbol, and E_Theta(s), an energy of the state that
depends on Theta alone. The reader never produces them (every document is read into the vocabulary's objects,
whose parameters are Params); what remains of them is the evaluation of rows free of the vocabulary
(derivation/judge/taylor.py, evaluation.py's exact evaluator, instance.py's per-state energies) and the tests
of that evaluation. Below the vocabulary: it imports nothing of it."""
from __future__ import annotations

from sympy import Function, Symbol

Theta = Symbol("Theta", real=True)
_X = Symbol("x", integer=True, positive=True)   # vocabulary/base.py's x, printed upright as the post does


def _state_latex(printer, s) -> str:
    # The post writes states upright: \mathrm{x}.
    if s == _X:
        return r"\mathrm{x}"
    return printer._print(s)


class Energy(Function):
    """E_Theta(s): the energy of state s, an undefined smooth real function of Theta."""
    nargs = 2
    is_real = True

    def _latex(self, printer, exp=None):
        s, theta = self.args
        out = r"E_{%s}(%s)" % (printer._print(theta), _state_latex(printer, s))
        return r"\left(%s\right)^{%s}" % (out, exp) if exp else out
