"""readings_others.TOTAL: \\mathrm{NLL} with no definition is the average over the N data points (the paper's L,
the main reading) or their sum (as many texts write it). -sum_i log p(x_i) = NLL was refuted on the average
alone (a false reject on a real MLE note); a row false under both readings is still refuted."""
import json

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30   # verdicts, not speed (each reading is judged; the machine may be loaded)


def verdicts(tex):
    d = json.loads(check_text(f"$$\n{tex}\n$$\n", timeout=STEP_SECONDS).to_json())
    return [s["verdict"] for x in d.get("derivations", [d]) for s in x["steps"] if s["verdict"] != "unjudged"]


def test_the_nll_as_a_sum_is_not_refuted():
    assert verdicts(r"-\sum_{i=1}^N \log P(x_i \vert \theta) = \mathrm{NLL}") == ["undecided"]


def test_the_nll_as_an_average_is_not_refuted_either():
    assert verdicts(r"-\frac{1}{N}\sum_{i=1}^N \log P(x_i \vert \theta) = \mathrm{NLL}") == ["undecided"]


def test_a_row_false_under_both_readings_is_refuted():
    # sum: -Σ log p = -Σ log p + 1; average: -(1/N) Σ log p + 1 against -Σ log p: both differ at N = 1
    assert verdicts(r"-\sum_{i=1}^N \log P(x_i \vert \theta) = \mathrm{NLL} + 1") == ["invalid"]


def test_an_abbreviation_right_after_a_factor_is_a_factor_not_a_justification():
    # c \, \text{NLL} was cut off as the row's justification: the row read as c alone, and refuted
    assert verdicts(r"-\frac{1}{N} \sum_{i=1}^N \log P(x_i \vert \theta) = \frac{1}{N} \, \text{NLL}") == ["undecided"]


def test_words_after_a_quad_stay_the_justification():
    assert verdicts(r"\log p(x) = \log p(x) \quad \text{QED}") == ["proved"]
