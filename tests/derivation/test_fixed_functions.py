"""Functions with a meaning of their own (vocabulary/functions.py): the logistic sigma and its relatives are
read exactly, so their identities are proved, their classic slips refuted with a counterexample recomputed
here from the printed value of the letter, and sigma(u) where the document also writes sigma as a number
is never refuted (a product, or the logistic function)."""
import json
import math

import pytest
from fractions import Fraction

from derivation.run.checkdoc import check_text
from derivation.meaning.vocabulary.functions import fixed_function

STEP_SECONDS = 30


def _steps(text):
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def _one(row):
    steps = _steps(f"$$\n{row}\n$$\n")
    assert len(steps) == 1, steps
    return steps[0]


VALID = {
    "symmetry": r"\sigma(-a) = 1 - \sigma(a)",
    "definition": r"\sigma(a) = \frac{1}{1+e^{-a}}",
    "derivative": r"\sigma^{\prime}(a) = \sigma(a)(1-\sigma(a))",
    "log sigma": r"\log \sigma(-a) = -\mathrm{softplus}(a)",
    "tanh": r"\tanh(a) = 2\sigma(2a) - 1",
    "sigm": r"\mathrm{sigm}(a) = \frac{e^{a}}{1 + e^{a}}",
    "logsumexp": r"\mathrm{LogSumExp}_y(f(y)) = \log \sum_y e^{f(y)}",
    "eq. (8)": r"\frac{\partial}{\partial \theta} \log \sigma(-E_\theta(x)) = "
               r"-\sigma(E_\theta(x)) \frac{\partial E_\theta(x)}{\partial \theta}",
}


@pytest.mark.parametrize("name", list(VALID))
def test_identity_of_a_fixed_function_is_proved(name):
    assert _one(VALID[name])["verdict"] == "proved"


def _value(cx, letter):
    return float(Fraction(cx["tables"][f"{letter} ="]))


def _sigmoid(u):
    return 1 / (1 + math.exp(-u))


def test_sigma_is_not_even_counterexample_recomputed():
    step = _one(r"\sigma(-a) = \sigma(a)")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    a = _value(cx, "a")
    assert _sigmoid(-a) == pytest.approx(cx["lhs"], rel=1e-9)
    assert _sigmoid(a) == pytest.approx(cx["rhs"], rel=1e-9)


def test_derivative_slip_sigma_prime_is_sigma_counterexample_recomputed():
    step = _one(r"\sigma^{\prime}(a) = \sigma(a)")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    a = _value(cx, "a")
    assert _sigmoid(a) * (1 - _sigmoid(a)) == pytest.approx(cx["lhs"], rel=1e-9)
    assert _sigmoid(a) == pytest.approx(cx["rhs"], rel=1e-9)


def test_eq8_sign_slip_is_refuted():
    row = (r"\frac{\partial}{\partial \theta} \log \sigma(-E_\theta(x)) = "
           r"\sigma(E_\theta(x)) \frac{\partial E_\theta(x)}{\partial \theta}")
    assert _one(row)["verdict"] == "invalid"


def test_sigma_written_as_a_number_elsewhere_is_never_refuted():
    """sigma^2 in one row: sigma(a + b) in another may be sigma times (a + b); neither reading is taken."""
    text = "$$\n\\sigma^2 = \\mathbb{E}[x^2]\n$$\n\n$$\n\\sigma(-a) = \\sigma(a)\n$$\n"
    verdicts = [s["verdict"] for s in _steps(text)]
    assert "invalid" not in verdicts and "proved" not in verdicts[-1:], verdicts


def test_fixed_function_values_and_derivative():
    import sympy
    u = sympy.Rational(1, 3)
    assert float(fixed_function("sigma", u)) == pytest.approx(_sigmoid(1 / 3))
    assert float(fixed_function("softplus", u)) == pytest.approx(math.log1p(math.exp(1 / 3)))
    assert float(fixed_function("tanh", u)) == pytest.approx(math.tanh(1 / 3))
    assert float(fixed_function("sigma", u, 1)) == pytest.approx(_sigmoid(1 / 3) * (1 - _sigmoid(1 / 3)))
    assert fixed_function("relu", u) is None


# ---- a function's name typed without its backslash ---------------------------------------------------------

def test_spelled_names_applied_to_parentheses_are_the_functions():
    assert _one(r"sigm(a) = \sigma(a)")["verdict"] == "proved"
    assert _one(r"log(2 a) = \log 2 + \log a")["verdict"] in ("proved", "holds")


def test_spelled_log_of_the_last_factor_is_the_log():
    assert _one(r"- log \sum_{x} e^{-E(x)} = \log \frac{1}{Z}")["verdict"] == "proved"


def test_spelled_log_slip_refuted_and_recomputed():
    step = _one(r"sigm(-a) = sigm(a)")
    assert step["verdict"] == "invalid"
    a = _value(step["counterexample"], "a")
    assert _sigmoid(-a) == pytest.approx(step["counterexample"]["lhs"], rel=1e-9)


def test_spelled_log_before_several_factors_is_not_guessed():
    assert _one(r"log a b = \log a + \log b")["verdict"] == "unreadable"
