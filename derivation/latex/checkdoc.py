"""Check every derivation of a document: read it, run the checker on each display, report.

Exit status of a check (what `eq7 check DOC` returns):
    0  every step is valid (proved or holds)
    1  some step is invalid
    2  something could not be read (a row, or the document: no math, an unclosed display)
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from ..display import DocumentDisplay
from .document import DocumentError
from .reader import Document, read_text

POST = "kim_bengio_eq7_post.md"


def shipped_post() -> tuple[str, str]:
    """(text, name) of the blog post shipped with the package."""
    text = resources.files("derivation").joinpath("data", POST).read_text(encoding="utf-8")
    return text, f"derivation/data/{POST}"


@dataclass
class DocumentReport(DocumentDisplay):
    doc: Document
    reports: list            # ChainReport per display, in document order
    owners: list             # per display: the ReadRow of each chain row

    @property
    def unreadable(self) -> bool:
        return bool(self.doc.errors) or any(s.verdict == "unreadable" for r in self.reports for s in r.steps)

    @property
    def invalid(self) -> bool:
        return any(s.verdict == "invalid" for r in self.reports for s in r.steps)

    @property
    def status(self) -> int:
        return 2 if self.unreadable else 1 if self.invalid else 0

    @property
    def main(self):
        """The report of the main derivation: the display with the most rows (the post's align)."""
        return max(self.reports, key=lambda r: len(r.chain.rows))

    def notes_text(self) -> list[str]:
        out = [f"NOTE  line {n.line}, column {n.column}: {n.message} (a slip of the document, read as "
               "it means; not a failure)" for n in self.doc.notes]
        out += [f"UNREADABLE  {e}" for e in self.doc.errors]
        return out

    def to_text(self) -> str:
        from ..report import to_text

        parts = []
        for k, rep in enumerate(self.reports):
            if len(self.reports) > 1:
                parts.append(f"=== derivation {k + 1} of {len(self.reports)} "
                             f"(lines {rep.chain.rows[0].line}-{rep.chain.rows[-1].line}) ===")
            parts.append(to_text(rep))
            parts.append("")
        notes = self.notes_text()
        if notes:
            parts += ["Reading notes:"] + ["  " + n for n in notes]
        word = {0: "every step is valid", 1: "some step is invalid", 2: "something could not be read"}
        parts.append(f"Status: {self.status} ({word[self.status]}).")
        return "\n".join(parts)

    def to_dict(self) -> dict:
        from ..report import to_dict

        ds = [to_dict(r) for r in self.reports]
        extra = {"notes": [{"line": n.line, "column": n.column, "message": n.message} for n in self.doc.notes],
                 "errors": [{"line": e.line, "column": e.column, "message": e.message, "expected": e.expected}
                            for e in self.doc.errors],
                 "status": self.status}
        if len(ds) == 1:
            return {**ds[0], **extra}
        steps = [{**s, "derivation": k + 1} for k, d in enumerate(ds) for s in d["steps"]]
        main = self.reports.index(self.main)
        return {"source": self.doc.source.name, "derivations": ds, "steps": steps,
                "claim": {**ds[main]["claim"], "derivation": main + 1}, **extra}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def check_text(text: str, name: str = "<document>", title: str = "") -> DocumentReport:
    """Read and check a document's text. DocumentError when it has no math or an unclosed display."""
    from ..check import check_chain
    from .to_sympy import chains_of

    doc = read_text(text, name)
    pairs = chains_of(doc, title=title)
    return DocumentReport(doc, [check_chain(c) for c, _ in pairs], [o for _, o in pairs])


def check_path(path: str | None) -> DocumentReport:
    """Check a file (None: the shipped post; "-": standard input). OSError / DocumentError propagate."""
    if path is None:
        text, name = shipped_post()
        return check_text(text, name, title="Kim & Bengio (2016) eq. (7), as the blog post derives it")
    if path == "-":  # a document piped in: `eq7 check - < notes.md`
        import sys
        return check_text(sys.stdin.read(), "<stdin>")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return check_text(text, str(path))


__all__ = ["DocumentError", "DocumentReport", "check_path", "check_text", "shipped_post"]
