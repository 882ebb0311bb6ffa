"""derivation/meaning/model_ties.py: a function the document defines after using it ("where we defined
O_i(x) = dE/dtheta_i") is the author's, not an arbitrary one: a row using it before the definition, refuted
only with O drawn apart from that definition, is undecided (blind3, 12 line 41); the rows after the
definition read O by it (a sign slip refuted)."""
import json

from derivation.run.checkdoc import check_text
from derivation.meaning.model_ties import defined_letter
from derivation.read.general import parse_row

STEP_SECONDS = 30
MODEL = "$$\nP_\\theta(x) = \\frac{e^{-E(x;\\theta)}}{Z(\\theta)}\n$$\n\n"
LATER = "$$\nO(x) = \\frac{\\partial E(x; \\theta)}{\\partial \\theta}\n$$\n"


def verdicts(row):
    d = json.loads(check_text(MODEL + f"$$\n{row}\n$$\n\n" + LATER, timeout=STEP_SECONDS).to_json())
    return [(s["to_line"], s["verdict"], s["explanation"]) for der in d["derivations"] for s in der["steps"]]


def test_an_applied_letter_on_the_left_is_a_definition_of_that_letter():
    sides = [a for _, a in parse_row(r"O_i(x) = \frac{\partial E(x)}{\partial \theta_i}")]
    assert defined_letter(sides, "equality") == ("O", "", True)
    sides = [a for _, a in parse_row(r"E(x) = -\theta x")]
    assert defined_letter(sides, "equality") is None          # the energy: the model's, never "defined" so
    sides = [a for _, a in parse_row(r"g(x) = g(x) + 1")]
    assert defined_letter(sides, "equality") is None          # an update, not a definition


def test_a_row_using_the_function_before_its_definition_is_not_refuted():
    # <O>_model = -d log Z / d theta holds with O = dE/dtheta (line 10), fails for an arbitrary O
    got = verdicts(r"\langle O(x) \rangle_{\text{model}} = -\frac{\partial \log Z(\theta)}{\partial \theta}")
    step = [g for g in got if g[0] == 6][0]
    assert step[1] == "undecided" and "O" in step[2] and "it is invalid" in step[2]


def test_after_its_definition_the_function_is_read_so_and_a_slip_is_refuted():
    text = MODEL + LATER + "\n$$\n\\langle O(x) \\rangle_{\\text{model}} = %s\\frac{\\partial \\log Z(\\theta)}{\\partial \\theta}\n$$\n"
    for sign, want in (("-", "proved"), ("", "invalid")):
        d = json.loads(check_text(text % sign, timeout=STEP_SECONDS).to_json())
        assert d["derivations"][-1]["steps"][-1]["verdict"] == want, (sign, d["derivations"][-1]["steps"][-1])
