"""The one error a reader raises: a row (or a side) that cannot be read, with where and what was expected.

general.py and its helpers raise it while parsing a side; the meaning layer raises it for what it cannot give a
meaning (meaning.py); reader.py turns it into a located Problem (line, column of the document)."""
from __future__ import annotations


class ReadError(ValueError):
    """A row that cannot be read: where (0-based offset into the row text) and what was expected."""

    def __init__(self, what: str, offset: int, expected: str = ""):
        self.what, self.offset, self.expected = what, offset, expected
        super().__init__(what + (f"; expected {expected}" if expected else ""))
