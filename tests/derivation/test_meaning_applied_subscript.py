"""A distribution whose argument slipped into its subscript, x ~ p_{\\theta(x)} (the post's last row has
P_{\\Theta(x)}): every written symbol is there, so it is read as p_\\theta(x), the model; a slip beside it
is still refuted."""
from ._verdicts import document_verdicts

# Z as an integral: a row only the general reader reads, so the whole document goes through it.
DOC = "$$\nZ(\\theta) = \\int e^{-E_\\theta(x)} dx\n$$\n\n$$\n\\nabla_\\theta \\log Z(\\theta) = %s\n$$\n"


def test_the_slipped_argument_is_read_as_the_models_distribution():
    got = document_verdicts(DOC % r"-\mathbb{E}_{x \sim p_{\theta(x)}}\left[\nabla_\theta E_\theta(x)\right]")
    assert got == ["proved", "proved"], got


def test_a_sign_slip_beside_it_is_refuted():
    # grad log Z = -E_p[grad E]; the slip drops the minus: wrong whenever E_p[grad E] != 0
    got = document_verdicts(DOC % r"\mathbb{E}_{x \sim p_{\theta(x)}}\left[\nabla_\theta E_\theta(x)\right]")
    assert got == ["proved", "invalid"], got


def test_a_subscript_that_is_not_the_parameter_applied_is_not_rewritten():
    got = document_verdicts(DOC % r"-\mathbb{E}_{x \sim p_{g(x)}}\left[\nabla_\theta E_\theta(x)\right]")
    assert got[1] not in ("proved", "holds", "invalid"), got
