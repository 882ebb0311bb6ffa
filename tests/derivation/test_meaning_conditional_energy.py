"""A conditional energy model with a latent (issue 21): E(x, y, z), F_beta(x, y), P(y | x).

x, the first argument of an energy of three states and only ever a condition, is the model's input: the
model is over y with its latent z, its energy's table depending on x arbitrarily (as on a parameter), and
F_beta(x, y) = -(1/beta) log integral_z e^{-beta E(x, y, z)} is the vocabulary's free energy."""
import math

from ._verdicts import document_verdicts

FREE = "$$\nF_\\beta(x,y) = %s\n$$\n\n$$\nP(y \\mid x) = \\frac{\\exp(-\\beta F(x,y))}{\\int_{y'}\\exp(-\\beta F(x,y'))}\n$$\n"
RIGHT = r"-\frac{1}{\beta}\log\int_z \exp(-\beta E(x,y,z))"


def test_the_free_energy_and_the_gibbs_conditional_are_proved():
    assert document_verdicts(FREE % RIGHT) == ["proved", "proved"]


def test_the_marginal_over_the_latent_is_proved():
    text = ("$$\nP(y \\mid x) = \\frac{\\int_z \\exp(-\\beta E(x,y,z))}{\\int_y\\int_z \\exp(-\\beta E(x,y,z))}"
            " = \\frac{\\exp(-\\beta F_{\\beta}(x,y))}{\\int_y \\exp(-\\beta F_{\\beta}(x,y))}\n$$\n")
    assert document_verdicts(text) == ["proved", "proved"]


def test_the_free_energy_without_its_temperature_is_refuted():
    """-log sum_z e^{-beta E} is not -(1/beta) log sum_z e^{-beta E}: one latent value, E = 1, beta = 2:
    -(1/2) log e^{-2} = 1, while -log e^{-2} = 2 (recomputed here)."""
    got = document_verdicts(FREE % r"-\log\int_z \exp(-\beta E(x,y,z))")
    assert got[0] == "invalid", got
    beta, e = 2.0, 1.0
    assert -math.log(math.exp(-beta * e)) / beta != -math.log(math.exp(-beta * e))


def test_a_free_energy_of_three_states_stays_unread():
    """F(x, y, z): the energy itself, or F_beta(x, y) with z uniform? Never judged by a guess."""
    text = "$$\nP(y,z \\mid x) = \\frac{\\exp(-\\beta F(x,y,z))}{\\int_{y}\\int_{z}\\exp(-\\beta F(x,y,z))}\n$$\n"
    got = document_verdicts("$$\nF_\\beta(x,y) = " + RIGHT + "\n$$\n\n" + text)
    assert got[-1] not in ("proved", "holds", "invalid"), got
