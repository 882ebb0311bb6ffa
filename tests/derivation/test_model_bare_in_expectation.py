"""The model's letter written with its parameter and no argument inside an expectation (E_{p_theta}[nabla log p_theta])
is the model at the state the expectation binds, as under \\sum_x (hostile set 5, N05: read as an unknown function p,
the mean score refuted with p = -1)."""
from fractions import Fraction

from derivation.run.checkdoc import check_text

MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"


def _last(row):
    steps = [s for r in check_text(MODEL + "$$\n" + row + "\n$$\n").reports for s in r.steps]
    return steps[-1]


def test_the_mean_score_is_proved():
    s = _last(r"\operatorname{\mathbb{E}}_{p_\theta}\!\left[\nabla_\theta \log p_\theta\right] = 0")
    assert s.verdict == "proved", s.explanation


def test_the_mean_score_in_brackets_is_proved():
    s = _last(r"\langle \nabla_\theta \log p_\theta \rangle_{p_\theta} = 0")
    assert s.verdict == "proved", s.explanation


def test_the_data_phase_of_the_score_is_proved():
    s = _last(r"\mathbb{E}_{p_{\text{data}}}\left[\nabla_\theta \log p_\theta\right] = "
              r"-\mathbb{E}_{p_{\text{data}}}\left[\nabla_\theta E_\theta\right] + \mathbb{E}_{p_\theta}\left[\nabla_\theta E_\theta\right]")
    assert s.verdict == "proved", s.explanation


def test_the_score_without_its_model_phase_is_refuted_and_recomputed_here():
    s = _last(r"\mathbb{E}_{p_\theta}\left[\nabla_\theta \log p_\theta\right] = -\mathbb{E}_{p_\theta}\left[\nabla_\theta E_\theta\right]")
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    k = cx["states"]
    w = [Fraction(cx["tables"][f"E({i})"]["e^{-E}"]) for i in range(1, k + 1)]
    de = [Fraction(cx["tables"][f"E({i})"]["d/dtheta"]) for i in range(1, k + 1)]
    p = [wi / sum(w) for wi in w]
    mean_de = sum(pi * d for pi, d in zip(p, de))
    lhs = sum(pi * (-d + mean_de) for pi, d in zip(p, de))   # d/dtheta log p = -E' + E_p[E'], averaged: 0
    rhs = -mean_de
    assert lhs == 0 and Fraction(cx["lhs_exact"]) == lhs and Fraction(cx["rhs_exact"]) == rhs != lhs
