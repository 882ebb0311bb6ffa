"""Plain-TeX font switches and doubled bars (derivation/read/respell_fonts.py): each reads as its canonical
spelling; an identity written with them is proved, a slip refuted; a group holding more is left as typed."""
import pytest

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps, verdicts


def spelled(text):
    return respell(Mapped.of(text, 0)).text


@pytest.mark.parametrize("typed, canonical", [
    (r"{\cal L}(\Theta) + {\rm log} P(x)", r"\mathcal{L}(\Theta) + \log P(x)"),
    (r"{\bf x} + {\rm data} + {\it y}", r"\mathbf{x} + \mathrm{data} + {y}"),
    (r"D_{KL}(P \mid\mid Q) + D_{KL}(P \Vert Q)", r"D_{KL}(P \| Q) + D_{KL}(P \| Q)"),
    (r"p(h_{1:m}|o) + p(h^{(k)}_{1:m}|o^{(k)})", r"p(h|o) + p(h^{(k)}|o^{(k)})"),
])
def test_typed_and_canonical_read_alike(typed, canonical):
    assert parse_row(spelled(typed)) == parse_row(canonical)


@pytest.mark.parametrize("typed", [r"{a \cal L}", r"{\rm p_{data}}", r"{\bf \theta x}", r"x_{2:n}", r"x_{1:n-1}"])
def test_a_group_holding_more_is_left_as_typed(typed):
    assert spelled(typed) == typed


def test_identity_proved_and_slip_refuted_with_its_counterexample_recomputed():
    assert verdicts(r"{\rm log} P_\theta(x) = -E_\theta(x) - {\rm log} Z_\theta") == ["proved"]
    step, = display_steps(r"\frac{\partial}{\partial \theta} {\rm exp}(2 \theta) = {\rm exp}(2 \theta)")
    assert step.verdict == "invalid"
    import sympy
    t = sympy.Rational(step.counterexample.as_dict()["tables"]["theta ="])
    assert 2 * sympy.exp(2 * t) != sympy.exp(2 * t)      # d/dθ e^{2θ} = 2 e^{2θ}, never e^{2θ}
    assert sympy.simplify(sympy.sympify(step.counterexample.as_dict()["lhs_exact"]) - 2 * sympy.exp(2 * t)) == 0


def test_a_range_of_every_unit_is_the_configuration():
    assert verdicts(r"\sum_{x_{1:n}} p(x_{1:n}) = 1") == ["proved"]
    assert verdicts(r"\sum_{x_{1:n}} p(x_{1:n}) = 2") == ["invalid"]


def test_one_letter_in_text_bold_is_the_bold_letter():
    # a sum over h binds \textbf{h} as it binds \mathbf{h}: the marginal is proved, the wrong sum refuted
    # (read as a word, \textbf{h} stayed free and the true row was refuted: a false reject)
    from derivation.classroom import check_step
    assert check_step(r"\sum_h P(\textbf{v}, \textbf{h})", r"P(\textbf{v})").verdict == "proved"
    assert check_step(r"\sum_v P(\textbf{v}, \textbf{h})", r"P(\textbf{v})").verdict == "invalid"
    assert check_step(r"\int \textrm{d}x", r"\int \textrm{d}x").verdict != "invalid"   # textrm untouched


def test_a_lower_case_calligraphic_letter_is_the_letter():
    # calligraphic has no lower-case glyphs: \sum_{\mathcal{x}} p(x) sums over x (it bound another letter,
    # left p(x) free, and a true row sum_x p(x) f = E_p[f] was refuted: a false reject of the new blind set)
    from derivation.classroom import check_step
    assert check_step(r"\sum_{\mathcal{x}} p(x)", "1").verdict == "proved"
    assert check_step(r"\sum_{\mathcal{x}} p(x)", "2").verdict == "invalid"


@pytest.mark.parametrize("typed", [
    r"\mathcal{KL}(q \| p)", r"\mathbb{KL}(q \| p)", r"\mathbf{KL}(q \| p)", r"\mathrm{D_{KL}}(q \| p)",
    r"\mathrm{KL}(q \vert\vert p)", r"\mathrm{KL}(q \vert \vert p)", r"\mathrm{KL}(q \parallel p)",
    r"\mathcal{KL}\left(q \,\vert\vert\, p\right)"])
def test_the_divergence_typed_in_another_font_or_with_other_bars_is_kl(typed):
    # each was unreadable: the operator's name in a font the grammar does not know, or bars it does not read
    assert parse_row(spelled(typed)).__repr__().count("kl") == parse_row(r"\mathrm{KL}(q \| p)").__repr__().count("kl")
    assert verdicts(typed + r" = \sum_x q(x) \log \frac{q(x)}{p(x)}") == ["proved"]


def test_kl_with_vert_bars_slip_refuted_and_recomputed():
    # the direction slip: KL(q_phi || p_theta) written with p_theta's expectation
    assert verdicts(r"\mathcal{KL}(q_\phi \vert\vert p_\theta) = \mathbb{E}_{q_\phi}[\log q_\phi(x) - \log p_\theta(x)]") \
        == ["proved"]
    step, = display_steps(r"\mathcal{KL}(q_\phi \parallel p_\theta) = \mathbb{E}_{p_\theta}[\log q_\phi(x) - \log p_\theta(x)]")
    assert step.verdict == "invalid"
    import math
    cx = step.counterexample.as_dict()
    t = cx["tables"]
    uq = [float(__import__("fractions").Fraction(t[f"g_q({s})"]["e^{g}"])) for s in (1, 2)]
    up = [float(__import__("fractions").Fraction(t[f"E({s})"]["e^{-E}"])) for s in (1, 2)]
    q, p = [u / sum(uq) for u in uq], [u / sum(up) for u in up]   # two states of mass 1, as printed
    lhs = sum(a * math.log(a / b) for a, b in zip(q, p))
    rhs = sum(b * (math.log(a) - math.log(b)) for a, b in zip(q, p))
    assert cx["states"] == 2 and lhs == pytest.approx(cx["lhs"]) and rhs == pytest.approx(cx["rhs"])
    assert lhs > 0 > rhs


def test_a_single_bar_in_kl_is_the_divergence_only_between_two_arguments():
    # KL(q(x) | p(x)) (Markdown's escaped KL(p\|q) prints one bar; heldout9b writes it so): KL has no one-argument
    # conditional form, so one bar at the top of its argument list separates its two distributions (read5). Two bars
    # at the top, KL(q | p | r), stay unread.
    assert verdicts(r"\mathrm{KL}(q_\phi | p_\theta) = \sum_x q_\phi(x) \log \frac{q_\phi(x)}{p_\theta(x)}",
                    timeout=30) == ["proved"]
    assert verdicts(r"\mathrm{KL}(q | p | r) = \sum_x q(x) \log \frac{q(x)}{p(x)}") == ["unreadable"]
