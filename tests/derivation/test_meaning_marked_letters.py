"""Marked distribution letters (issue 21): \\hat p_\\theta, \\hat p tied by p = \\hat p / z(\\theta), \\mathcal{P}.

A hat with a parameter is the model's unnormalized density p~ = e^{-E}: bound when the document writes
p = \\hat p / Z (then a slip is refuted), read so with a second reading the checker cannot judge when it does not
(then a valid row is proved, and a row refuted only under p~ is undecided, never invalid). A hat without a
parameter stays the data distribution."""
from ._verdicts import document_verdicts

VALID = ("proved", "holds")

TIED = r"""
$$
\begin{align*}
p(x|\theta) &= \frac{1}{z(\theta)} \hat{p}(x|\theta) \\
z(\theta) &= \sum_x \hat{p}(x|\theta)
\end{align*}
$$

$$
\nabla_{\theta}\log z(\theta) = %s
$$
"""


def test_the_tied_hat_is_the_unnormalized_density_and_z_its_normalizer():
    got = document_verdicts(TIED % r"\sum_x p(x|\theta)\nabla_{\theta}\log\hat{p}(x|\theta)")
    assert got == ["proved", "proved", "proved"], got   # p = p^/z, z = sum p^, and the gradient of log z


def test_a_slip_with_the_tied_hat_is_refuted():
    """grad log z = sum_x grad log p^(x) (the weights p(x) dropped): false for two states with
    e^{-E} = (1, 1) and dE/dtheta = (1, 0): grad log z = -1/2, while the slip gives -1."""
    got = document_verdicts(TIED % r"\sum_x \nabla_{\theta}\log\hat{p}(x|\theta)")
    assert got[-1] == "invalid", got
    w, dw = (1.0, 1.0), (-1.0, 0.0)          # e^{-E} and its theta-derivative, recomputed by hand
    assert sum(dw) / sum(w) != sum(d / v for d, v in zip(dw, w))


UNTIED = "$$\n\\nabla_\\theta \\log P(x; \\theta) = %s\n$$\n"


def test_an_untied_hat_with_a_parameter_proves_the_valid_row():
    got = document_verdicts(UNTIED % r"\nabla_\theta \log \hat{P}(x; \theta) - \nabla_\theta \log Z(\theta)")
    assert got == ["proved"], got


def test_an_untied_hat_never_refutes_alone():
    """The log dropped on P^ (a slip under p~, but the document never says P^ is p~): undecided, never
    invalid."""
    got = document_verdicts(UNTIED % r"\nabla_\theta \hat{P}(x; \theta) - \nabla_\theta \log Z(\theta)")
    assert got == ["undecided"], got


def test_a_hat_without_a_parameter_is_still_the_data():
    text = "$$\n\\sum_x \\hat{p}(x) \\log p_\\theta(x) = \\frac{1}{N}\\sum_{i=1}^N \\log p_\\theta(x_i)\n$$\n"
    got = document_verdicts(text)
    assert got and all(v in VALID for v in got), got


def test_a_calligraphic_letter_is_the_plain_one():
    text = ("$$\n\\nabla_\\theta \\log \\mathcal{P}(x; \\theta) = \\nabla_\\theta \\log \\hat{\\mathcal{P}}(x; \\theta)"
            " - \\nabla_\\theta \\log Z(\\theta)\n$$\n")
    assert document_verdicts(text) == ["proved"]


# ---- P(tau | theta) beside the model pi_theta: an arbitrary parametrized distribution ---------------------

POLICY = ("$$\n\\sum_a \\pi_\\theta(a) = 1\n$$\n\n"   # the model is the policy pi_theta
          "$$\n\\nabla_{\\theta} P(\\tau | \\theta) = %s\n$$\n")


def test_the_log_derivative_trick_holds_for_a_distribution_of_its_own():
    got = document_verdicts(POLICY % r"P(\tau | \theta) \nabla_{\theta} \log P(\tau | \theta)")
    assert got == ["proved", "proved"], got


def test_the_log_derivative_trick_upside_down_is_refuted():
    """grad P = grad log P / P is false for any positive P: P = 1/2 with dP/dtheta = 1 gives 1 against 4."""
    got = document_verdicts(POLICY % r"\frac{1}{P(\tau | \theta)} \nabla_{\theta} \log P(\tau | \theta)")
    assert got == ["proved", "invalid"], got
    p, dp = 0.5, 1.0
    assert dp != (dp / p) / p


def test_a_row_true_for_the_model_only_is_not_refuted():
    """sum_tau tau-free identity of the model (grad log P = -grad E + E[grad E]) with P read as its own
    distribution: refuted that way, true if P is the model: never invalid."""
    text = ("$$\n\\nabla_\\theta \\log P(\\tau | \\theta) = -\\nabla_\\theta E_\\theta(\\tau) + "
            "\\mathbb{E}_{x \\sim \\pi_\\theta}[\\nabla_\\theta E_\\theta(x)]\n$$\n")
    got = document_verdicts(text)
    assert got and got[0] != "invalid", got
