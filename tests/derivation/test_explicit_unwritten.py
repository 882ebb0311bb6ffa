"""Weights written with unit indices as values in a document that writes no energy (explicit_unwritten.py): a row
refuted only by an energy other than the author's is undecided; the variable of a derivative does not count."""
from fractions import Fraction

from derivation.run.checkdoc import check_text
from derivation.show.shown_counterexample import fields

D = r"\frac{\partial \mathcal{L}}{\partial c_j}"
AVG = r"\left\langle \frac{\partial E(x)}{\partial c_j} \right\rangle_{WHO}"


def _steps(row):
    return [s for r in check_text("$$\n" + row + "\n$$\n", "t.md").reports for s in r.steps]


def test_a_weight_written_as_a_value_without_an_energy_is_undecided():
    steps = _steps(D + " = c_j - " + AVG.replace("WHO", "model"))
    assert [s.verdict for s in steps] == ["undecided"]
    assert "the energy the author has in mind" in steps[0].explanation


def test_the_identity_with_the_weight_only_as_a_variable_is_proved():
    steps = _steps(D + " = " + AVG.replace("WHO", "data") + " - " + AVG.replace("WHO", "model"))
    assert [s.verdict for s in steps] == ["proved"]


def test_the_phases_swapped_are_refuted_and_recomputed():
    steps = _steps(D + " = " + AVG.replace("WHO", "model") + " - " + AVG.replace("WHO", "data"))
    assert [s.verdict for s in steps] == ["invalid"]
    f = fields(steps[0].counterexample)
    j = f["at"]["j"]
    tab = {int(k[2:-1]): v for k, v in f["tables"].items() if k.startswith("E(")}
    w = {x: Fraction(v["e^{-E}"]) for x, v in tab.items()}
    d = {x: Fraction(v[f"d/dc[{j}]"]) for x, v in tab.items()}
    model = sum(w[x] * d[x] for x in w) / sum(w.values())
    data = sum(d[x] for x in f["data"]) / len(f["data"])
    # L = -(1/N) sum_i log p(x_i): dL/dc_j = <dE/dc_j>_data - <dE/dc_j>_model
    assert Fraction(f["lhs_exact"]) == data - model and Fraction(f["rhs_exact"]) == model - data != data - model
