"""AST -> the checker's expressions: fixed meanings, the seed row by row, notations alike."""
import sympy
from sympy import exp, log

from derivation import notation as nt
from derivation.latex.parse import parse_expression
from derivation.latex.reader import read_file, read_text
from derivation.latex.chains import chains_of
from derivation.latex.to_sympy import to_sympy

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: paths work from any directory
SEED = ROOT / "derivation/data/kim_bengio_eq7_post.md"


def S(text):
    return to_sympy(parse_expression(text))


def test_objects_have_their_fixed_meaning():
    assert S(r"Z") == nt.Z()
    assert S(r"P_\Theta(x^{(i)})") == nt.P(nt.xi)
    assert S(r"\sum_x e^{-E(x)}") == nt.state_sum(exp(-nt.E(nt.x)))
    assert S(r"\sum_{i=1}^N e^{-E(x_i)}") == nt.data_sum(exp(-nt.E(nt.xi)))
    assert S(r"\mathbb{E}_{x\sim P_\Theta}[\nabla_\theta E(x)]") == nt.expect(nt.d(nt.E(nt.x)))
    assert S(r"\mathbb{E}_{x\sim P_\mathcal{D}}[E(x)]") == nt.data_average(nt.E(nt.xi))


def test_seed_rows_as_the_post_writes_them():
    (defs_and_chain,) = [c for c, _ in chains_of(read_file(SEED))]
    rows = defs_and_chain.rows
    assert len(rows) == 12  # 11 printed rows, the first holding two equations
    assert rows[0].lhs == nt.P(nt.x) and rows[0].expr == exp(-nt.E(nt.x)) / nt.Z()
    assert rows[1].lhs == nt.Z() and rows[1].expr == nt.state_sum(exp(-nt.E(nt.x)))
    assert rows[2].lhs == nt.d(nt.L())
    assert rows[2].expr == -nt.data_sum(nt.d(log(nt.P(nt.xi)))) / nt.N
    pos = nt.data_sum(nt.d(nt.E(nt.xi))) / nt.N
    # the post's slip, read literally: log of a sum over the DATA
    assert rows[6].expr == pos + nt.d(log(nt.data_sum(exp(-nt.E(nt.xi)))))
    assert rows[-1].expr == pos - nt.expect(nt.d(nt.E(nt.x)))
    assert rows[-1].notes and "P_{\\Theta(x)}" in rows[-1].notes[0]
    assert rows[1].notes and "missing" in rows[1].notes[0]


def test_lines_of_rows_point_into_the_post():
    text = open(SEED, encoding="utf-8").read().splitlines()
    (chain, owners), = chains_of(read_file(SEED))
    for row in chain.rows:
        assert row.latex[:25] in text[row.line - 1]


def test_an_unreadable_row_stays_in_place_and_the_rest_goes_on():
    doc = read_text("$$\n\\begin{aligned}\nZ &= Z \\\\\n&= \\foo \\\\\n&= Z \\\\\n&= Z\n\\end{aligned}\n$$")
    assert [str(e) for e in doc.errors] == [r"line 4, column 4: unknown command \foo (expected a command "
                                            r"of the notation (\frac, \partial, \sum, \log, \exp, \Theta, ...))"]
    from derivation.check import check_chain
    (chain, _), = chains_of(doc)
    assert [r.readable for r in chain.rows] == [True, False, True, True]
    report = check_chain(chain)
    assert [s.verdict for s in report.steps] == ["proved", "unreadable", "unreadable", "proved"]


def test_eq7_module_rows_match_the_reader():
    import pytest
    from derivation import eq7  # a real import: a broken eq7.py must fail here, not skip
    seed = eq7.seed_chain()
    (mine, _), = chains_of(read_file(SEED))
    # the same expressions, row by row, and the same lines of the post
    assert [(r.lhs, r.expr) for r in mine.rows] == [(r.lhs, r.expr) for r in seed.rows]
    assert [r.line for r in mine.rows] == [r.line for r in seed.rows]


def test_corrected_derivation_matches_the_hand_built_one():
    import pytest
    from derivation import eq7  # a real import: a broken eq7.py must fail here, not skip
    from importlib import resources
    text = resources.files("derivation").joinpath("data", eq7.CORRECTED_FILE).read_text()
    (mine, _), = chains_of(read_text(text))
    theirs = eq7.corrected_chain()
    assert [(r.lhs, r.expr) for r in mine.rows] == [(r.lhs, r.expr) for r in theirs.rows]
