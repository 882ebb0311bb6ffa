"""Round trip: render an expression with the notation's printer, read it back, get the same expression."""
import pytest
import sympy
from sympy import exp, log

from derivation import notation as nt
from derivation.latex.parse import parse_expression
from derivation.latex.reader import read_file
from derivation.latex.chains import chains_of
from derivation.latex.to_sympy import to_sympy

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: paths work from any directory
SEED = ROOT / "derivation/data/kim_bengio_eq7_post.md"


def back(expr):
    return to_sympy(parse_expression(nt.latex_of(expr)))


def _no_data_average(e):
    # The notation prints E_{x~P_D}[f] as (1/N) sum_i f, which reads back as that sum: the one
    # object the printer does not keep apart, so compare it by its definition.
    return e.replace(lambda a: isinstance(a, nt.DataAverage), lambda a: a.definition())


def _shipped_rows():
    paths = [SEED] + sorted((ROOT / "tests/derivations").glob("derivation_*.*"))
    out = []
    for p in paths:
        for chain, _ in chains_of(read_file(p)):
            out += [e for r in chain.rows for e in (r.lhs, r.expr) if e is not None]
    return out


def test_shipped_derivations_round_trip():
    rows = _shipped_rows()
    assert len(rows) >= 13
    for e in rows:
        assert back(e) == _no_data_average(e), nt.latex_of(e)


# A small random expression generator over the subject's objects (leaves at a data point or a state).
def _leaf(rng, at):
    k = rng.integers(4)
    return [nt.E(at), nt.P(at), nt.Z(), nt.N][k]


def _gen(rng, depth, at, bound=False):
    # one binder (sum or expectation) at most: the notation has one data index and one state symbol
    if depth == 0:
        return _leaf(rng, at)
    k = rng.integers(9)
    if bound and k >= 6:
        k = 0
    a = _gen(rng, depth - 1, at, bound or k >= 6)
    if k == 0:
        return exp(-a)
    if k == 1:
        return log(a)
    if k == 2:
        return nt.d(a)
    if k == 3:
        return a + _gen(rng, depth - 1, at, bound)
    if k == 4:
        return a * _gen(rng, depth - 1, at, bound)
    if k == 5:
        return a / _gen(rng, depth - 1, at, bound)
    if k == 6 and at == nt.x:
        return nt.expect(a)
    if k == 7 and at == nt.xi:
        return nt.data_sum(a)
    if k == 8 and at == nt.x:
        return nt.state_sum(a)
    return -a


@pytest.mark.parametrize("seed", range(40))
def test_generated_expressions_round_trip(seed):
    import numpy as np
    rng = np.random.default_rng(20160610 + seed)
    at = nt.xi if seed % 2 else nt.x
    e = _gen(rng, 3, at)
    while e.has(sympy.zoo, sympy.nan) or e.is_number:  # degenerate draws (a/a - a/a ...)
        e = _gen(rng, 3, at)
    assert back(e) == e, nt.latex_of(e)


def test_data_average_reads_back_as_its_definition():
    # the printer writes E_{x~P_D}[f] as (1/N) sum_i f: it reads back as that sum, same value
    f = nt.d(nt.E(nt.xi))
    assert back(nt.data_average(f)) == nt.data_sum(f) / nt.N


def test_whole_documents_round_trip():
    from derivation.latex.reader import read_text
    from derivation.latex.render import render_markdown
    paths = [SEED] + sorted((ROOT / "tests/derivations").glob("derivation_*.*"))
    for p in paths:
        for chain, _ in chains_of(read_file(p)):
            if not all(r.readable for r in chain.rows):
                continue
            doc = read_text(render_markdown(chain))
            (again, _), = chains_of(doc)
            assert [(r.lhs and _no_data_average(r.lhs), _no_data_average(r.expr), r.justification)
                    for r in chain.rows] == [(r.lhs, r.expr, r.justification) for r in again.rows], p
            # one row per line after the title, blank line, $$ and \begin{align*}
            assert [r.line for r in again.rows] == list(range(5, 5 + len(again.rows)))


def test_eq7_module_chains_round_trip():
    import pytest
    from derivation import eq7  # a real import: a broken eq7.py must fail here, not skip
    from derivation.latex.reader import read_text
    from derivation.latex.render import render_markdown
    for chain in (eq7.seed_chain(), eq7.corrected_chain()):
        (again, _), = chains_of(read_text(render_markdown(chain)))
        assert [(r.lhs and _no_data_average(r.lhs), _no_data_average(r.expr)) for r in chain.rows] == [
            (r.lhs, r.expr) for r in again.rows]
