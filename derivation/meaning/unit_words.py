"""Units whose values only words give ("the units are binary", "each unit is -1 or +1"): the +-1 reading too.

Only mathematics declares the unit set (derivation/read/units_declared.py); without a declaration an explicit
energy's units are binary {0, 1}, and prose that speaks of spins adds the binary reading beside the spin one
(chains.py). Words that give the values another way ("binary", "Bernoulli", "0 or 1", "-1 or +1", "bipolar")
switched nothing and said nothing: a row true for one unit set only was `proved` under binary units where the words
might mean +-1 (hostile set 10, H06). Such words make the +-1 reading plausible as well: where the two unit sets
disagree, the step is undecided, naming both (derivation/meaning/readings.py)."""
from __future__ import annotations

import re

# the values of the units said in words: binary ones, or +-1 ones spelled out (the spin words are units_declared's)
_VALUE_WORDS = re.compile(r"(?i)\bbinary\b|\bbernoulli\b|\bbipolar\b|\b0\s*(?:or|and|/)\s*1\b"
                          r"|[-\u2212]\s*1\s*(?:or|and|/)\s*\+?\s*1\b|\+\s*1\s*(?:or|and|/)\s*[-\u2212]\s*1\b"
                          r"|\bplus or minus one\b")

SPIN_FROM_WORDS = ("with +-1 units (the prose gives the units' values in words, but no unit set is declared in the "
                   "mathematics; the main reading takes them binary)",
                   "declare the units beside the display, e.g. $v_i \\in \\{0, 1\\}$ or $v_i \\in \\{-1, +1\\}$")


def spin_from_words(roles, explicit, rows, text) -> list:
    """[(assumes, hint, meaning, applies)]: the +-1 reading of an explicit model whose units only words describe,
    other than as spins (those add the binary reading in chains.py); [] elsewhere."""
    if explicit is None or not _VALUE_WORDS.search(_prose(text)):
        return []
    spin = explicit(rows, roles, text)
    units = getattr(getattr(spin, "er", None), "units", None)
    if units is None or units.declared or units.words or spin.er.spin:
        return []
    spin.er.spin = 1
    return [(*SPIN_FROM_WORDS, spin, lambda rr: True)]


def _prose(text: str) -> str:
    """The text outside its mathematics ($...$, $$...$$): words only (a 0/1 inside a formula is no description)."""
    return re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", text or "", flags=re.S)
