"""`eq7 verify`'s budgets: checked from the options alone, before any model or data set is
built, and every refusal names a size that fits (and the next one does not)."""
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toy_models import budget, cli, examples
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.examples import DEFAULT_SIZES, KINDS, random_model

# the kinds whose check enumerates states; ising-graph is exact by contraction, its budget is
# tested in test_graph_verify.py
ENUMERATED = [k for k in KINDS if k != "ising-graph"]
from toy_models.identity import require_check_budget


@pytest.fixture
def nothing_built(monkeypatch):
    """Fail the test if verify builds a model or draws data before refusing."""
    def boom(*a, **k):
        raise AssertionError("built before the budget check")
    monkeypatch.setattr(examples, "random_model", boom)
    monkeypatch.setattr(examples, "random_data", boom)


def _suggested(message, option):
    m = re.search(rf"{option} ([\d,]+) or less", message)
    assert m, message
    return int(m.group(1).replace(",", ""))


@pytest.mark.parametrize("kinds, size, n_data", [
    (list(KINDS), 10 ** 9, 20), (list(KINDS), None, 10 ** 9), (["ising"], 20, 20), (["ising"], 10 ** 9, 20),
    (["potts"], 9, 20), (["categorical"], 10 ** 12, 20), (["rbm", "neural"], 10 ** 6, 10 ** 7),
    (["ising"], 40, 20), (["categorical", "ising"], 21, 20), (["neural"], 2, 10 ** 9),
])
def test_refusals_come_before_any_allocation_and_name_what_fits(nothing_built, kinds, size, n_data):
    with pytest.raises(StateSpaceTooLarge) as err:
        cli.verify(kinds, size, 0, n_data)
    msg = str(err.value)
    assert "Choose" in msg and ".." not in msg
    if "with --size" in msg:  # the data set alone is too large even for the smallest models
        n = _suggested(msg, "--n-data")
        s = int(re.search(r"with --size (\d+)", msg).group(1))
        assert budget._fits(kinds, s, n) and not budget._fits(kinds, s, n + 1)
    elif "--size" in msg:
        best = _suggested(msg, "--size")
        assert budget._fits(kinds, best, n_data) and not budget._fits(kinds, best + 1, n_data)
    else:
        best = _suggested(msg, "--n-data")
        assert budget._fits(kinds, size, best) and not budget._fits(kinds, size, best + 1)


def test_ising_20_is_refused_for_its_time():
    with pytest.raises(StateSpaceTooLarge, match=r"would take about .* s .*budget is 5 s"):
        budget.require_verify_budget(["ising"], 20, 20)


@pytest.mark.parametrize("kind", ENUMERATED)
def test_defaults_fit_and_the_largest_accepted_model_passes_the_identity_budget(kind):
    budget.require_verify_budget([kind], None, 20)
    best = budget._largest(lambda s: budget._fits([kind], s, 20), budget.min_size(kind), 200)
    assert best is not None and best >= DEFAULT_SIZES[kind]
    model = random_model(kind, best, np.random.default_rng(0))  # cheap: the space is <= 2^20 states
    assert budget.space_of(kind, best).n_states == model.space.n_states
    assert budget.n_params(kind, best) == sum(np.size(v) for v in model.params.values())
    assert budget.label(kind, best) == repr(model)
    require_check_budget(model)  # what the budget accepts, check_identity's own limits accept


@pytest.mark.parametrize("size, n_data, seed, match", [
    (0, 20, 0, "--size must be an integer >= 1"), (-3, 20, 0, "--size"), (1, 20, 0, "--size must be an integer >= 2"),
    (3, 0, 0, "--n-data must be an integer >= 1"), (3, 20, -1, "--seed must be an integer >= 0"),
    (2.5, 20, 0, "--size"), (True, 20, 0, "--size"),
])
def test_bad_numbers_are_input_errors(nothing_built, size, n_data, seed, match):
    kinds = ["categorical"] if match.endswith(">= 2") else ["ising"]
    with pytest.raises(InputError, match=match):
        cli.verify(kinds, size, seed, n_data)


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(ENUMERATED), size=st.integers(2, 40), n_data=st.integers(1, 10 ** 7))
def test_estimates_grow_with_size_and_data(kind, size, n_data):
    e = budget.estimate(kind, size, n_data)
    assert e.seconds > 0 and e.bytes > 0
    bigger = budget.estimate(kind, size + 1, n_data), budget.estimate(kind, size, n_data + 1)
    for b in bigger:
        assert b.seconds >= e.seconds and b.bytes >= e.bytes


def test_an_astronomical_size_is_estimated_without_computing_q_to_the_size():
    e = budget.estimate("potts", 10 ** 12, 20)  # 3^(10^12): never formed
    assert e.seconds == float("inf")


# -- the API: check_identity and central differences refuse minutes of work -----------------
def test_api_check_of_ising_20_is_refused_before_any_energy():
    from toy_models import check_identity, nll_gradient
    from .test_validate import Spy

    model = random_model("ising", 20, np.random.default_rng(0))
    spy = Spy(model)
    for call in (lambda: check_identity(model, np.ones((2, 20))),
                 lambda: nll_gradient(model, np.ones((2, 20)), method="finite_difference")):
        with pytest.raises(StateSpaceTooLarge, match=r"would take about .*MAX_CHECK_SECONDS.*finite_difference=False"):
            call()
    assert spy.calls == 0
    budget.require_check_seconds(model, 2, finite_difference=False)  # autograd + route alone fit


@pytest.mark.parametrize("kind", ENUMERATED)
def test_api_budget_is_looser_than_the_verify_budget(kind):
    # every model eq7 verify accepts, the API accepts too (with the same data size)
    best = budget._largest(lambda s: budget._fits([kind], s, 20), budget.min_size(kind), 200)
    model = random_model(kind, best, np.random.default_rng(0))
    budget.require_check_seconds(model, 20)
    assert budget.model_row_seconds(model) == budget.row_seconds(kind, best)


def test_api_budget_for_lattices_and_other_models():
    from toy_models import Ising
    budget.require_check_seconds(Ising.chain(16, 0.3), 10)
    with pytest.raises(StateSpaceTooLarge, match="fewer data rows"):
        budget.require_check_seconds(Ising.chain(16, 0.3), 10 ** 9)
