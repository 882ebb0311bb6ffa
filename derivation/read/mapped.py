"""Text that remembers where each character came from in the document.

A row is cut from the document, macros are expanded in it, a row that wraps onto the next is
joined to it: the text to parse is no longer a slice of the source, but an error found at
offset k of it must still be reported at the document's own line and column. `Mapped` keeps a
short sorted list of spans (start in the text, offset in the source, verbatim or not): a verbatim
span maps character by character, an expansion maps every character to the macro it came from.
Memory is O(number of spans), not O(characters).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Mapped:
    text: str
    starts: list[int] = field(default_factory=list)   # span starts in `text`, increasing
    origins: list[int] = field(default_factory=list)  # source offset of each span's first character
    verbatim: list[bool] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, origin: int) -> "Mapped":
        """A verbatim slice of the source starting at `origin`."""
        return cls(text, [0], [origin], [True])

    def source_offset(self, k: int) -> int:
        if not self.starts:
            return 0
        k = max(0, min(k, max(len(self.text) - 1, 0)))
        j = bisect.bisect_right(self.starts, k) - 1
        j = max(j, 0)
        return self.origins[j] + (k - self.starts[j] if self.verbatim[j] else 0)

    def __len__(self):
        return len(self.text)

    def slice(self, a: int, b: int) -> "Mapped":
        a, b = max(0, a), min(len(self.text), b)
        if a >= b:
            return Mapped("", [0], [self.source_offset(a)], [True])
        j = max(bisect.bisect_right(self.starts, a) - 1, 0)
        starts, origins, verb = [0], [self.source_offset(a)], [self.verbatim[j] if self.starts else True]
        for s, o, v in zip(self.starts[j + 1:], self.origins[j + 1:], self.verbatim[j + 1:]):
            if s >= b:
                break
            starts.append(s - a)
            origins.append(o)
            verb.append(v)
        return Mapped(self.text[a:b], starts, origins, verb)

    def __add__(self, other: "Mapped") -> "Mapped":
        n = len(self.text)
        return Mapped(self.text + other.text, self.starts + [s + n for s in other.starts],
                      self.origins + other.origins, self.verbatim + other.verbatim)


class Builder:
    """Accumulate pieces of a Mapped text in linear time."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.verbatim: list[bool] = []

    def add(self, text: str, origin: int, verbatim: bool = True) -> None:
        if not text:
            return
        self.parts.append(text)
        self.starts.append(self.length)
        self.origins.append(origin)
        self.verbatim.append(verbatim)
        self.length += len(text)

    def add_mapped(self, m: Mapped, force_origin: int | None = None) -> None:
        """Append `m`; with force_origin every character maps there (text that came out of a macro)."""
        if force_origin is not None:
            self.add(m.text, force_origin, False)
            return
        for k, s in enumerate(m.starts):
            end = m.starts[k + 1] if k + 1 < len(m.starts) else len(m.text)
            self.add(m.text[s:end], m.origins[k], m.verbatim[k])

    def build(self) -> Mapped:
        return Mapped("".join(self.parts), self.starts or [0], self.origins or [0], self.verbatim or [True])
