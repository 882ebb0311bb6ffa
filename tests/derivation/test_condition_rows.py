"""A link the document marks as a requirement (`\\overset{!}{=} 0`, a stationarity condition) is shown as a
condition, never judged as an identity (derivation/meaning/condition_rows.py); the rows before it keep their
verdicts, and an unmarked `= 0` that is a true identity is still judged."""
from derivation.meaning.condition_rows import is_condition
from derivation.run.checkdoc import check_text

from ._verdicts import display_steps


def _links(tex):
    (rep,) = check_text(f"$$\n{tex}\n$$\n").reports
    return [(s.kind, s.judged) for s in rep.chain.links()], [s.verdict for s in rep.steps]


def test_a_stationarity_condition_is_shown_not_refuted():
    links, verdicts = _links(r"\frac{d}{d\theta}\left(\theta^2 - 2\theta\right) = 2\theta - 2 \overset{!}{=} 0")
    assert links == [("equality", True), ("condition", False)]
    assert verdicts == ["proved"]      # it was ["proved", "invalid"]: 2 theta - 2 = 0 refuted at theta != 1


def test_stackrel_and_a_text_mark_are_conditions_too():
    assert is_condition(r"\stackrel{!}{=}") and is_condition(r"\overset{\text{set}}{=}")
    assert not is_condition("=") and not is_condition(r"\stackrel{def}{=}") and not is_condition(r"\overset{?}{=}")


def test_a_slip_before_the_condition_is_still_refuted():
    # d(theta^2)/dtheta = 2 theta, not theta: at theta = 1 the sides are 2 and 1 (recomputed here)
    theta = 1
    assert 2 * theta != theta
    links, verdicts = _links(r"\frac{d}{d\theta}\theta^2 = \theta \overset{!}{=} 0")
    assert verdicts == ["invalid"] and links[-1] == ("condition", False)


def test_an_unmarked_zero_identity_is_still_judged():
    steps = display_steps(r"\mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] = 0")
    assert [s.verdict for s in steps] == ["proved"]


def test_two_equations_joined_by_iff_are_shown_never_refuted():
    # eta = ln(phi/(1-phi)) <=> phi = e^eta/(1+e^eta): each alone was refuted with eta, phi drawn apart
    import math
    phi = 0.3
    eta = math.log(phi / (1 - phi))
    assert abs(math.exp(eta) / (1 + math.exp(eta)) - phi) < 1e-12   # the equivalence itself is right
    (rep,) = check_text("$$\n\\eta = \\ln \\frac{\\phi}{1-\\phi} \\iff \\phi = \\frac{e^\\eta}{1+ e^\\eta}\n$$\n").reports
    assert [(s.kind, s.judged) for s in rep.chain.links()] == [("equivalence", False), ("equivalence", False)]
    assert rep.steps == () or all(s.verdict != "invalid" for s in rep.steps)


def test_an_iff_between_identities_on_other_rows_leaves_them_judged():
    # only the equations of the row that writes \iff are the equivalence's sides
    text = "$$\n\\begin{aligned}\n\\log e^{a} &= a \\\\\nx = 1 &\\iff x - 1 = 0\n\\end{aligned}\n$$\n"
    reps = check_text(text).reports
    kinds = [s.kind for r in reps for s in r.chain.links()]
    assert kinds.count("equivalence") == 2 and kinds.count("equality") == 1


def _doc_links(text):
    return [(s.kind, s.judged) for r in check_text(text).reports for s in r.chain.links()], \
        [s.verdict for r in check_text(text).reports for s in r.steps]


def test_a_normalisation_the_prose_requires_is_shown_not_refuted():
    # sum_i p_i = 1 for the maximum-entropy p: a constraint on p, false for arbitrary p_i (it was invalid)
    links, verdicts = _doc_links("Summing over all states, we require that:\n\n$$\n\\sum_{i=1}^N p_i = 1.\n$$\n")
    assert links == [("condition", False)] and verdicts == []


def test_equating_to_zero_makes_the_display_a_solution_of_equations():
    text = ("Differentiate with respect to $w$ and equate to 0\n$$\n\\begin{aligned}\n"
            "x - \\log(w) + \\log(1-w) &= 0 \\\\\n\\log(1-w) - \\log(w) &= -x\n\\end{aligned}\n$$\n")
    links, verdicts = _doc_links(text)
    assert links == [("condition", False), ("condition", False)] and "invalid" not in verdicts


def test_without_words_the_model_normalisation_is_still_proved():
    links, verdicts = _doc_links("Then\n\n$$\n\\sum_x p_\\theta(x) = 1\n$$\n")
    assert verdicts == ["proved"]
