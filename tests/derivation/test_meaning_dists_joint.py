"""derivation/meaning/meaning_dists.py: joints as people write them. p(z, x) with the latent first is the joint
p(x, z) (its latent in the energy's latent slot, an integral over z over the latent space), and
x, h ~ p(x, h) draws both variables from their joint. Valid identities proved, slips refuted."""
import json

import pytest

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30   # verdicts, not speed (the machine may be loaded)


def judged(tex):
    d = json.loads(check_text(f"$$\n{tex}\n$$\n", timeout=STEP_SECONDS).to_json())
    return [s for x in d.get("derivations", [d]) for s in x["steps"] if s["verdict"] != "unjudged"]


@pytest.mark.parametrize("tex", [
    r"\log p(x) = \log \sum_z p(z, x)",
    r"p(x) = \int p(z, x) dz",
    r"\log p(x) = \log \int p(x | z) p(z) dz",
])
def test_a_joint_written_latent_first_is_the_same_joint(tex):
    """(p alone: the model, no role question; the latent written first is still in the latent slot)"""
    assert [s["verdict"] for s in judged(tex)] == ["proved"]


def test_a_marginal_over_the_wrong_variable_is_still_refuted():
    assert [s["verdict"] for s in judged(r"p(z) = \sum_z p(z, x)")] == ["invalid"]




@pytest.mark.parametrize("tex", [
    r"\mathbb{E}_{x,h\sim p(x,h)}[f(x,h)] = \sum_{x,h} p(x,h) f(x,h)",
    r"\mathbb{E}_{h, x\sim p(x,h)}[g(x) h] = \sum_{x} p(x) g(x) \sum_h p(h|x) h",
])
def test_two_variables_drawn_from_their_joint(tex):
    assert [s["verdict"] for s in judged(tex)] == ["proved"]


def test_two_variables_drawn_from_their_joint_with_the_latent_forgotten_is_not_proved():
    # f is arbitrary (maybe tied to the model in words): refuted in the main reading, so never proved
    got = judged(r"\mathbb{E}_{x,h\sim p(x,h)}[f(x,h)] = \sum_{x,h} p(x) f(x,h)")
    assert [s["verdict"] for s in got] in (["invalid"], ["undecided"])
    assert "invalid" in got[0]["explanation"] or got[0]["verdict"] == "invalid"


def test_variables_drawn_from_a_distribution_that_is_not_their_joint_are_not_read():
    assert [s["verdict"] for s in judged(r"\mathbb{E}_{x,y\sim p(x,h)}[f(x)] = \sum_x p(x) f(x)")] == ["unreadable"]


JOINT = r"\ln p(x) = \ln \frac{p(x, z)}{q(z)} - \ln \frac{p(z|x)}{q(z)}"   # makes z the latent, q beside p


def judged_after(before, tex):
    d = json.loads(check_text(f"$$\n{before}\n$$\n\n$$\n{tex}\n$$\n", timeout=STEP_SECONDS).to_json())
    return [s for s in d.get("derivations", [d])[-1]["steps"] if s["verdict"] != "unjudged"]


@pytest.mark.parametrize("tex", [
    r"\int q(z) \ln p(x) dz = \ln p(x) \int q(z) dz = \ln p(x)",
    r"\int q(z) \ln p(x) dz = \int q(z) \ln \frac{p(x, z)}{q(z)} dz - \int q(z) \ln \frac{p(z|x)}{q(z)} dz",
    r"\mathbb{E}_{q(z)}[\ln p(x)] = \ln p(x)",
])
def test_q_of_the_latent_is_a_distribution_on_the_latent_space(tex):
    got = judged_after(JOINT, tex)
    assert got and all(s["verdict"] == "proved" for s in got)


def test_an_integral_over_the_latent_with_its_prior_forgotten_is_refuted():
    # (a row writing q would be undecided: q may be tied to the model in words, roles_choice.py)
    got = judged_after(JOINT, r"\ln p(x) = \ln \int p(x|z) dz")
    assert [s["verdict"] for s in got] == ["invalid"]


@pytest.mark.parametrize("tex", [
    # the VAE's ELBO: the prior p(z) of the latent is the latent marginal, never the joint p
    r"\mathbb{E}_{q(z|x)}[\log p(x|z)] - KL(q(z|x) \| p(z)) = \mathbb{E}_{q(z|x)}[\log p(x,z) - \log q(z|x)]",
    r"\mathbb{E}_{p(z)}[p(x|z)] = p(x)",
])
def test_the_prior_of_the_latent_is_its_marginal(tex):
    assert [s["verdict"] for s in judged(tex)] == ["proved"]


def test_the_likelihood_averaged_over_the_prior_counted_twice_is_refuted():
    assert [s["verdict"] for s in judged(r"\mathbb{E}_{p(z)}[p(x|z)] = 2 p(x)")] == ["invalid"]


def test_a_latent_with_another_letter_summed_as_a_state_elsewhere_is_not_refuted():
    # p(X, Z) puts Z in the latent slot; \sum_Z P(X|Z) P(Z) then summed Z over the visible states, and the
    # product rule was refuted (a false reject on a real EM derivation). Which space Z ranges over: not told
    got = judged(r"\ln \sum_Z P(X,Z\vert\theta) =\ln \left(\sum_Z P(X\vert Z,\theta)P(Z\vert \theta)\right)")
    assert all(s["verdict"] != "invalid" for s in got), got


def test_the_product_rule_with_the_latent_named_z_is_proved():
    assert [s["verdict"] for s in judged(r"\sum_z p(x,z) = \sum_z p(x|z)p(z)")] == ["proved"]
