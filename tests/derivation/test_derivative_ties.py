"""A letter the row differentiates by another letter (dT/dbeta) depends on it for the author
(derivation/meaning/model_ties.py differentiated_letters): read as an arbitrary constant, dT/dbeta = 0 and the
chain rule of a change of variable would be refuted. The row gets a reading the checker cannot judge: never
`invalid` on that ground, and a proof in the main reading stands."""
import math

from derivation.meaning.model_ties import differentiated_letters
from derivation.read.general import parse_general

from ._verdicts import display_steps


def test_chain_rule_by_a_change_of_temperature_is_not_refuted():
    # d<E>/dbeta = (dT/dbeta) d<E>/dT with T = 1/(k_B beta) said in words only: it was `invalid`
    (step,) = display_steps(r"\frac{d\langle E\rangle}{d\beta} = \frac{dT}{d\beta} \frac{d\langle E\rangle}{dT}")
    assert step.verdict == "undecided" and step.limit == "reading"
    assert "T a function of beta" in step.explanation


def test_a_proof_in_the_main_reading_stands_beside_the_tie():
    steps = display_steps(r"\frac{d}{d\beta}\left(T + \log Z\right) = \frac{dT}{d\beta} - \langle E\rangle")
    assert [s.verdict for s in steps] == ["proved"]


def test_the_sign_slip_without_a_letter_derivative_is_still_refuted():
    # d log Z/dbeta = -<E>: recomputed on E = (0, 1) at beta = 0 by central differences, -0.5 against +0.5
    def log_z(b):
        return math.log(math.exp(-b * 0) + math.exp(-b * 1))
    slope = (log_z(1e-6) - log_z(-1e-6)) / 2e-6
    mean_energy = (0 * 1 + 1 * 1) / 2
    assert abs(slope + mean_energy) < 1e-6 and abs(slope - mean_energy) > 0.9
    (step,) = display_steps(r"\frac{d \log Z}{d\beta} = \langle E\rangle")
    assert step.verdict == "invalid"


def test_which_letters_are_tied():
    side = parse_general(r"\frac{dT}{d\beta} \frac{d\langle E\rangle}{dT} + \frac{dZ}{d\beta} + \frac{d\theta}{d\theta}")
    assert differentiated_letters([side], set()) == [("T", "beta")]
    assert differentiated_letters([side], {"T"}) == []   # bound by the meaning: nothing to tie
