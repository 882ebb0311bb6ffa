"""A loss letter (L, \\mathcal{L}) that the document never defines, in a text that maximizes the log-likelihood:
`\\partial L(\\theta)/\\partial\\theta = \\partial/\\partial\\theta (\\log \\sum_H e^{-E(V, H)} - \\log \\sum_{V, H} e^{-E(V, H)})`.

The vocabulary's L is the negative log-likelihood per data point, -(1/N) sum_i log p(x^(i)) (the paper's). Many texts
write L for the log-likelihood of the observed state instead, log p(v), and say so only in words ("we maximize the
log-likelihood"). Read the paper's way, such a row is refuted twice over (a sign, and N data points for the one
state v it writes); the author meant log p(v). So a row whose L the main reading takes as the NLL, in one visible state
s, gets one more reading: L as log p(s). A step right one way and refuted the other is undecided (readings.py), never
invalid; a real slip stays refuted under both. Only where the prose speaks of the log-likelihood and of maximizing
it, and never of a negative log-likelihood or a loss (there the NLL reading is the author's).
"""
from __future__ import annotations

import re

import sympy

ASSUMES = ("with {L} the log-likelihood log p({s}) of the one state {s} the row writes (the prose maximizes the "
           "log-likelihood; the main reading takes {L} as the paper's negative log-likelihood over N data points)")
HINT = "define L in a row of its own (e.g. `\\mathcal{L}(\\theta) = \\log P(V)`)"
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}", re.S)


def maximizes_loglik(text: str) -> bool:
    """Whether the prose (mathematics removed) speaks of maximizing the log-likelihood, and of no negative
    log-likelihood, NLL or loss."""
    prose = _MATH.sub(" ", text or "").lower()
    loglik = re.search(r"log[- ]?likelihood", prose) is not None
    maximize = re.search(r"maximi[sz]|ascent", prose) is not None
    negative = re.search(r"negative log|\bnll\b|\bloss\b|minimi[sz]", prose) is not None
    return loglik and maximize and not negative


def likelihood_readings(expr, lhs) -> tuple:
    """(RowReading,) for a row (its expression and left side, SymPy) with the NLL of the model and one visible state;
    () otherwise."""
    from . import notation as nt
    from .readings import RowReading
    from .vocabulary import State
    from .vocabulary.model import NLL, ModelProb
    sides = [e for e in (lhs, expr) if isinstance(e, sympy.Basic)]
    nlls = {n for e in sides for n in e.atoms(NLL)}
    if not nlls:
        return ()
    states = {v for e in sides for v in e.free_symbols if type(v) is State or v == nt.x}
    if len(states) != 1:
        return ()
    s = next(iter(states))
    at = lambda e: None if e is None else e.xreplace({n: sympy.log(ModelProb(s, n.args[0])) for n in nlls})  # noqa: E731
    return (RowReading(ASSUMES.format(L="L", s=s), at(expr), at(lhs), HINT),)
