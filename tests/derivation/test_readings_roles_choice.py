"""derivation/meaning/roles_choice.py: p beside q, neither with a parameter. Read by convention (p the model,
q a distribution of its own) and with each other letter as the model where the roles matter: identities
about two arbitrary distributions proved, a slip refuted (its counterexample recomputed here from the
printed tables), a row the role readings disagree on undecided, never invalid; a row writing q, refuted
only with q apart from the model (which the prose may tie to it), undecided."""
import json
import math
from fractions import Fraction

import pytest

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general
from derivation.meaning.roles import find_roles
from derivation.meaning.roles_choice import role_bound

STEP_SECONDS = 30   # verdicts, not speed (the machine may be loaded)


KL_ROW = r"KL(q \| p) = \sum_x q(x) \log \frac{q(x)}{p(x)}"   # a display before: the document has p and q


def judged(tex, before=""):
    """The judged steps of the display holding `tex` (after a display holding `before`, if any)."""
    text = (f"$$\n{before}\n$$\n\n" if before else "") + f"$$\n{tex}\n$$\n"
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    last = d.get("derivations", [d])[-1]
    return [s for s in last["steps"] if s["verdict"] != "unjudged"]


def test_p_beside_q_is_read_by_convention_with_q_its_own_distribution():
    r = find_roles([parse_general(r"KL(q \| p)"), parse_general(r"\sum_x q(x) \log \frac{q(x)}{p(x)}")])
    assert not r.problems and r.model == {"p"} and r.free_seconds == {"q"}
    r = find_roles([parse_general(r"\sum_x Q(x) \log P(x)")])
    assert not r.problems and r.model == {"P"} and r.free_seconds == {"Q"}


def test_a_parameter_on_either_letter_keeps_the_old_roles():
    r = find_roles([parse_general(r"KL(q_\phi \| p_\theta)"), parse_general(r"\nabla_\theta \log p_\theta(x)")])
    assert not r.free_seconds


@pytest.mark.parametrize("tex", [
    r"KL(q \| p) = \sum_x q(x) \log \frac{q(x)}{p(x)} = -\sum_x q(x) \log \frac{p(x)}{q(x)}",
    # the ELBO's decomposition holds for any two distributions: no need to know which is the model
    r"\log p(x) = \mathbb{E}_{q(z)}\left[\log \frac{p(x,z)}{q(z)}\right] + KL(q(z) \| p(z|x))",
    r"\log p(x) = \log \sum_z p(x | z) p(z) = \log \sum_z \frac{p(x|z) p(z)}{q(z)} q(z)",
])
def test_identities_about_two_arbitrary_distributions_are_proved(tex):
    got = judged(tex)
    assert got and all(s["verdict"] == "proved" for s in got)


def test_a_slip_in_a_row_about_the_model_alone_is_refuted_with_its_counterexample():
    got = judged(r"p(x) = \sum_z p(x|z)", KL_ROW)   # p(z) forgotten: a conditional summed over its condition
    assert [s["verdict"] for s in got] == ["invalid"]
    ce = got[0]["counterexample"]
    w = {tuple(int(a) for a in k[2:-1].split(",")): Fraction(v["e^{-E}"]) for k, v in ce["tables"].items()}
    xs, zs = {x for x, _ in w}, {z for _, z in w}
    x = ce["at"]["x"]
    left = sum(w[(x, z)] for z in zs) / sum(w.values())                     # p(x), the marginal
    right = sum(w[(x, z)] / sum(w[(y, z)] for y in xs) for z in zs)          # sum_z p(x | z)
    assert left != right
    assert math.isclose(float(left), ce["lhs"]) and math.isclose(float(right), ce["rhs"])


@pytest.mark.parametrize("tex", [
    r"KL(q \| p) = \sum_x p(x) \log \frac{p(x)}{q(x)}",     # false for any q, true at q = p
    # the ELBO with the KL's sign flipped: false, but true where the bound is tight (q = p(z | x)), a
    # condition documents state in words ("the ELBO equals log p(x) when q is the posterior")
    r"\log p(x) = \mathbb{E}_{q(z)}\left[\log \frac{p(x,z)}{q(z)}\right] - KL(q(z) \| p(z|x))",
])
def test_a_row_refuted_only_with_q_apart_from_the_model_is_undecided(tex):
    got = judged(tex)
    assert [s["verdict"] for s in got] == ["undecided"]
    assert "it is invalid" in got[0]["explanation"] and "tied to the model" in got[0]["explanation"]


@pytest.mark.parametrize("tex", [
    r"\mathbb{E}[\log q(x)] = \sum_x q(x) \log q(x)",        # E of which distribution? q as the model: valid
    r"\mathbb{E}[\log p(x)] = \sum_x q(x) \log p(x)",
])
def test_a_row_the_role_readings_disagree_on_is_undecided_never_invalid(tex):
    got = judged(tex, KL_ROW)
    assert [s["verdict"] for s in got] == ["undecided"]
    assert "the model" in got[0]["explanation"] and "% eq7: model" in got[0]["explanation"]


def test_the_role_readings_apply_only_where_the_roles_matter():
    assert not role_bound([parse_general(r"\sum_x q(x) \log \frac{q(x)}{p(x)}")])
    assert role_bound([parse_general(r"\mathbb{E}[\log q(x)]")])
    assert role_bound([parse_general(r"\log Z")])
    assert role_bound([parse_general(r"\frac{1}{N} \sum_{i=1}^N \log p(x_i)")])


def test_with_only_q_written_q_is_the_model_and_the_expectation_is_its_own():
    assert [s["verdict"] for s in judged(r"\mathbb{E}[\log q(x)] = \sum_x q(x) \log q(x)")] == ["proved"]
