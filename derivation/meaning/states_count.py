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


def floor_readings(roles, text: str) -> list:
    """The reading "with at least c states" of the rows that write a letter the document names as the number of
    states and bounds below ($K \\ge 2$): the instances start at one state, so a row refuted only there would be
    refuted outside what the document says; the checker cannot restrict its instances, so that reading is not
    judged and such a row is never `invalid` (a row proved for every number of states stays proved)."""
    out = []
    for m in _FLOOR.finditer(text or ""):
        letter, floor = m.group(1), int(m.group(3)) + (m.group(2) == ">")
        if letter not in getattr(roles, "states_letters", ()) or floor < 2 or any(o[0].startswith(f"with {letter} ")
                                                                                 for o in out):
            continue
        written = re.compile(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])")
        out.append((f"with {letter} >= {floor} states, as the document says (the instances start at one state)",
                    "write a row that holds for every number of states (the checker cannot restrict its "
                    "instances to what the prose says)", None,
                    lambda rr, written=written: bool(written.search(rr.latex or ""))))
    return out
