"""U, E written bare in statistical mechanics: the model's mean energy <E> (derivation/meaning/thermo_energy.py).
On main 90a9465 each row holding a bare U was unreadable ("the energy U without its state")."""
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text

CANONICAL = ("The canonical ensemble at inverse temperature $\\beta$, with energies $E_i$ of the states $i$:\n\n"
             "$$\nZ = \\sum_i e^{-\\beta E_i}\n$$\n\n$$\nROW\n$$\n")


def _last(doc, row):
    return check_text(doc.replace("ROW", row), "t.md", timeout=30).reports[-1].steps[-1]


def test_the_heat_capacity_identity_is_proved():
    s = _last(CANONICAL, r"\frac{\partial U}{\partial \beta} = -\langle E^2 \rangle + U^2")
    assert s.verdict == "proved", s.explanation


def test_a_lost_sign_is_refuted_and_recomputed():
    s = _last(CANONICAL, r"\frac{\partial U}{\partial \beta} = \langle E^2 \rangle - U^2")
    assert s.verdict == "invalid", s.explanation
    d = s.counterexample.as_dict()
    t = d["tables"]
    beta = float(Fraction(t["beta ="]))
    # each state's e^{-E} is printed: E = -ln(e^{-E})
    energies = [-math.log(float(Fraction(v["e^{-E}"]))) for k, v in sorted(t.items()) if k.startswith("E(")]
    w = [math.exp(-beta * e) for e in energies]
    z = sum(w)
    mean = sum(wi * e for wi, e in zip(w, energies)) / z
    second = sum(wi * e * e for wi, e in zip(w, energies)) / z
    var = second - mean ** 2                    # dU/dbeta = -Var(E)
    assert abs(d["lhs"] - (-var)) < 1e-9 and abs(d["rhs"] - var) < 1e-9 and var > 0


def test_a_bare_energy_beside_an_energy_of_a_state_is_not_guessed():
    # E(x) written: a bare E may be E(x) with its state dropped, or <E>: never read as either
    doc = ("A model $p(x) = e^{-\\beta E(x)}/Z$ at inverse temperature $\\beta$.\n\n"
           "$$\n\\log p(x) = -\\beta E(x) - \\log Z\n$$\n\n$$\n\\log p(x) = -\\beta E - \\log Z\n$$\n")
    s = check_text(doc, "t.md", timeout=30).reports[-1].steps[-1]
    assert s.verdict == "unreadable" and "E without its state" in s.explanation, s.explanation


def test_the_enthalpy_is_no_mean_energy():
    s = _last(CANONICAL, r"H = U + P V")
    assert s.verdict == "unreadable" and "H without its state" in s.explanation, (s.verdict, s.explanation)


def test_a_bare_energy_in_a_boltzmann_factor_is_a_state_s_energy_not_the_mean():
    # P = e^{-beta E}/Z: E is the energy of the state here; read as <E> the row would be refuted
    doc = ("The canonical ensemble at inverse temperature $\\beta$.\n\n$$\nP = \\frac{e^{-\\beta E}}{Z}\n$$\n\n"
           "$$\n\\frac{\\partial U}{\\partial \\beta} = -\\langle E^2 \\rangle + U^2\n$$\n")
    steps = [s for r in check_text(doc, "t.md", timeout=30).reports for s in r.steps]
    assert steps and all(s.verdict != "invalid" for s in steps), [(s.verdict, s.explanation) for s in steps]
