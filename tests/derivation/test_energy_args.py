"""An energy letter applied to a distribution's value is no energy (meaning/energy_args.py): EM's
\\mathcal{H}(\\theta, P(Z | Y, \\theta)) was read as the energy of a "state" that is P's expression and a valid row refuted."""
from derivation.run.checkdoc import check_text

from ._verdicts import verdicts


def test_a_function_of_a_posterior_is_never_an_energy_of_it():
    # on main: invalid, through an "energy" of P's expression
    row = r"\mathcal{L}(\theta) = \mathcal{H}(\theta, P(Z \mathrel| Y, \theta))"
    assert verdicts(row, timeout=30) in ([], ["unreadable"])
    rep = check_text(f"$$\n{row}\n$$\n", "t.md")
    assert "an energy takes states" in rep.to_text()


def test_the_energy_of_a_state_is_still_read():
    assert verdicts(r"\frac{e^{-H(x)}}{Z} = p(x)", timeout=30) == ["proved"]
    assert verdicts(r"\frac{e^{-H(x)}}{Z} = 2 p(x)", timeout=30) == ["invalid"]
