"""The post's derivation as written, and the corrected one, through the checker.

The counterexamples the checker prints for the post are recomputed here INDEPENDENTLY: plain
floats and math.exp, from the printed K, data, energies and dE/dTheta, with the fixed meaning of
Z, P and L (the derivative terms of rows that differentiate a log are taken by central differences).
"""
import math
from fractions import Fraction

import pytest

from derivation.judge.check import check_chain
from derivation.meaning.eq7 import CORRECTED_FILE, SEED_FILE, corrected_chain, locate, read_data, seed_chain


@pytest.fixture(scope="module")
def seed_report():
    return check_chain(seed_chain())


@pytest.fixture(scope="module")
def corrected_report():
    return check_chain(corrected_chain())


def test_seed_rows_are_the_posts_align_block_in_order():
    text = read_data(SEED_FILE).split("\n")
    chain = seed_chain()
    assert [r.line for r in chain.rows] == list(range(18, 30))   # lines 18..29 of the shipped post
    for row in chain.rows[2:]:
        assert text[row.line - 1].rstrip().removesuffix(r"\\").rstrip() == row.latex
    assert chain.rows[0].latex == chain.rows[1].latex            # one source row, two equations
    assert "missing" in chain.rows[0].notes[0]


def test_locate_demands_a_unique_snippet():
    with pytest.raises(ValueError, match="exactly once"):
        locate("a\nb\na", "a")


def test_corrected_document_rows_and_lines():
    chain = corrected_chain()
    text = read_data(CORRECTED_FILE).split("\n")
    for row in chain.rows:
        assert text[row.line - 1].startswith(row.latex)
    assert all(r"\sum_{i=1}^{N}e^{-E" not in r.latex for r in chain.rows)   # no Z over the data


def test_every_corrected_step_and_the_claim_are_proved(corrected_report):
    assert [s.verdict for s in corrected_report.steps] == ["proved"] * len(corrected_report.steps)
    assert corrected_report.claim.verdict == "proved"
    assert all(s.justification_matches for s in corrected_report.steps)


def test_seed_every_step_gets_a_verdict(seed_report):
    assert len(seed_report.steps) == 12
    assert all(s.verdict in ("proved", "holds", "invalid") for s in seed_report.steps)
    assert seed_report.claim.verdict == "proved"


def test_seed_invalid_steps_are_where_the_sums_change_range(seed_report):
    bad = [(s.step.from_line, s.step.to_line) for s in seed_report.steps if s.verdict == "invalid"]
    assert bad == [(23, 24), (26, 27), (28, 29)]
    assert all(s.counterexample is not None for s in seed_report.steps if s.verdict == "invalid")


# ---- independent recomputation, row meanings in plain Python -----------------------------------
H = 1e-5  # central differences on linear-in-Theta energies: error ~1e-10, far below the O(1) gaps


def _rows(K, data, energy, denergy):
    N = len(data)

    def e(k, t):  # E_k(t), linear in t as the report prints it (no second derivatives here)
        return energy[k - 1] + denergy[k - 1] * t

    def z(t):
        return sum(math.exp(-e(k, t)) for k in range(1, K + 1))

    def zd(t):
        return sum(math.exp(-e(s, t)) for s in data)

    def fd(f):
        return (f(H) - f(-H)) / (2 * H)

    pos = sum(denergy[s - 1] for s in data) / N
    p = [math.exp(-e(k, 0)) / z(0) for k in range(1, K + 1)]
    return {
        23: pos + fd(lambda t: math.log(z(t))),
        24: pos + fd(lambda t: math.log(zd(t))),
        25: pos + fd(zd) / zd(0),
        26: pos + sum(math.exp(-e(s, 0)) * -denergy[s - 1] for s in data) / zd(0),
        27: pos - sum(math.exp(-e(s, 0)) / z(0) * denergy[s - 1] for s in data),
        28: pos - sum(p[s - 1] * denergy[s - 1] for s in data),
        29: pos - sum(p[k] * denergy[k] for k in range(K)),
        20: fd(lambda t: -sum(-e(s, t) - math.log(z(t)) for s in data) / N),   # dL/dTheta itself
    }


def _printed(c):
    """K, the data, E_k and dE_k/dTheta at the point, from the printed tables (e^{-E} and d/dTheta per state)."""
    tables = c["tables"]
    entries = [tables[f"E({k})"] for k in range(1, c["states"] + 1)]   # Z sums over every state: all printed
    energy = [-math.log(Fraction(t["e^{-E}"])) for t in entries]
    return c["states"], c["data"], energy, [t["d/dTheta"] for t in entries]


def test_seed_counterexamples_recompute_by_hand(seed_report):
    for s in seed_report.steps:
        if s.verdict != "invalid":
            continue
        c = s.counterexample.as_dict()
        rows = _rows(*_printed(c))
        lhs, rhs = rows[s.step.from_line], rows[s.step.to_line]
        # the printed values are the rows' values (1e-6 relative: finite differences, printed floats)
        assert lhs == pytest.approx(c["lhs"], rel=1e-6, abs=1e-6)
        assert rhs == pytest.approx(c["rhs"], rel=1e-6, abs=1e-6)
        assert abs(lhs - rhs) > 1e-3 * max(1.0, abs(lhs))


def test_seed_first_and_last_rows_agree_on_its_own_counterexamples(seed_report):
    for s in seed_report.steps:
        if s.verdict == "invalid":
            c = s.counterexample.as_dict()
            rows = _rows(*_printed(c))
            assert rows[20] == pytest.approx(rows[29], rel=1e-6, abs=1e-6)   # the errors compensate


def test_seed_report_explains_the_compensation(seed_report):
    assert seed_report.on_track[-1] is True
    assert [k + 1 for k, t in enumerate(seed_report.on_track) if t is False] == [7, 8, 9, 10, 11]
    assert "compensate" in seed_report.summary and "lines 24-28" in seed_report.summary
