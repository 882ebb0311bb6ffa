"""Nothing dropped on the way in (issue 18, part 4): an exception inside judging is an `internal error`
naming it, never a quiet `undecided`; check_step refuses a relation it does not judge; a row about a
fixed object of the vocabulary (an entropy) is a claim, judged, not the definition of a new symbol."""
import pytest
import sympy

from derivation.judge import check as check_module
from derivation.judge.check import check_step as check_expr
from derivation.classroom import check_step, other_relation
from derivation.run.checkdoc import check_text
from derivation.meaning.notation import Theta


@pytest.mark.parametrize("after, rel", [(r"\log Z_\theta \le -5", r"\le"), (r"\log Z_\theta < 3", "<"),
                                        (r"= \log Z_\theta \approx 2", r"\approx"),
                                        (r"\log Z_\theta \geq \log Z_\theta", r"\geq")])
def test_check_step_refuses_a_relation_it_does_not_judge(after, rel):
    r = check_step(r"\log Z_\theta", after)
    assert r.verdict == "unreadable" and rel in r.explanation, r


def test_relations_inside_brackets_are_not_the_rows_relation():
    assert other_relation(r"\mathbb{E}_{x \sim p}[f(x)]") is None
    assert other_relation(r"\sum_{x \in S} \left< f \right>") is None
    assert other_relation(r"a \leq b") == r"\leq"
    assert check_step(r"\log Z_\theta", r"\log Z_\theta").verdict == "proved"


def _one_row(tex):
    rep = check_text(f"$$\n{tex}\n$$\n")
    return [s.verdict for r in rep.reports for s in r.steps], rep.status


def test_a_row_about_an_entropy_is_a_claim_not_a_definition():
    assert _one_row(r"H(q_\phi) = 0") == (["invalid"], 1)
    assert _one_row(r"H(q_\phi) = -\sum_x q_\phi(x) \log q_\phi(x)") == (["proved"], 0)


def test_a_new_letter_is_still_defined():
    found, status = _one_row(r"G(\theta) = \theta^2")
    assert found == [] and status == 0   # shown, not judged: G has no fixed meaning


@pytest.mark.parametrize("error", [KeyError((0,)), AttributeError("'Sum' object has no attribute 'x'"),
                                   ValueError("odd")])
def test_an_exception_inside_judging_is_an_internal_error_naming_it(monkeypatch, error):
    def broken(*args, **kwargs):
        raise error
    monkeypatch.setattr(check_module, "find_counterexample", broken)
    rep = check_expr(Theta ** 2, Theta)          # not proved: the search runs, and raises
    assert rep.verdict == "undecided" and rep.limit == "internal error"
    assert type(error).__name__ in rep.explanation


def test_a_state_gradient_of_a_constant_is_zero_not_a_key_error():
    """The KeyError of issue 18 (∇_x outside an expectation over x): the jet of a constant's derivative."""
    found, _ = _one_row(r"\mathbb{E}_{x \sim p_\theta}[\nabla_x E_\theta(x)] = "
                        r"\nabla_x \mathbb{E}_{x \sim p_\theta}[E_\theta(x)]")
    assert found == ["invalid"]                   # Σ_x p(x) ∂E/∂ξ_x is not the derivative of a constant
    assert _one_row(r"\nabla_x \log Z_\theta = 1")[0] == ["invalid"]
    assert check_expr(sympy.Integer(0), sympy.Integer(0)).verdict == "proved"
