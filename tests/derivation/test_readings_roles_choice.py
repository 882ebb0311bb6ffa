"""derivation/latex/roles_choice.py: p beside q, neither with a parameter. Read by convention (p the model,
q a distribution of its own) and with each other letter as the model where the roles matter: identities
about two arbitrary distributions proved, a slip refuted (its counterexample recomputed here from the
printed tables), a row the role readings disagree on undecided, never invalid."""
import json
import math
from fractions import Fraction

import pytest

from derivation.latex.checkdoc import check_text
from derivation.latex.general import parse_general
from derivation.latex.roles import find_roles
from derivation.latex.roles_choice import role_bound

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


def _dist(tables, name, sign):
    """A distribution from the printed tables: entries `name(k)` holding e^{g} (sign +1) or e^{-E} (-1)."""
    key = "e^{g}" if sign > 0 else "e^{-E}"
    w = {int(k[len(name) + 1:-1]): Fraction(v[key]) for k, v in tables.items() if k.startswith(name + "(")}
    z = sum(w.values())
    return {k: v / z for k, v in w.items()}


def test_the_kl_written_the_other_way_round_is_refuted_with_its_counterexample():
    got = judged(r"KL(q \| p) = \sum_x p(x) \log \frac{p(x)}{q(x)}")
    assert [s["verdict"] for s in got] == ["invalid"]
    ce = got[0]["counterexample"]
    q, p = _dist(ce["tables"], "g_q", +1), _dist(ce["tables"], "E", -1)
    assert len(q) == len(p) == ce["states"]
    left = sum(float(q[k]) * math.log(q[k] / p[k]) for k in q)
    right = sum(float(p[k]) * math.log(p[k] / q[k]) for k in p)
    assert abs(left - right) > 1e-9
    assert math.isclose(left, ce["lhs"], rel_tol=1e-9) and math.isclose(right, ce["rhs"], rel_tol=1e-9)


def test_the_elbo_with_the_sign_of_the_kl_flipped_is_refuted():
    got = judged(r"\log p(x) = \mathbb{E}_{q(z)}\left[\log \frac{p(x,z)}{q(z)}\right] - KL(q(z) \| p(z|x))")
    assert [s["verdict"] for s in got] == ["invalid"]


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
