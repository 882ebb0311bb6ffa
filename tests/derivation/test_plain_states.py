"""x, y, z used as number variables where the document gives them no part in a model (derivation/meaning/
plain_states.py): logits z_i and targets y_i of logistic-regression notes, the intermediate x_1, x_2 of a chain
rule, the argument of sigma. They were read as states of the model: "two letters for the data points (y, z)",
"a state written x with index 1", "sigma: a function with a meaning of its own" (sigma of a state). Unknown means
arbitrary: they are arbitrary quantities, one per index. A letter the document uses as a model's state anywhere,
or a document whose prose may give its letters values (spins, binary units), keeps the old reading."""
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

BCE = r"-\frac{1}{N}\sum_{i=1}^{N}\left[y_i \ln\sigma(z_i) + (1-y_i)\ln(1-\sigma(z_i))\right]"


def _steps(row, prose=""):
    return [s for r in check_text(prose + "$$\n" + row + "\n$$\n", "t.md").reports for s in r.steps]


def test_intermediate_variables_of_a_chain_rule_are_quantities():
    [s] = _steps(r"(x_1 + x_2)^2 = x_1^2 + 2 x_1 x_2 + x_2^2")
    assert s.verdict == "proved", s.explanation
    [s] = _steps(r"\frac{\partial}{\partial x_1} (x_1 x_2 + x_2) = x_2")
    assert s.verdict == "proved", s.explanation


def test_logits_and_targets_are_two_families_of_quantities():
    [s] = _steps(BCE + r" = \frac{1}{N}\sum_{i=1}^{N}\left[\ln(1+e^{-z_i}) + (1-y_i)z_i\right]")
    assert s.verdict in ("proved", "holds"), s.explanation
    [s] = _steps(r"\sum_{i=1}^{N} (y_i - \sigma(z_i)) = \sum_{i=1}^{N} y_i - \sum_{i=1}^{N} \sigma(z_i)")
    assert s.verdict == "proved", s.explanation


def test_the_logistic_derivative_is_proved():
    [s] = _steps(r"\frac{d}{dz}\sigma(z) = \sigma(z)(1 - \sigma(z))")
    assert s.verdict == "proved", s.explanation


def test_the_logistic_derivative_slip_is_refuted_and_recomputed():
    [s] = _steps(r"\frac{d}{dz}\sigma(z) = \sigma(z)(1 + \sigma(z))")
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    [(name, value)] = cx["tables"].items()
    assert name.rstrip(" =") == "\U0001d467"   # printed as the letter z (mathematical italic)
    z = float(Fraction(value))
    sig = 1 / (1 + math.exp(-z))
    assert math.isclose(cx["lhs"], sig * (1 - sig), rel_tol=1e-9)
    assert math.isclose(cx["rhs"], sig * (1 + sig), rel_tol=1e-9)


def test_a_row_whose_readings_disagree_is_undecided_never_invalid():
    [s] = _steps(r"\log \frac{1}{N}\sum_{i=1}^N e^{z_i} = \log\sum_{i=1}^N e^{z_i} - \log N")
    assert s.verdict == "undecided" and s.counterexample is None, s.explanation


def test_a_letter_that_is_a_models_state_keeps_its_reading():
    [s] = _steps(r"\sum_x p(x) x_1 = x_1")
    assert s.verdict == "unreadable" and "index 1" in s.explanation


def test_prose_that_may_give_values_keeps_the_old_reading():
    [s] = _steps(r"x_1^2 = 1", "The spins $x_i$ of the chain.\n\n")
    assert s.verdict != "invalid", s.explanation
    [s] = _steps(r"x_1^2 = 1")
    assert s.verdict == "invalid"   # with nothing to say otherwise, x_1 is any number


def test_a_bare_state_used_as_a_number_is_still_never_refuted_on_labels():
    [s] = _steps(r"s^2 = 1")
    assert s.verdict == "undecided", s.explanation


def test_a_derivative_by_a_letter_what_it_differentiates_does_not_write_is_never_refuted():
    # p = softmax(z) in a row the checker does not read: dL/dz_k is not 0 for the author
    doc = ("Let $\\mathbf{p} = \\text{softmax}(\\mathbf{z})$ and $\\mathcal{L} = -\\sum_k y_k \\log p_k$.\n\n"
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial z_k} = p_k - y_k\n$$\n")
    _never_invalid(doc)


def _never_invalid(doc):
    steps = [s for r in check_text(doc, "t.md").reports for s in r.steps]
    assert steps and all(s.verdict != "invalid" for s in steps), [s.explanation for s in steps]


def test_binary_classification_gives_no_letter_values_but_binary_units_do():
    [s] = _steps(r"\frac{d}{dz}\sigma(z) = \sigma(z)(1 - \sigma(z))",
                 "Binary classification with a logistic output.\n\n")
    assert s.verdict == "proved", s.explanation
    [s] = _steps(r"x_1^2 = 1", "The binary units $x_i$.\n\n")
    assert s.verdict != "invalid", s.explanation


def test_a_letter_given_a_value_in_the_prose_stays_a_state():
    # `when $x = 0$` would bind the letter x to 0, and sigma'(x) was then refuted (left side 0): never so
    doc = ("$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n\n- when $x = 0$ it is one half.\n\n"
           "$$\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))$$\n")
    _never_invalid(doc)


def test_a_pair_sum_of_plain_quantities_is_not_guessed_either():
    # \sum_{i \neq j} w_{ij} x_i x_j: over the pairs, or over i with j fixed, whatever x is (sum_all_but_one.py)
    [s] = _steps(r"\sum_{i \neq j} w_{ij} x_i x_j = \sum_i \sum_j w_{ij} x_i x_j - \sum_i w_{ii} x_i^2")
    assert s.verdict == "unreadable" and "pairs" in s.explanation, s.explanation


def test_a_name_typed_without_its_backslash_applies_no_letter():
    # max(z_i) typed without the backslash is m a x(z_i): x is no function applied, and stays a number elsewhere
    doc = "$$\nc = e^{z_i - max(z_i)}\n$$\n\n$$\n(x_1 + x_2)^2 = x_1^2 + 2 x_1 x_2 + x_2^2\n$$\n"
    steps = [s for r in check_text(doc, "t.md").reports for s in r.steps]
    assert steps[-1].verdict == "proved", steps[-1].explanation


def test_a_state_gradient_of_a_models_object_stays_the_states():
    [s] = _steps(r"\nabla_{\mathbf{x}} \log Z_\theta = 0")
    assert s.verdict == "proved", s.explanation


def test_numbered_quantities_summed_over_an_unwritten_range_are_never_refuted():
    # two logits z_1, z_2 and sum_k e^{z_k}: a count below 2 would refute what the two logits make true
    [s] = _steps(r"\frac{e^{z_1}}{\sum_k e^{z_k}} = \sigma(z_1 - z_2)", "Two logits $z_1, z_2$.\n\n")
    assert s.verdict != "invalid", s.explanation
