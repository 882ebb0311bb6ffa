"""A letter the document names as the number of states ("the $K$ states", "$K \\ge 2$ states", "the number of
states $K$", or the upper limit of \\sum_{x=1}^{K}) is the number of states: the vocabulary's K, which every instance
sets to its own state count. Read as an arbitrary constant, \\sum_x 1/K = 1 was refuted with one state and K = 3
(hostile set 10, G17). Where that number is not one the general vocabulary has (a model with latent variables, or
units), or the letter counts something else too, the row is not read (never refuted with K drawn apart)."""
from __future__ import annotations

import re

from .roles import walk
from .sum_domains import STATE_NAMES, states_to_k

_NOT_A_COUNT = set("NZEFPpqLHSeTU") | STATE_NAMES   # letters with meanings of their own, and the states' own
_BEFORE = r"(?<![A-Za-z])(?:number|count) of states(?: is| equals|,)?\s*\$\s*([A-Za-z])\s*\$"
_AFTER = (r"\$\s*([A-Za-z])\s*(?:(?:\\geq?|\\geqslant|>|=)\s*\d+\s*)?\$\s+"
          r"(?:(?:possible|distinct|discrete|different)\s+)?states\b")
_NAMED = re.compile(_BEFORE + "|" + _AFTER)
_OTHER_SPACE = re.compile(r"(?:hidden|latent|visible|joint)\s*$")


def named_states_letters(text: str, asts=()) -> frozenset:
    """The letters the document names as its number of states: in its text, or as the upper limit of a sum over a
    state from 1 (`asts`: the rows' syntax trees)."""
    found = set()
    for m in _NAMED.finditer(text or ""):
        letter = m.group(1) or m.group(2)
        if letter not in _NOT_A_COUNT and not _OTHER_SPACE.search(text[max(0, m.start() - 12):m.start()]):
            found.add(letter)
    for a in asts:
        if isinstance(a, tuple) and any(n[0] == "sum" and n[1] is not None and n[1][0] == "eqsub"
                                        and states_to_k(n[1], n[2]) for n in walk(a)):
            found.add("K")
    return frozenset(found)


def states_count(m, n):
    """The number of states for the bare letter `n` the document names so, else None; refused where the general
    vocabulary has no one number of states or the letter counts something else as well."""
    from .vocabulary.base import K
    name = n[1]
    if n[2:] != ("", None, 0, None) or name not in getattr(m.r, "states_letters", ()):
        return None
    why = None
    if getattr(m, "er", None) is not None or m.r.hidden:
        why = "the model's states have units or latent parts"
    elif name in m.data_size | m.size_written | set(getattr(m, "components_written", ())):
        why = f"{name} also counts the data points or the components"
    if why is not None:
        m.fail(f"{name}, the number of states the document names, where {why}: not one number the reading has",
               f"\\sum_x over the states, without {name}")
    return K


_FLOOR = re.compile(r"\$\s*([A-Za-z])\s*(\\geq?|\\geqslant|>|≥)\s*(\d+)\s*\$")


def prose_count_readings(roles, text: str) -> list:
    """The reading "with K as the prose names it" of the rows that write a letter the prose (not a sum's limit) names
    as the number of states: the prose may bound it below ($K \\ge 2$, while the instances start at one state) and
    define with it what the checker reads only after the displays (u(x) = 1/K in a sentence: hostile set 7, B07,
    D14). The checker cannot judge that reading, so such a row is never `invalid`; a row proved for every number of
    states stays proved."""
    out = []
    for m in _NAMED.finditer(text or ""):
        letter = m.group(1) or m.group(2)
        if letter not in getattr(roles, "states_letters", ()) or any(o[0].startswith(f"with {letter} ") for o in out):
            continue
        floors = [int(f.group(3)) + (f.group(2) == ">") for f in _FLOOR.finditer(text) if f.group(1) == letter]
        bound = f", at least {max(floors)}" if floors and max(floors) >= 2 else ""
        written = re.compile(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])")
        out.append((f"with {letter} the number of states as the prose names it{bound}, and what the prose defines "
                    "with it (the instances start at one state and read the prose after the displays)",
                    "write the row so that it holds for every number of states, or define what uses "
                    f"{letter} in a display before it", None,
                    lambda rr, written=written: bool(written.search(rr.latex or ""))))
    return out
