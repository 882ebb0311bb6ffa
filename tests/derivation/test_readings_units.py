"""Declared units (derivation/read/units_declared.py, issue 18.5): a unit set written in the mathematics
binds the rows after it; words alone never switch the meaning: spins named only in prose make the binary
and the +-1 readings both plausible, and a row they disagree on is undecided, never invalid."""
import itertools
import json
import math

import numpy as np
import pytest

from derivation.run.checkdoc import check_text
from derivation.read.units_declared import declared_units

STEP_SECONDS = 30   # verdicts, not speed (the machine may be loaded)
ENERGY = "$$\nE(v, h) = -h'Wv - b'v - c'h\n$$\n"
SPIN_ROW = "$$\np(h_j = 1 \\mid v) = \\sigma\\left(2 c_j + 2 \\sum_i W_{ji} v_i\\right)\n$$\n"
BINARY_ROW = "$$\np(h_j = 1 \\mid v) = \\sigma\\left(c_j + \\sum_i W_{ji} v_i\\right)\n$$\n"


def judged(text):
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for x in d.get("derivations", [d]) for s in x["steps"] if s["verdict"] != "unjudged"]


def test_the_scan_reads_mathematics_not_words():
    assert declared_units(r"where $v_i \in \{+1,-1\}$").declared == ((1, 1),)
    assert declared_units(r"$x \in \{0,1\}^d$").declared == ((1, 0),)
    assert declared_units("the spins flip").declared == () and declared_units("the spins flip").ambiguous
    assert declared_units("\n\n$h = \\pm 1$").declared == ((3, 1),)
    assert not declared_units(r"\frac{-1}{Z} \sum_x").words     # -1 in a fraction declares nothing
    u = declared_units("$v \\in \\{0,1\\}^n$\n\nnow $s \\in \\{-1, 1\\}$\n")
    assert [u.spin_at(k) for k in (1, 2, 3, 4)] == [0, 0, 1, 1]


def test_declared_spins_prove_the_spin_conditional():
    assert [s["verdict"] for s in judged(r"Here $v_i, h_j \in \{+1, -1\}$." "\n" + ENERGY + SPIN_ROW)] == ["proved"]


def test_declared_binary_units_are_not_switched_by_words():
    text = "The hidden units behave like spins in a magnet, but $h_j \\in \\{0, 1\\}$.\n" + ENERGY + BINARY_ROW
    assert [s["verdict"] for s in judged(text)] in (["proved"], ["holds"])


def test_declared_spins_refute_the_binary_formula_with_its_counterexample():
    got = judged(r"Here $v_i, h_j \in \{+1, -1\}$." "\n" + ENERGY + BINARY_ROW)
    assert [s["verdict"] for s in got] == ["invalid"]
    cx = got[0]["counterexample"]
    assert cx["rbm"]["units"] == "spin"
    nv, nh = cx["rbm"]["visible_units"], cx["rbm"]["hidden_units"]
    b, c, W = np.zeros(nv), np.zeros(nh), np.zeros((nh, nv))      # W is hidden x visible (h'Wv)
    for key, value in cx["tables"].items():
        if key.endswith(" ="):
            name, idx = key[:-2].split("[")
            {"b": b, "c": c, "W": W}[name][tuple(int(t) - 1 for t in idx.rstrip("]").split(","))] = float(value)
    v = 2 * np.array([((cx["at"]["x"] - 1) >> k) & 1 for k in range(nv)], dtype=float) - 1
    j = cx["at"]["j"] - 1
    hs = [np.array(s, dtype=float) for s in itertools.product((-1, 1), repeat=nh)]
    weight = [math.exp(h @ W @ v + b @ v + c @ h) for h in hs]
    exact = sum(w for w, h in zip(weight, hs) if h[j] == 1) / sum(weight)
    assert exact == pytest.approx(cx["lhs"], rel=1e-9)
    assert 1 / (1 + math.exp(-(c[j] + W[j] @ v))) == pytest.approx(cx["rhs"], rel=1e-9)
    assert abs(exact - cx["rhs"]) > 1e-6


@pytest.mark.parametrize("row", [SPIN_ROW, BINARY_ROW])
def test_spins_in_words_only_are_undecided_where_the_unit_sets_disagree(row):
    got = judged("The units are spins.\n" + ENERGY + row)
    assert [s["verdict"] for s in got] == ["undecided"]
    assert "binary" in got[0]["explanation"] and "declare" in got[0]["explanation"]


def test_spins_in_words_only_still_refute_a_row_wrong_for_both():
    wrong = "$$\np(h_j = 1 \\mid v) = \\sigma\\left(-c_j - \\sum_i W_{ji} v_i\\right)\n$$\n"
    assert [s["verdict"] for s in judged("The units are spins.\n" + ENERGY + wrong)] == ["invalid"]


def test_a_declaration_binds_the_rows_after_it():
    text = ("First $h_j \\in \\{0, 1\\}$.\n" + ENERGY + BINARY_ROW
            + "\nNow the spin version, $v_i, h_j \\in \\{-1, +1\\}$:\n" + SPIN_ROW)
    assert [s["verdict"] for s in judged(text)] == ["proved", "proved"]
