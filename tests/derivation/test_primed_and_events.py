"""Three readings of the discriminator's derivation (Kim & Bengio's eq. (8), as blogs write it):
- a primed function E'_psi(x) in a document that never writes E is a function of its own, of x and of psi
  (meaning.py; defined_first.unprimed): never the model's energy, never constant in psi;
- an event probability P_psi(y = 1 | x) that a row defines is that definition at every conditioning point
  (defined_first.event_key): another event of P (y = 0) is not guessed;
- a display that writes both x and x^+ has a second reading with x^+ the same point as x
  (parse_readings.same_point): a step right only so is undecided, never invalid."""
import math

from derivation.run.checkdoc import check_text


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def _steps(text):
    return [s for r in check_text(text).reports for s in r.steps]


def test_a_primed_energy_of_its_own_is_read_and_sigma_unfolds():
    assert _verdicts("$$\n\\sigma(-E_{\\psi}'(x)) = \\frac{1}{1+e^{E_{\\psi}'(x)}}\n$$\n") == ["proved"]


def test_the_primed_function_depends_on_its_parameter():
    # the chain rule with the inner derivative dropped: true only if dE'/dpsi were 0 (it was proved so before the
    # subscript's parameter became an argument of the function)
    row = (r"\frac{\partial e^{E_{\psi}'(x)}}{\partial \psi} = \frac{\partial E_{\psi}'(x)}{\partial \psi}")
    assert _verdicts(f"$$\n{row}\n$$\n") == ["invalid"]
    good = r"\frac{\partial e^{E_{\psi}'(x)}}{\partial \psi} = e^{E_{\psi}'(x)} \frac{\partial E_{\psi}'(x)}{\partial \psi}"
    assert _verdicts(f"$$\n{good}\n$$\n") == ["proved"]


DISCRIMINATOR = r"""$$
\begin{{align*}}
P_{{\psi}}(y=1|x) & = \sigma (-E_{{\psi}}'(x)) \\
\log P_{{\psi}}(y=1|x) & = {rhs}
\end{{align*}}
$$
"""


def test_an_event_probability_defined_by_a_row_is_bound():
    assert _verdicts(DISCRIMINATOR.format(rhs=r"- \log(1+e^{E_{\psi}'(x)})"))[-1] in ("proved", "holds")


def test_log_1_written_as_1_is_refuted_and_the_counterexample_recomputes():
    steps = _steps(DISCRIMINATOR.format(rhs=r"1 - \log(1+e^{E_{\psi}'(x)})"))
    bad = steps[-1]
    assert bad.verdict == "invalid"
    c = bad.counterexample.as_dict()
    # whatever value E' takes, the right side is the left side + 1
    assert math.isclose(c["rhs"] - c["lhs"], 1.0, rel_tol=1e-9)


def test_another_event_of_the_same_distribution_is_not_guessed():
    doc = DISCRIMINATOR.format(rhs=r"- \log(1+e^{E_{\psi}'(x)})") + \
        "\n$$\n1 - P_{\\psi}(y=1|x) = P_{\\psi}(y=0|x)\n$$\n"
    assert _verdicts(doc)[-1] in ("unreadable", "undecided")


def test_a_unit_event_of_an_rbm_stays_a_claim():
    # p(h_j = 1 | v) is the model's conditional: a wrong sign is refuted, never taken as a definition
    doc = (r"$$E(v, h) = -\sum_i a_i v_i - \sum_j b_j h_j - \sum_{i,j} v_i W_{ij} h_j$$" "\n\n"
           r"$$p(h_j = 1 | v) = \sigma(-b_j - \sum_i v_i W_{ij})$$" "\n")
    assert "definition" not in _verdicts(doc) and "proved" not in _verdicts(doc)


def test_x_beside_x_plus_is_undecided_not_invalid():
    doc = ("$$\n\\frac{\\partial \\log(1+e^{E_{\\psi}'(x^+)})}{\\partial \\psi} = \\frac{1}{1+e^{E_{\\psi}'(x)}} "
           "\\frac{\\partial e^{E_{\\psi}'(x^+)}}{\\partial \\psi}\n$$\n")
    assert _verdicts(doc) == ["undecided"]


def test_x_plus_and_x_minus_without_x_are_two_points():
    doc = "$$\nE_{\\psi}'(x^+) - E_{\\psi}'(x^-) = 0\n$$\n"
    assert _verdicts(doc) == ["invalid"]
