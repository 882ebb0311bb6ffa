"""E_i inside a sum over the states i is the model's energy of state i (derivation/meaning/meaning_values.py
_energy_at_state), as E(i) is: it was an arbitrary table, which refuted the Boltzmann average. Exact values of
the slip are recomputed here by hand."""
import math

from ._verdicts import display_steps


def test_boltzmann_average_with_indexed_energies_is_proved():
    steps = display_steps(r"\langle E\rangle = \frac{1}{Z} \sum_{i} E_{i} \exp(-\beta E_{i}) = - \frac{1}{Z} \frac{dZ}{d\beta}")
    assert [s.verdict for s in steps] == ["proved", "proved"]


def test_the_sign_of_the_second_derivative_is_refuted():
    # E = (0, 1), beta = 0: Z = 2, Z'' = sum E^2 e^{-beta E} = 1, so <E^2> = +1/2, not -Z''/Z = -1/2
    energies, beta = (0.0, 1.0), 0.0
    z = sum(math.exp(-beta * e) for e in energies)
    z2 = sum(e * e * math.exp(-beta * e) for e in energies)
    assert z2 / z == 0.5 and -z2 / z == -0.5
    steps = display_steps(r"\langle E^{2}\rangle = \frac{1}{Z} \sum_{i} E_{i}^{2} \exp(-\beta E_{i}) "
                          r"= - \frac{1}{Z} \frac{d^{2}Z}{d\beta^{2}}")
    assert [s.verdict for s in steps] == ["proved", "invalid"]


def test_a_sum_over_the_data_keeps_its_own_reading():
    # i indexes the N data points here: E_i is not a state's energy, so the row is not proved through it
    steps = display_steps(r"\frac{1}{N}\sum_{i=1}^{N} E_{i} = \langle E\rangle")
    assert all(s.verdict != "proved" for s in steps)


def test_the_hamiltonian_operator_averages_to_the_energy():
    # <H^> = Tr(rho H^) = (1/Z) sum_n E_n e^{-beta E_n} for eigenstates |n> (it was invalid: H^ an arbitrary function)
    steps = display_steps(r"\langle \hat{H} \rangle = \frac{1}{Z} \sum_n E_n e^{-\beta E_n}")
    assert [s.verdict for s in steps] == ["proved"]


def test_the_hamiltonian_average_with_a_sign_slip_is_refuted():
    # E = (0, 1), beta = 1: <E> = e^{-1}/(1 + e^{-1}) = 0.269, (1/Z) sum E e^{+beta E} = e/(1 + e^{-1}) = 1.99
    z = 1 + math.exp(-1)
    assert abs(math.exp(-1) / z - math.exp(1) / z) > 1
    steps = display_steps(r"\langle \hat{H} \rangle = \frac{1}{Z} \sum_n E_n e^{\beta E_n}")
    assert [s.verdict for s in steps] == ["invalid"]
