"""sum_x p_data(x) g(x) is the data average (1/N) sum_i g(x_i) (derivation/meaning/meaning_operators.py:
_state_sum). Found by probing: H(p_data) = -sum_x p_data log p_data and KL(p_data || p) = sum_x p_data
log(p_data/p) were refuted at a state no data point visits (0 log 0 had no value): false rejects."""
import math

from derivation.run.checkdoc import check_text


def verdicts(row):
    rep = check_text("$$\n" + row + "\n$$\n", timeout=30)   # a step budget no loaded machine runs out of
    return [s.verdict for r in rep.reports for s in r.steps]


PD = r"p_{\text{data}}"
READ = ("proved", "holds")


def test_entropy_of_the_data_distribution_is_read():
    assert verdicts(rf"H({PD}) = -\sum_x {PD}(x) \log {PD}(x)")[0] in READ


def test_entropy_sign_slip_is_refuted():
    assert verdicts(rf"H({PD}) = \sum_x {PD}(x) \log {PD}(x)") == ["invalid"]


def test_kl_from_the_data_is_read_also_as_an_integral():
    assert verdicts(rf"\mathrm{{KL}}({PD} \| p_\theta) = \sum_x {PD}(x) \log \frac{{{PD}(x)}}{{p_\theta(x)}}")[0] in READ
    # the integral's instances (masses) are slower: under a loaded machine the time budget may end first
    assert verdicts(rf"\mathrm{{KL}}({PD} \| p_\theta) = \int {PD}(x) \log \frac{{{PD}(x)}}{{p_\theta(x)}}\, dx")[0] \
        in READ + ("undecided",)


def test_kl_with_the_ratio_inverted_is_refuted():
    assert verdicts(rf"\mathrm{{KL}}({PD} \| p_\theta) = \sum_x {PD}(x) \log \frac{{p_\theta(x)}}{{{PD}(x)}}") \
        == ["invalid"]


def test_the_weighted_sum_is_the_average_not_the_total():
    assert verdicts(rf"\sum_x {PD}(x) E_\theta(x) = \frac{{1}}{{N}}\sum_{{i=1}}^N E_\theta(x_i)")[0] in READ
    assert verdicts(rf"\sum_x {PD}(x) E_\theta(x) = \sum_{{i=1}}^N E_\theta(x_i)") == ["invalid"]


def test_independent_reference_on_a_small_data_set():
    # the identity the rewrite relies on, by hand: data [1, 1, 2] on states 1..3, g = log p_data
    data, states = [1, 1, 2], [1, 2, 3]
    pd = {s: data.count(s) / len(data) for s in states}
    by_states = sum(pd[s] * math.log(pd[s]) for s in states if pd[s] > 0)   # 0 log 0 = 0
    by_data = sum(math.log(pd[x]) for x in data) / len(data)
    assert math.isclose(by_states, by_data)
