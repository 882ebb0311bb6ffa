"""The routes protocol: choose_route picks the first applicable route; reports name it."""
import numpy as np
import pytest

from toy_models import check_identity, log_partition, negative_phase, routes
from toy_models.errors import InputError, StateSpaceTooLarge
from toy_models.examples import random_data, random_model


class FakeRoute:
    """A route that answers from the plain route but under its own name."""

    name = "fake"

    def __init__(self, applies=True):
        self._applies = applies
        self.calls = 0

    def applies(self, model):
        return self._applies

    def log_partition(self, model):
        self.calls += 1
        return routes.plain.log_partition(model)

    def log_partition_and_negative_phase(self, model):
        self.calls += 1
        return routes.plain.log_partition_and_negative_phase(model)


def test_every_route_has_the_protocol():
    for route in routes.ROUTES:
        assert isinstance(route.name, str)
        for attr in ("applies", "log_partition", "log_partition_and_negative_phase"):
            assert callable(getattr(route, attr))
    assert routes.ROUTES[-1] is routes.plain  # the fallback stays last


@pytest.mark.parametrize("kind", ["categorical", "neural"])
def test_models_without_a_special_route_go_plain(rng, kind):
    assert routes.choose_route(random_model(kind, 4, rng)) is routes.plain


@pytest.mark.parametrize("kind", ["categorical", "ising", "ising01", "potts", "rbm", "neural"])
def test_every_model_gets_a_listed_route_and_plain_by_name(rng, kind):
    model = random_model(kind, 4, rng)
    assert routes.choose_route(model) in routes.ROUTES
    assert routes.choose_route(model, "plain") is routes.plain


def test_a_route_inserted_before_plain_is_chosen_and_named(rng, monkeypatch):
    fake = FakeRoute()
    monkeypatch.setattr(routes, "ROUTES", [fake, routes.plain])
    model = random_model("potts", 3, rng)
    report = check_identity(model, random_data(model, 5, rng), finite_difference=False)
    assert report.route == "fake" and fake.calls == 1
    log_partition(model)
    negative_phase(model)
    assert fake.calls == 3


def test_a_route_that_does_not_apply_is_skipped(rng, monkeypatch):
    monkeypatch.setattr(routes, "ROUTES", [FakeRoute(applies=False), routes.plain])
    assert routes.choose_route(random_model("ising", 4, rng)) is routes.plain


def test_route_by_name(rng, monkeypatch):
    fake = FakeRoute()
    monkeypatch.setattr(routes, "ROUTES", [fake, routes.plain])
    model = random_model("ising", 4, rng)
    assert log_partition(model, route="plain") == pytest.approx(log_partition(model, route="fake"), rel=0)
    with pytest.raises(InputError, match="route must be one of"):
        log_partition(model, route="nope")
    monkeypatch.setattr(routes, "ROUTES", [FakeRoute(applies=False), routes.plain])
    with pytest.raises(InputError, match="does not apply"):
        log_partition(model, route="fake")


def test_no_route_applies_gives_the_size():
    from toy_models import Ising
    with pytest.raises(StateSpaceTooLarge, match="1,099,511,627,776 states"):
        routes.choose_route(Ising(np.ones((40, 40)) - np.eye(40), np.zeros(40)))  # fully coupled
