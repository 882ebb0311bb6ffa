"""Notation read since read5 (issue 21, part 1 and 2): styles and spacing that keep every symbol
(\\mathrel, \\bold, a font typed around a call, a closing \\blacksquare), KL(q | p) with one bar, the closing bar
\\rvert, a condition `\\text{with } y \\in \\{0, 1\\}`, a bare \\nabla before a function of one bold variable; and what
stays unread, named (norms, a Hessian \\nabla^2, a divergence, a conditional expectation given an event)."""
import pytest
import sympy

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.read_error import ReadError
from derivation.read.respell import nabla_convention, respell

from ._verdicts import display_steps, verdicts


def spelled(text: str, nabla=None) -> str:
    return respell(Mapped.of(text, 0), nabla).text


def reading(text: str, nabla=None):
    return parse_row(spelled(text, nabla))


PAIRS = [
    (r"\log P(Y \mathrel| \theta) + P(Y, Z \mathrel{|} \theta)", r"\log P(Y | \theta) + P(Y, Z | \theta)"),
    (r"P(\bold x_i, \bold{z}_i; \theta) + \symbf{v}", r"P(\mathbf{x}_i, \mathbf{z}_i; \theta) + \mathbf{v}"),
    (r"\symbfit{x} + \mathbfit{h}", r"\boldsymbol{x} + \boldsymbol{h}"),
    (r"\mathcal{L(\bar{\theta})} - \tilde{p(z_1, x)}", r"\mathcal{L}(\bar{\theta}) - \tilde{p}(z_1, x)"),
    (r"a = b \quad \blacksquare", r"a = b"),
    (r"a = b \checkmark.", r"a = b"),
    (r"\langle A(x) \rangle_\text{exp} = \langle A(x) \rangle_p", r"\langle A(x) \rangle_{\text{exp}} = \langle A(x) \rangle_p"),
    (r"\log \lvert \Sigma_k \rvert", r"\log | \Sigma_k |"),
    (r"\text{Softmax}(\mathbf{z})_j + 1", r"\left(\frac{e^{z_{j}}}{\sum_{k} e^{z_{k}}}\right) + 1"),
]


@pytest.mark.parametrize("typed, canonical", PAIRS)
def test_typed_and_canonical_read_alike(typed, canonical):
    assert reading(typed) == parse_row(canonical)


def test_kl_with_one_bar_is_the_divergence():
    assert parse_row(r"KL(q(z) | p(z | x))") == parse_row(r"KL(q(z) \| p(z | x))")
    with pytest.raises(ReadError):   # KL(q; p): no bar, no divergence read
        parse_row(r"KL(q ; p)")


IDENTITIES = [   # (valid, slip): the slip is the classic one, refuted
    (r"\mathrm{KL}(q_\phi(x) \mathrel{|} p_\theta(x)) = \mathbb{E}_{q_\phi}[\log q_\phi(x) - \log p_\theta(x)]",
     r"\mathrm{KL}(q_\phi(x) | p_\theta(x)) = \mathbb{E}_{q_\phi}[\log p_\theta(x) - \log q_\phi(x)]"),
    (r"\frac{\partial}{\partial \bold w} \exp(2 \bold w) = 2\exp(2 \mathbf{w})",
     r"\frac{\partial}{\partial \bold w} \exp(2 \bold w) = \exp(2 \mathbf{w})"),
    (r"\frac{\partial \mathcal{L(\theta)}}{\partial \theta} = \frac{\partial}{\partial \theta} \mathcal{L}(\theta) \quad \blacksquare",
     r"\frac{\partial \mathcal{L(\theta)}}{\partial \theta} = \mathcal{L}(\theta) \quad \blacksquare"),
]


@pytest.mark.parametrize("valid, slip", IDENTITIES)
def test_identity_proved_and_slip_refuted(valid, slip):
    assert verdicts(valid, timeout=30) == ["proved"]
    assert verdicts(slip, timeout=30) == ["invalid"]


def test_a_bold_parameter_slip_is_refuted_with_a_counterexample_anyone_recomputes():
    step, = display_steps(r"\frac{\partial}{\partial \bold w} \exp(2 \bold w) = \exp(2 \bold w)", timeout=30)
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    w = sympy.Rational(cx["tables"]["w ="])
    t = sympy.Symbol("t")
    lhs = sympy.diff(sympy.exp(2 * t), t).subs(t, w)      # independent of the checker
    assert sympy.simplify(lhs - sympy.sympify(cx["lhs_exact"])) == 0
    assert sympy.simplify(sympy.exp(2 * w) - sympy.sympify(cx["rhs_exact"])) == 0
    assert sympy.simplify(lhs - sympy.exp(2 * w)) != 0


def test_kl_of_a_second_distribution_whose_readings_disagree_is_undecided_never_refuted():
    # q without its own parameter may be the posterior the prose ties to the model: the readings disagree
    got = verdicts(r"\mathrm{KL}(q(x) \mathrel{|} p(x)) = \sum_x q(x) \log \frac{p(x)}{q(x)}", timeout=30)
    assert got == ["undecided"]


def test_a_condition_with_membership_restricts_the_row_and_never_refutes_it():
    # `\text{with } y \in \{0, 1\}`: a condition the checker does not read; a slip under it is not refuted outside
    got = verdicts(r"y^2 \theta = y \theta \quad \text{with } y \in \{0, 1\}", timeout=30)
    assert got == ["undecided"]
    assert verdicts(r"2 \theta y = \theta y + y \theta \quad \text{with } y \in \{0, 1\}", timeout=30) == ["proved"]
    # with an `=` after it, `with` still separates two equations
    assert verdicts(r"a = a \quad \text{with } b = b", timeout=30) == ["proved", "proved"]


def test_a_bare_nabla_before_a_function_of_one_bold_variable():
    doc = r"\mathrm{Cov}[T] = \nabla^2_{\boldsymbol{\eta}} A(\boldsymbol{\eta})"
    n = nabla_convention(doc)
    assert n == r"\boldsymbol{\eta}"
    assert reading(r"\nabla A(\boldsymbol{\eta})", n) == parse_row(r"\nabla_{\boldsymbol{\eta}} A(\boldsymbol{\eta})")
    # at the estimate: A's gradient by its variable, evaluated there
    assert reading(r"\nabla A(\hat{\boldsymbol{\eta}})", n) == \
        parse_row(r"\nabla_{\hat{\boldsymbol{\eta}}} A(\hat{\boldsymbol{\eta}})")
    # a function of another variable than the document's: not guessed
    with pytest.raises(ReadError, match="without its variable"):
        reading(r"\nabla A(x) = 1", n)
    assert verdicts(r"\nabla_\theta \theta^2 = 2\theta \quad \nabla \log Z(\theta) = \nabla_\theta \log Z",
                    timeout=30) == ["proved", "proved"]


@pytest.mark.parametrize("row, what", [
    (r"\| s(x) - a \|^2 = b", "norm"),
    (r"a - ||y - M(x)||_2^2", "norm"),
    (r"\nabla^2 A = C", "Hessian"),
    (r"\nabla \cdot S(x) = 0", "divergence"),
    (r"\mathbb{E}[X \mid Y = y] = y", "given an event"),
    (r"\frac{\partial f}{\partial (x - \mu)} = 1", "derivative by an expression"),
    (r"\langle S, \nabla_x \log p \rangle = 0", "inner product"),
    (r"p(x_{0:T}) = p(x_0) p(x_{1:T} \mid x_0)", "range of indices"),
])
def test_what_stays_unread_is_named(row, what):
    assert reading(r"\sum_{h_{1:m}} p(v, h_{1:m})") == parse_row(r"\sum_{h} p(v, h)")   # a configuration: read
    with pytest.raises(ReadError, match=what):
        reading(row)


def test_a_braced_letter_differentiated_by_is_the_letter():
    # \partial {Z}_i: \partial takes no argument, the group is the letter Z_i (on main: unexpected `{`)
    assert reading(r"\frac{\partial L}{\partial {Z}_i}") == parse_row(r"\frac{\partial L}{\partial Z_i}")
    assert verdicts(r"\frac{\partial}{\partial {\theta}_k} \theta_k^2 = 2 \theta_k", timeout=30) == ["proved"]
    # the slip reads as its canonical spelling does: undecided (theta_k may be a weight of an unwritten energy)
    slip = verdicts(r"\frac{\partial}{\partial {\theta}_k} \theta_k^2 = \theta_k", timeout=30)
    assert slip == verdicts(r"\frac{\partial}{\partial \theta_k} \theta_k^2 = \theta_k", timeout=30) == ["undecided"]
