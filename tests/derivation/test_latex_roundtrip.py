"""Round trip: what the checker prints (the notation's printer: "read as", corrected rows, the companion)
reads back, through the one reader every document goes through, as the same expression.

Expressions read from two documents carry different bound variables (each sum binds its own), so "the same"
is: printed again, the same LaTeX, and proved equal by the checker."""
from pathlib import Path

from derivation.meaning import notation as nt
from derivation.judge.check import check_step
from derivation.meaning.chains import chains_of
from derivation.read.reader import read_file, read_text

ROOT = Path(__file__).resolve().parents[2]  # the repository: paths work from any directory
SEED = ROOT / "derivation/data/kim_bengio_eq7_post.md"
SHIPPED = [SEED] + sorted((ROOT / "tests/derivations").glob("derivation_*.*"))


def back(expr):
    """expr printed, then read as a one-row document."""
    (chain, _), = chains_of(read_text(f"$$\n{nt.latex_of(expr)}\n$$\n", "<printed>"))
    (row,) = chain.rows
    assert row.expr is not None, (nt.latex_of(expr), row.error)
    return row.expr


def _shipped_rows():
    out = []
    for p in SHIPPED:
        for chain, _ in chains_of(read_file(p)):
            out += [e for r in chain.rows for e in (r.lhs, r.expr) if e is not None]
    return out


def test_shipped_derivations_round_trip():
    rows = _shipped_rows()
    assert len(rows) >= 13
    for e in rows:
        assert nt.latex_of(back(e)) == nt.latex_of(e)


def test_the_post_round_trips_to_proved_equal_rows():
    (chain, _), = chains_of(read_file(SEED))
    for r in chain.rows:
        assert check_step(r.expr, back(r.expr)).verdict == "proved", nt.latex_of(r.expr)


def test_whole_documents_round_trip():
    from derivation.show.render import render_markdown
    for p in SHIPPED:
        for chain, _ in chains_of(read_file(p)):
            if not all(r.readable for r in chain.rows):
                continue
            (again, _), = chains_of(read_text(render_markdown(chain)))
            assert [(r.lhs is not None and nt.latex_of(r.lhs), nt.latex_of(r.expr), r.justification)
                    for r in chain.rows] == [(r.lhs is not None and nt.latex_of(r.lhs), nt.latex_of(r.expr),
                                              r.justification) for r in again.rows], p
            # one row per line after the title, blank line, $$ and \begin{align*}
            assert [r.line for r in again.rows] == list(range(5, 5 + len(again.rows)))
