"""One reader for every document, the post included: fixed meanings, the post row by row, its slips as notes,
and the hand-built chains of derivation/meaning/eq7.py judged as the read post is."""
from pathlib import Path

from sympy import Derivative, Sum, log

from derivation.meaning import notation as nt
from derivation.meaning.chains import chains_of
from derivation.read.reader import read_file, read_text
from derivation.meaning.vocabulary.expectation import DataDist, Expect, ModelDist
from derivation.meaning.vocabulary.model import ModelEnergy, ModelPartition, ModelProb

ROOT = Path(__file__).resolve().parents[2]  # the repository: paths work from any directory
SEED = ROOT / "derivation/data/kim_bengio_eq7_post.md"


def S(text):
    (chain, _), = chains_of(read_text(f"$$\n{text}\n$$\n", "<row>"))
    (row,) = chain.rows
    return row.expr


def _over(s: Sum):
    return s.limits[0][2]


def test_objects_have_their_fixed_meaning():
    assert isinstance(S(r"Z_\Theta"), ModelPartition)
    p = S(r"P_\Theta(x^{(i)})")
    assert isinstance(p, ModelProb) and isinstance(p.args[0], nt.DataPoint)
    states, data = S(r"\sum_x e^{-E(x)}"), S(r"\sum_{i=1}^N e^{-E(x_i)}")
    assert _over(states) == nt.K and _over(data) == nt.N   # Z's sum over every state, the data's over N points
    assert data.function.has(nt.DataPoint) and not states.function.has(nt.DataPoint)
    model = S(r"\mathbb{E}_{x\sim P_\Theta}[\frac{\partial E_\Theta(x)}{\partial \Theta}]")
    assert isinstance(model, Expect) and isinstance(model.args[2], ModelDist) and isinstance(model.args[0], Derivative)
    assert isinstance(S(r"\mathbb{E}_{x\sim P_\mathcal{D}}[E(x)]").args[2], DataDist)


def test_the_post_row_by_row_with_its_slips_as_notes():
    (chain, _), = chains_of(read_file(SEED))
    rows = chain.rows
    assert len(rows) == 12  # 11 printed rows, the first holding two equations
    assert isinstance(rows[0].lhs, ModelProb) and isinstance(rows[1].lhs, ModelPartition)
    assert _over(rows[1].expr) == nt.K
    # the post's slip, read literally: log of a sum over the DATA
    logs = [a for a in rows[6].expr.atoms(log) if isinstance(a.args[0], Sum)]
    assert len(logs) == 1 and _over(logs[0].args[0]) == nt.N
    assert any(isinstance(a, Expect) for a in rows[-1].expr.atoms(Expect))
    assert rows[-1].notes and "P_{\\Theta(x)}" in rows[-1].notes[0]
    assert rows[1].notes and "missing" in rows[1].notes[0]


def test_the_subscript_slip_is_read_as_the_model_not_as_theta_applied():
    """P_{\\Theta(x)} is P_\\Theta(x) before any grammar reads the row: Theta stays the parameter, so no
    second reading of Theta as a function applied to x is offered for any row of the post."""
    (chain, _), = chains_of(read_file(SEED))
    assert not [r for row in chain.rows for r in row.readings if "function applied" in r.assumes]


def test_the_parameter_keeps_the_letter_written():
    """theta stays theta (the post's reader rewrote it as Theta): both read the same objects otherwise."""
    lower, upper = S(r"\log Z_\theta"), S(r"\log Z_\Theta")
    assert {s.name for s in lower.free_symbols} == {"theta"} and {s.name for s in upper.free_symbols} == {"Theta"}


def test_lines_of_rows_point_into_the_post():
    text = open(SEED, encoding="utf-8").read().splitlines()
    (chain, owners), = chains_of(read_file(SEED))
    for row in chain.rows:
        assert row.latex[:25] in text[row.line - 1]


def test_an_unreadable_row_stays_in_place_and_the_rest_goes_on():
    doc = read_text("$$\n\\begin{aligned}\nZ &= Z \\\\\n&= \\foo \\\\\n&= Z \\\\\n&= Z\n\\end{aligned}\n$$")
    from derivation.judge.check import check_chain
    (chain, _), = chains_of(doc)
    assert [str(e).split(" (expected")[0] for e in doc.errors] == [r"line 4, column 4: unknown command \foo"]
    assert [r.readable for r in chain.rows] == [True, False, True, True]
    report = check_chain(chain)
    assert [s.verdict for s in report.steps] == ["proved", "unreadable", "unreadable", "proved"]


def test_the_hand_built_chains_get_the_verdicts_of_the_read_documents():
    """derivation/meaning/eq7.py builds the post and its correction by hand, in the vocabulary's objects: an independent
    reference. Read through the one reader, each document gets the same verdict step for step, on the
    same lines."""
    from derivation.meaning import eq7  # a real import: a broken eq7.py must fail here, not skip
    from derivation.judge.check import check_chain
    for hand, text in ((eq7.seed_chain(), SEED.read_text(encoding="utf-8")),
                       (eq7.corrected_chain(), eq7.read_data(eq7.CORRECTED_FILE))):
        (mine, _), = chains_of(read_text(text, "doc.md"))
        assert [r.line for r in mine.rows] == [r.line for r in hand.rows]
        ours, theirs = check_chain(mine), check_chain(hand)
        assert [s.verdict for s in ours.steps] == [s.verdict for s in theirs.steps]
        assert ours.claim.verdict == theirs.claim.verdict == "proved"


def test_the_hand_built_rows_are_the_read_rows_in_the_same_objects():
    """The hand-built chains are written in the vocabulary's objects, the ones the reader gives: each hand-built
    row has the normal form of the row read at its line, and each step fires the same rules (so `eq7 check
    --corrected` names each step as `eq7 check derivation/data/corrected_eq7.md` does)."""
    from derivation.meaning import eq7
    from derivation.judge.check import check_chain
    from derivation.meaning.normal_form import normal_form, same_value
    for hand, text in ((eq7.seed_chain(), SEED.read_text(encoding="utf-8")),
                       (eq7.corrected_chain(), eq7.read_data(eq7.CORRECTED_FILE))):
        (mine, _), = chains_of(read_text(text, "doc.md"))
        for a, b in zip(hand.rows, mine.rows):
            assert same_value(normal_form(a.expr), normal_form(b.expr)), a.line
            assert (a.lhs is None) == (b.lhs is None) and (a.lhs is None or a.lhs == b.lhs), a.line
        ours, theirs = check_chain(mine), check_chain(hand)
        assert [s.rules for s in ours.steps if s.verdict == "proved"] == \
               [s.rules for s in theirs.steps if s.verdict == "proved"]
