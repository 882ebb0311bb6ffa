"""A distribution written only over the latent variables, q(z) or q(z | x), beside the model p_theta(x, z), is
a distribution of its own (roles_choice.over_latent), never the data distribution: E_{q(z)}[.] is an average
over z under q, not the average over the data points (which refuted the ELBO's first rows)."""
import json

import pytest

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general as p
from derivation.meaning.roles import find_roles

STEP_SECONDS = 30
MODEL = r"\log p_\theta(x) = \log \sum_z p_\theta(x, z)"


def last_steps(tex):
    d = json.loads(check_text(f"$$\n{MODEL}\n$$\n\n$$\n{tex}\n$$\n", timeout=STEP_SECONDS).to_json())
    return [s for s in d.get("derivations", [d])[-1]["steps"] if s["verdict"] != "unjudged"]


def test_q_over_the_latent_is_its_own_distribution_and_q_over_x_stays_the_data():
    r = find_roles([p(r"\log \sum_z p_\theta(x, z)"), p(r"\mathbb{E}_{q(z)}[\log q(z)]")])
    assert "q" in r.latent_seconds and "q" in r.free_seconds and "q" not in r.data
    r = find_roles([p(r"\log \sum_z p_\theta(x, z)"), p(r"\mathbb{E}_{q(z \mid x)}[\log q(z \mid x)]")])
    assert "q" in r.latent_seconds
    r = find_roles([p(r"\log p_\theta(x)"), p(r"\sum_x q(x) \log p_\theta(x)")])
    assert "q" in r.data and not r.latent_seconds
    # given a parameter, P(tau | theta) is a parametrized distribution of its own (param_data), never constant
    # in theta: read as q(z | x) it proved grad P = (1/P) grad log P
    r = find_roles([p(r"\sum_a \pi_\theta(a)"), p(r"\nabla_\theta P(\tau | \theta)")])
    assert not r.latent_seconds and "P" in r.param_data


def test_an_average_under_q_of_what_is_free_of_z_is_proved():
    got = last_steps(r"\mathbb{E}_{q(z)}\left[\log p_\theta(x)\right] = \log p_\theta(x)")
    assert [s["verdict"] for s in got] == ["proved"]
    assert "q(z)" in got[0]["explanation"]   # the average under q, not the data average


@pytest.mark.parametrize("tex", [
    r"\log p_\theta(x) = \log \mathbb{E}_{q(z)}\left[\frac{p_\theta(x, z)}{q(z)}\right]",   # valid
    r"\log p_\theta(x) = \mathbb{E}_{q(z)}\left[\log p_\theta(x, z)\right]",   # false for most q; q may be tied
])
def test_rows_under_q_are_never_refuted_as_data_averages(tex):
    got = last_steps(tex)
    assert got and all(s["verdict"] != "invalid" for s in got), got
