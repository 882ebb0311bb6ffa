"""A bare letter beside the same letter with the model's parameter (p beside p_\\theta) names two objects unless a
row defines them equal (issue 18 part 1; hostile_set4 B15 was `proved` with p merged into p_\\theta): the bare
letter is read as the model (the parameter left out, as authors often do) and as a distribution of its own;
a row the two readings disagree on is undecided, never proved; where they agree the verdict stands."""
import json

from derivation.run.checkdoc import check_text

MODEL = r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"


def verdicts(*displays, prose=""):
    text = prose + "".join(f"\n\n$$\n{d}\n$$\n" for d in displays)
    d = json.loads(check_text(text, timeout=30).to_json())
    return [s["verdict"] for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def test_bare_p_beside_p_theta_is_never_merged_into_it():
    row = r"\mathbb{E}_{x\sim p}[\log p_\theta(x)] = \mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)]"
    assert verdicts(row, prose="Let $p$ be the data distribution and $p_\\theta$ the model.") == ["undecided"]
    assert verdicts(r"\sum_x p(x) \log p_\theta(x) = \sum_x p_\theta(x) \log p_\theta(x)") == ["undecided"]


def test_a_row_true_under_both_readings_stays_proved():
    assert verdicts(r"\sum_x p(x) \log p_\theta(x) + 0 = \sum_x p(x) \log p_\theta(x)") == ["proved"]


def test_a_row_false_under_both_readings_stays_invalid():
    assert verdicts(r"\sum_x p(x) \log p_\theta(x) = 1 + \sum_x p(x) \log p_\theta(x)") == ["invalid"]


def test_a_definition_of_the_bare_letter_makes_them_one():
    # p(x) defined as the model: the bare p is the model, one reading
    row = r"\mathbb{E}_{x\sim p}[\log p_\theta(x)] = \mathbb{E}_{x\sim p_\theta}[\log p_\theta(x)]"
    assert verdicts(r"p(x) = p_\theta(x)", row)[-1] == "proved"


def test_the_parameter_written_as_an_argument_is_the_model():
    # p(x | theta) and p(x; theta) carry the parameter: no bare letter
    assert verdicts(r"\sum_x p(x \mid \theta) = \sum_x p_\theta(x)") == ["proved"]
