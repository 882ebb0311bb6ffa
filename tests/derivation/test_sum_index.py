"""A sum written without its index (read/sum_index.py): `\\sum p_i E_i` is `\\sum_i p_i E_i` when the body writes exactly
one index letter and no state letter beside it; otherwise left as typed (the meaning sums over the one state written,
or names the sum)."""
import pytest
import sympy

from derivation.read.general import parse_row

from ._verdicts import display_steps, verdicts


@pytest.mark.parametrize("typed, canonical", [
    (r"\sum p_i E_i", r"\sum_i p_i E_i"),
    (r"\sum e^{-\beta_T A_j}", r"\sum_j e^{-\beta_T A_j}"),
    (r"\sum p_\theta(x_i)", r"\sum_i p_\theta(x_i)"),
])
def test_the_one_index_written_is_the_sums(typed, canonical):
    assert parse_row(typed) == parse_row(canonical)


@pytest.mark.parametrize("typed", [r"\sum w_{ij} v_i", r"\sum \lambda_k f_k(x)", r"\sum p = 1",
                                   r"\sum \sum_j a_i b_j", r"\sum x_{i+1}"])
def test_an_index_not_determined_is_not_guessed(typed):
    assert parse_row(typed)[0][1][1] is None


def test_identity_proved_and_slip_refuted():
    assert verdicts(r"\sum \frac{1}{N} E(x_i) = \frac{1}{N}\sum_{i=1}^N E(x_i)", timeout=30) == ["proved"]
    assert verdicts(r"\frac{\partial}{\partial \theta} \sum \theta c_k = \sum_k c_k", timeout=30) == ["proved"]
    step, = display_steps(r"\sum \frac{1}{N} E(x_i) = \sum_{i=1}^N E(x_i)", timeout=30)   # the 1/N dropped
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    data, table = cx["data"], cx["tables"]
    energy = {int(k[2:-1]): -sympy.log(sympy.Rational(v["e^{-E}"])) for k, v in table.items() if k.startswith("E(")}
    n = len(data)
    lhs = sum(energy[x] for x in data) / n           # recomputed by hand: the data average of E
    rhs = sum(energy[x] for x in data)
    assert sympy.simplify(lhs - sympy.sympify(cx["lhs_exact"])) == 0
    assert sympy.simplify(rhs - sympy.sympify(cx["rhs_exact"])) == 0
    assert sympy.simplify(lhs - rhs) != 0


def test_a_bound_index_shadowing_the_derivatives_is_undecided_never_refuted():
    # d/d lambda_j of a sum over j: the author's j inside is a bound letter, the one outside free
    assert verdicts(r"\frac{\partial}{\partial \lambda_j} \log \sum e^{-\lambda_j f_j} = 1", timeout=30) == ["undecided"]
