"""benchmarks/latex_census.py measures on the rows themselves: a respelled command counts as read, a command
the grammars do not know as unread, and only commands (never the text) are kept."""
import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "latex_census", Path(__file__).resolve().parents[2] / "benchmarks" / "latex_census.py")
census = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(census)

DOC = r"""---
title: notes
---
$$
\newcommand{\Zb}{Z_\beta}
U = -\pdv{\ln \Zb}{\beta} \\
\left< E \right> = \foo{E}
$$
Inline $a = b$ is not a display row.
"""


def test_rows_keep_commands_typed_and_commands_left_unread():
    rows = census.document_rows(DOC, "notes.md")
    assert len(rows) == 2
    (typed1, left1), (typed2, left2) = rows
    assert {"pdv", "ln", "beta", "<document macro>"} <= typed1 and left1 == set()
    assert {"left", "right", "foo", "<\\left< angle>"} <= typed2 and left2 == {"foo"}


def test_the_table_counts_rows_and_reads():
    data = {"rows": 4, "signatures": [[["pdv"], [], 3], [["pdv", "foo"], ["foo"], 1]]}
    rows, share = census.table(data)
    got = {c: (n, read) for c, n, _, read in rows}
    assert got == {"pdv": (4, "yes"), "foo": (1, "no")}
    assert share == 0.75


def test_documents_of_a_directory_are_counted_and_other_formats_skipped(tmp_path):
    (tmp_path / "a.md").write_text("$$\nU = \\pdv{\\ln Z}{\\beta}\n$$\n")
    (tmp_path / "b_typ.md").write_text("$$\nU = \\pdv{\\ln Z}{\\beta}\n$$\n")   # Typst kept as .md: out of scope
    data = census.collect_documents([str(tmp_path)])
    assert data["rows"] == 1 and data["sources"][0]["files"] == 1
    both = census.merged(data, {"rows": 1, "sources": [], "signatures": [[["pdv"], ["pdv"], 1]]})
    rows, share = census.table(both)
    assert {c: read for c, _, _, read in rows}["pdv"] == "partly (50% of its rows)" and share == 0.5
