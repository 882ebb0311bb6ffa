"""Issue 18 part 1: every symbol written is part of the reading, or the row is unreadable naming it.

For each kind of dropped symbol (a parameter's value, a prime, a subscript, a second distribution's letter,
a sum's domain) a wrong row is never `proved` or `holds`, and its right counterpart, which writes the same
marks consistently, is still proved: the mark is read, not merely refused."""
import pytest

from derivation.run.checkdoc import check_text

from ._verdicts import display_steps

VALID = ("proved", "holds")


steps = display_steps


def verdicts(tex: str) -> list[str]:
    return [s.verdict for s in steps(tex)]


# (wrong row, its right counterpart) per mark that was dropped
PAIRS = {
    "a parameter plus a perturbation": (
        r"\log Z(\theta+\epsilon) = \log Z(\theta)",
        r"\log p_{\theta+\epsilon}(x) = -E_{\theta+\epsilon}(x) - \log Z(\theta+\epsilon)"),
    "a primed parameter": (
        r"Z(\theta') = Z(\theta)",
        r"\log p_{\theta'}(x) = -E_{\theta'}(x) - \log Z(\theta')"),
    "a numeric subscript on the parameter": (
        r"Z_{\theta_0} = Z_\theta",
        r"\sum_x p_{\theta_0}(x) = 1"),
    "a compound subscript on the parameter": (
        r"E_{\theta_{t+1}}(x) + \langle E_\theta \rangle = E_\theta(x) + \langle E_\theta \rangle",
        r"E_{\theta_{t+1}}(x) + \langle E_\theta \rangle = \langle E_\theta \rangle + E_{\theta_{t+1}}(x)"),
    "a hat on the parameter": (
        r"Z(\hat\theta) = Z(\theta)",
        r"\log Z(\hat\theta) = \log \sum_x e^{-E_{\hat\theta}(x)}"),
    "twice the inverse temperature": (
        r"Z(2\beta) = Z(\beta)",
        r"\log Z(2\beta) = \log \sum_x e^{-2\beta E(x)}"),
    "a parameter after a semicolon": (
        r"E(x;\theta') = E(x;\theta)",
        r"\frac{\partial}{\partial\theta} E(x;\theta') = 0"),
    "another letter for the same family's parameter": (
        r"p_\theta(x) = p_\phi(x)",
        r"\sum_x p_\phi(x) = \sum_x p_\theta(x)"),
    "a second distribution's letter with the model's parameter": (
        r"D_{KL}(q_\theta \| p_\theta) = 0",
        r"D_{KL}(q_\theta \| p_\theta) = \mathbb{E}_{x\sim q_\theta}[\log q_\theta(x) - \log p_\theta(x)]"),
    "a prime on a function": (
        r"f'(x) + \langle E_\theta \rangle = f(x) + \langle E_\theta \rangle",
        r"f'(x) + f(x) = f(x) + f'(x)"),
    "the domain of a sum": (
        r"\sum_{x \in A} p_\theta(x) = 1",
        r"\sum_{x \in \mathcal{X}} p_\theta(x) = 1"),
    "the measure of an integral": (
        r"\int f(x)\, dq_\phi(x) = \int f(x)\, dx",
        r"\int f(x)\, d\mu(x) = \int f(x)\, d\mu(x) + 0"),
    "a conditioning bar": (
        r"E_\theta(x, h) = E_\theta(x)",
        r"p_\theta(h \mid x) = \frac{p_\theta(x, h)}{p_\theta(x)}"),
    "a variational distribution's conditioning (never the model's posterior)": (
        r"\mathbb{E}_{h \sim q_\phi(h|v)}[E_\theta(v, h)] = \mathbb{E}_{h \sim p_\theta(h|v)}[E_\theta(v, h)]",
        r"\log p_\theta(v) = \mathbb{E}_{h \sim q_\phi(h|v)}[\log p_\theta(v, h) - \log q_\phi(h|v)]"
        r" + D_{KL}(q_\phi(h|v) \| p_\theta(h|v))"),
    "the domain of an integral": (
        r"\int_A p_\theta(x)\,dx = 1",
        r"\int_{\mathcal{X}} p_\theta(x)\,dx = 1"),
}


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_the_wrong_row_is_never_accepted(kind):
    wrong, _ = PAIRS[kind]
    got = verdicts(wrong)
    assert got and all(v not in VALID for v in got), (kind, got)


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_the_right_counterpart_is_still_proved(kind):
    _, right = PAIRS[kind]
    assert verdicts(right) == ["proved"], kind


@pytest.mark.parametrize("row", [
    r"\log Z(\theta+\epsilon) = \log Z(\theta)",
    r"Z(\theta') = Z(\theta)",
    r"Z(2\beta) = Z(\beta)",
    r"p_\theta(x) = p_\phi(x)",
    r"D_{KL}(q_\theta \| p_\theta) = 0",
])
def test_another_value_is_refuted_with_its_own_number(row):
    """The family at another value is evaluated there: the counterexample gives that value a number of its
    own, different from the parameter's, and the two sides differ on it."""
    (rep,) = steps(row)
    assert rep.verdict == "invalid", rep.explanation
    c = rep.counterexample
    assert c is not None and c.lhs != c.rhs


def test_the_value_and_the_parameter_have_separate_numbers_in_the_counterexample():
    (rep,) = steps(r"Z(\theta') = Z(\theta)")
    printed = {k[:-2]: v for k, v in rep.counterexample.instance.tables.items() if k.endswith(" =")}
    assert printed.get("theta'") is not None and printed.get("theta") is not None
    assert printed["theta'"] != printed["theta"]


@pytest.mark.parametrize("row", [r"Z' = Z", r"p'(x) = p(x)", r"Z^{(t)} = Z"])
def test_a_marked_object_the_vocabulary_has_no_object_for_is_unreadable_naming_it(row):
    (rep,) = steps(row)
    assert rep.verdict == "unreadable", rep.verdict


def test_the_derivative_by_another_value_sees_only_that_value():
    """d/dtheta of Z at theta' is 0 (the family at theta' does not move with theta); d/dtheta' of it is not."""
    assert verdicts(r"\frac{\partial}{\partial\theta} \log Z(\theta') = 0") == ["proved"]
    got = verdicts(r"\nabla_\theta \log Z(\theta) = \nabla_\theta \log Z(\theta')")
    assert got and got[0] not in VALID


def test_a_letter_written_with_the_parameter_depends_on_it():
    """c_theta is an arbitrary function of theta (its subscript is read), never a constant."""
    got = verdicts(r"\frac{\partial}{\partial\theta} c_\theta = 0")
    assert got and got[0] not in VALID
    assert verdicts(r"\frac{\partial}{\partial\theta} (c\, \theta) = c") == ["proved"]


def test_a_subscript_bound_by_a_sum_is_read_as_the_bound_index():
    assert verdicts(r"\sum_{m} a_m = \sum_{m} a_1") == ["invalid"]
    assert verdicts(r"\sum_{m} (a_m + c) = \sum_m a_m + \sum_m c") == ["proved"]


def test_the_float_evaluator_and_the_exact_one_agree_at_another_value():
    """The family at another value (Z(2 theta + epsilon), Z(theta^2)) has the same value in the fast float
    evaluation (jets.py) as in the exact one, derivatives included."""
    import numpy as np
    import sympy

    from derivation.judge.instances import _expanded, evaluate, float_value, random_instances
    from derivation.judge.taylor import Unsupported
    row = r"\nabla_\theta \nabla_\theta \log Z(\theta^2) + \log Z(2\theta+\epsilon) = \log Z(\theta')"
    (rep,) = steps(row)
    compared = 0
    for inst in random_instances(np.random.default_rng(1), 12, second_order=True):
        for side in (rep.step.lhs, rep.step.rhs):
            try:
                fast = float_value(_expanded(side), inst)
            except Unsupported:   # a float out of range: the search then takes the exact value itself
                continue
            exact = float(sympy.N(evaluate(side, inst)))
            assert fast == pytest.approx(exact, rel=1e-9, abs=1e-9)
            compared += 1
    assert compared >= 8


def test_a_row_writing_z_phi_does_not_merge_q_phi_with_the_model():
    """Z_phi elsewhere in the document made phi the model's parameter, and KL(q_phi || p_theta) = 0 was read
    as KL(p || p): phi is now another value of the family, q_phi a distribution of its own."""
    doc = ("$$\nZ_\\phi = \\sum_x e^{-E_\\phi(x)}\n$$\n\n$$\nD_{KL}(q_\\phi \\| p_\\theta) = 0\n$$\n\n"
           "$$\n\\sum_x q_\\phi(x) = 1\n$$\n")
    got = [s.verdict for r in check_text(doc).reports for s in r.steps]
    assert got[0] == "proved" and got[1] not in VALID and got[2] == "proved", got


def test_the_data_distribution_written_with_the_parameter_is_never_read_without_it():
    """\\hat p(x | theta) read as the data distribution would drop theta (the data carry no parameter). With the
    parameter it is read as the model's unnormalized density (roles_marks.py), theta kept, with a reading the
    checker cannot judge (an arbitrary function): refuted only so, the row is undecided, never invalid."""
    (rep,) = steps(r"\nabla_\theta \log \hat p(x \mid \theta) = 0")
    # \hat p with a parameter is the model's unnormalized density, or the document's own (a reading that
    # cannot be judged): never the data distribution, on which the row would be proved
    assert rep.verdict in ("unreadable", "undecided") and "parameter" in rep.explanation
