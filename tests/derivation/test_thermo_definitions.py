"""Statistical-mechanics notation bound by the document's own rows (meaning/defined_first.py): `\\beta = 1/(k_B T)`
defines T (beta keeps its meaning as the model's), `U = \\langle E \\rangle = ...` defines the internal energy U
(an energy letter written without a state), d/dT goes through beta by the chain rule, and S is k_B times the
entropy where the document writes k_B. Before, U was unreadable ("the energy U without its state"), the beta row
was judged as a claim with T and k_B arbitrary, and d/dT was unreadable."""
from derivation.run.checkdoc import check_text

DOC = r"""The canonical ensemble. With $\beta = 1/(k_B T)$ the partition function is

$$
Z = \sum_i e^{-\beta E_i}
$$

$$
U = \langle E \rangle = \frac{1}{Z}\sum_i E_i e^{-\beta E_i} = -\frac{\partial \ln Z}{\partial \beta}
$$

$$
\langle E^2 \rangle - \langle E \rangle^2 = \frac{\partial^2 \ln Z}{\partial \beta^2} = -\frac{\partial U}{\partial \beta}
$$

$$
F = -k_B T \ln Z
$$
"""


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def test_the_internal_energy_and_its_fluctuations_are_proved():
    v = _verdicts(DOC)
    assert v.count("proved") >= 5 and "unreadable" not in v and "invalid" not in v


def test_the_free_energy_in_k_B_T_holds_with_T_bound_by_beta():
    v = _verdicts(DOC)
    assert v[-1] in ("proved", "holds")


def test_a_sign_slip_in_the_mean_energy_is_refuted():
    slip = DOC.replace(r"= -\frac{\partial \ln Z}{\partial \beta}", r"= \frac{\partial \ln Z}{\partial \beta}")
    assert "invalid" in _verdicts(slip)


def test_a_sign_slip_in_the_fluctuation_is_refuted():
    slip = DOC.replace(r"-\frac{\partial U}{\partial \beta}", r"\frac{\partial U}{\partial \beta}")
    assert "invalid" in _verdicts(slip)


def test_a_wrong_free_energy_is_never_accepted():
    slip = DOC.replace(r"F = -k_B T \ln Z", r"F = -\frac{k_B}{T} \ln Z")
    assert _verdicts(slip)[-1] not in ("proved", "holds")


def test_the_entropy_through_d_by_dT_is_not_refuted():
    doc = DOC + "\n$$\nS = -\\frac{\\partial F}{\\partial T} = k_B \\ln Z + \\frac{U}{T}\n$$\n"
    assert "invalid" not in _verdicts(doc)[-2:]


def test_U_written_with_a_state_stays_the_energy_function():
    doc = "$$\np(x) = \\frac{e^{-U(x)}}{Z}\n$$\n\n$$\nU(x) = -\\log p(x) - \\log Z\n$$\n"
    assert _verdicts(doc)[-1] == "proved"
