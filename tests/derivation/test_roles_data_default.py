"""A distribution letter read as the data only because it never carries the parameter (q beside p_\\theta) is also
read as a distribution of its own (positive, arbitrary): the prose may say "q is any positive distribution"
(issue 18 part 1; hostile_set4 D09 was refuted with q the empirical distribution, zero off the data). A row the
two readings disagree on is undecided; a letter named as the data (p_{\\mathrm{data}}, \\hat p, a marker) keeps one."""
import json

from derivation.run.checkdoc import check_text

MODEL = r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"


def verdicts(*displays, prose=""):
    text = prose + "".join(f"\n\n$$\n{d}\n$$\n" for d in displays)
    d = json.loads(check_text(text, timeout=30).to_json())
    return [s["verdict"] for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def test_importance_sampling_under_any_q_is_not_refuted():
    row = r"Z_\theta = \mathbb{E}_{x\sim q}\left[\frac{e^{-E_\theta(x)}}{q(x)}\right]"
    assert "invalid" not in verdicts(MODEL, row, prose="Here $q$ is any positive distribution on the states.")


def test_a_row_both_readings_refute_stays_invalid():
    row = r"Z_\theta = 1 + \mathbb{E}_{x\sim q}\left[\frac{e^{-E_\theta(x)}}{q(x)}\right]"
    assert verdicts(MODEL, row)[-1] == "invalid"


def test_the_named_data_keeps_one_reading():
    row = r"\mathbb{E}_{x\sim p_{\mathrm{data}}}[E_\theta(x)] = \frac{1}{N}\sum_{i=1}^N E_\theta(x_i)"
    assert verdicts(MODEL, row)[-1] == "proved"


def test_beside_the_data_the_letter_is_the_data():
    # the loss is the average over the data: E_{p(x)} beside it is the data's, one reading
    row = (r"\nabla_{\theta}\mathcal{L}(\theta) = \mathbb{E}_{p(x)}[\nabla_{\theta}E_{\theta}(x)] - "
           r"\mathbb{E}_{q_{\theta}(x)}[\nabla_{\theta}E_{\theta}(x)]")
    assert verdicts(row) == ["proved"]


def test_in_a_document_about_its_data_the_letter_is_the_data_on_every_row():
    rows = (r"\nabla_{\theta}\mathcal{L}(\theta) = -\mathbb{E}_{p(x)}[\nabla_{\theta}\log q_{\theta}(x)]",
            r"-\mathbb{E}_{p(x)}[\nabla_{\theta}\log q_{\theta}(x)] = \mathbb{E}_{p(x)}[\nabla_{\theta}E_{\theta}(x)] - "
            r"\mathbb{E}_{q_{\theta}(x)}[\nabla_{\theta}E_{\theta}(x)]")
    assert verdicts(*rows)[-1] == "proved"
