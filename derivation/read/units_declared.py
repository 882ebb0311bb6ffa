"""Which unit set the document declares, and where: {0, 1} (binary) or {-1, +1} (spins).

Only mathematics declares (issue 18, part 5): a set written in LaTeX, inline beside a display or in it
(`$v_i \\in \\{+1,-1\\}$`, `$x \\in \\{0,1\\}^d$`, `\\sum_{h_j \\in \\{-1, 1\\}}`, `\\pm 1`), binds the
rows after it (a row before every declaration takes the first one: `where $v \\in \\{0,1\\}^n$`
after the energy's display). Words alone ("spins", "±1" in prose) never switch the meaning: without a
declaration they make the binary and the spin reading both plausible, and the checker judges both
(derivation/meaning/readings.py: where they disagree the step is undecided).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_M = r"[-\u2212]"
SPIN_SET = re.compile(r"\\\{\s*" + _M + r"\s*1\s*,\s*\+?\s*1\s*\\\}|\\\{\s*\+?\s*1\s*,\s*" + _M + r"\s*1\s*\\\}"
                      r"|\\\{\s*\\pm\s*1\s*\\\}|\\pm\s*1(?![\d.])|\\\{\s*" + _M + r"\s*1\s*,\s*\+?\s*1\s*\}")
BINARY_SET = re.compile(r"\\\{\s*0\s*,\s*1\s*\\\}|\\\{\s*1\s*,\s*0\s*\\\}|\\\{\s*0\s*,\s*1\s*\}")
WORDS = re.compile(r"\b[Ss]pins?\b|\u00b1\s*1\b|\b[Ii]sing\b|(?<!\\)\{\s*[-\u2212]\s*1\s*,\s*\+?\s*1\s*\}")

SPIN_READING = ("with +-1 units (the prose speaks of spins, but no unit set is declared in the mathematics)",
                "declare the units beside the display, e.g. $v_i \\in \\{-1, +1\\}$ or $v \\in \\{0, 1\\}^n$")
BINARY_READING = ("with binary {0, 1} units (the prose speaks of spins, but no unit set is declared in the "
                  "mathematics)", SPIN_READING[1])


@dataclass(frozen=True)
class Units:
    declared: tuple   # ((line, spin), ...) in document order; spin 1 for +-1, 0 for {0, 1}
    words: bool       # the prose speaks of spins or +-1
    stretches: tuple = ()   # for each declaration, how many displays open before it (its stretch of the document)

    def spin_at(self, line: int | None) -> int:
        """The declared unit set for a row at `line` (the latest declaration before it, else the first);
        without a declaration: spins when the words say so (one of two readings), binary otherwise."""
        if not self.declared:
            return int(self.words)
        before = [s for ln, s in self.declared if line is not None and ln <= line]
        return before[-1] if before else self.declared[0][1]

    def mixed_at(self, line: int | None) -> bool:
        """Whether the latest stretch of the document declaring units before `line` (prose and mathematics up to the
        next display) declares both sets: $v \\in \\{0,1\\}^n$ and $h \\in \\{-1,+1\\}^m$, on one line (hostile8 F15,
        F16) or in two sentences (hostile set 9, K24, K25). One unit set per model is all the explicit energy reads."""
        if not self.declared:
            return False
        before = [k for k, (ln, _) in enumerate(self.declared) if line is not None and ln <= line]
        stretch = self.stretches[before[-1] if before else 0]
        return len({s for (_, s), g in zip(self.declared, self.stretches) if g == stretch}) > 1

    @property
    def ambiguous(self) -> bool:
        """Only words speak of the units: both unit sets are plausible readings."""
        return self.words and not self.declared


def declared_units(text: str) -> Units:
    found = [(m.start(), 1) for m in SPIN_SET.finditer(text)] + [(m.start(), 0) for m in BINARY_SET.finditer(text)]
    found.sort()
    declared = tuple((text.count("\n", 0, off) + 1, spin) for off, spin in found)
    opens = [m.start() for m in _DISPLAY_OPEN.finditer(text)]
    stretches = tuple(bisect.bisect_right(opens, off) for off, _ in found)
    return Units(declared, bool(WORDS.search(text)), stretches)


# a line opening a display: $$, \[, \begin{equation}, \begin{align}, ..., a ```math fence (a $$ that closes one opens
# nothing new, but counting it too only splits a stretch of prose where a display sits)
_DISPLAY_OPEN = re.compile(r"(?m)^[ \t>]*(?:\$\$|\\\[|\\begin\{(?:equation|align|gather|multline|eqnarray)|```math)")
