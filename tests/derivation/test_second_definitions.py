"""A second distribution the document defines is never the model (hostile set 7, B27, B04, B05).

`Let $q_\\phi(x) = \\frac{e^{\\phi f(x) + g(x)}}{\\sum_{x'} e^{\\phi f(x') + g(x')}}$ be a second model`: the
exponential-family row was bound as the model's energy (explicit.py, family_row), so p_theta was q_phi and
E_q[grad log p_theta] = 0 was proved. H(q_phi, p_theta) was read as an energy of two states (a latent model),
and the one-state family form applied to two states was an internal error shown as undecided."""
from derivation.run.checkdoc import check_text

MODEL = "$$\np_\\theta(x) = \\frac{1}{Z_\\theta} \\exp\\left(-E_\\theta(x)\\right)\n$$\n\n"
SECOND = ("Let $q_\\phi(x) = \\frac{e^{\\phi f(x) + g(x)}}{\\sum_{x'} e^{\\phi f(x') + g(x')}}$ be a second model "
          "with its own parameter $\\phi$.\n\n")
FAMILY = "$$\np_\\theta(x) = h(x) \\exp\\left(\\theta T(x) - A(\\theta)\\right)\n$$\n\n"


def _steps(text):
    return [s for r in check_text(text).reports for s in r.steps]


def _last(text):
    return _steps(text)[-1].verdict


def test_a_defined_second_distribution_is_not_the_model():
    row = ("$$\n\\nabla_\\theta\\, \\mathbb{E}_{x \\sim q_\\phi}\\left[\\log p_\\theta(x)\\right] = "
           "\\mathbb{E}_{x \\sim q_\\phi}\\left[\\nabla_\\theta E_\\theta(x)\\right] - "
           "\\mathbb{E}_{x \\sim q_\\phi}\\left[\\nabla_\\theta E_\\theta(x)\\right]\n$$\n")
    assert _last(MODEL + SECOND + row) == "invalid"   # q_phi means its definition: refuted on it


def test_its_definition_is_shown_not_judged():
    steps = _steps(MODEL + SECOND + "$$\nH(q_\\phi) = H(q_\\phi)\n$$\n")
    assert [s.verdict for s in steps if s.step.to_line == 5] == []   # the definition row is a link, not a step


def test_cross_entropy_of_two_distributions():
    true = "$$\nH(q_\\phi, p_\\theta) = H(q_\\phi) + \\mathrm{KL}(q_\\phi \\,\\|\\, p_\\theta)\n$$\n"
    false = true.replace("= H(q_\\phi)", "= H(p_\\theta)")
    for model in (MODEL, FAMILY):   # the family form gave "Lambda takes exactly 1 argument (2 given)"
        assert _last(model + true) == "proved"
        assert _last(model + false) == "invalid"
    assert _last(MODEL + SECOND + true) == "proved"
    assert _last(MODEL + SECOND + false) == "invalid"


def test_a_proportional_definition_holds_up_to_a_factor():
    # hostile set 6, B13: q_phi(x) \propto e^{...} was checked as q_phi(x) = e^{...}; every instance broke it
    text = ("Two members of one family: $q_\\phi(x) \\propto e^{\\phi f(x) + g(x)}$ and "
            "$q_\\psi(x) \\propto e^{\\psi f(x) + g(x)}$, with $\\phi \\neq \\psi$.\n\n"
            "$$\n\\mathrm{KL}(q_\\phi \\,\\|\\, q_\\psi) = 0\n$$\n")
    assert _last(text) == "invalid"


def test_a_second_distribution_defined_as_the_model_is_never_refuted():
    # `Let q(x) \propto e^{-E(x)}`: q is p_theta; the row defining it was judged with q the data, then KL(q || p) = 0
    # was refuted with q drawn apart from its definition
    text = MODEL + "Let $q(x) \\propto e^{-E_\\theta(x)}$ be another distribution.\n\n" \
        "$$\n\\mathrm{KL}(q \\,\\|\\, p_\\theta) = 0\n$$\n"
    verdicts = [s.verdict for s in _steps(text)]
    assert "invalid" not in verdicts


def test_a_defined_second_distribution_means_its_definition():
    row = "$$\n\\frac{\\partial}{\\partial \\phi} \\log \\sum_{x} e^{\\phi f(x) + g(x)} = \\mathbb{E}_{x \\sim %s}[f(x)]\n$$\n"
    assert _last(MODEL + SECOND + row % "q_\\phi") == "proved"
    assert _last(MODEL + SECOND + row % "p_\\theta") == "invalid"
    proportional = SECOND.replace("\\frac{e^{\\phi f(x) + g(x)}}{\\sum_{x'} e^{\\phi f(x') + g(x')}}", "").replace(
        "(x) = ", "(x) \\propto e^{\\phi f(x) + g(x)}")
    assert "propto" in proportional
    assert _last(MODEL + proportional + row % "q_\\phi") == "proved"


def test_a_sum_over_part_of_the_states_is_not_its_definition():
    # q_phi normalized over x' != x only: not the form e^{g}/sum over every state; q stays arbitrary, never proved
    part = SECOND.replace("\\sum_{x'}", "\\sum_{x' \\neq x}")
    row = "$$\n\\frac{\\partial}{\\partial \\phi} \\log \\sum_{x} e^{\\phi f(x) + g(x)} = \\mathbb{E}_{x \\sim q_\\phi}[f(x)]\n$$\n"
    assert _last(MODEL + part + row) not in ("proved", "holds")


def test_the_defined_family_at_another_parameter():
    # only q_phi is defined: q_psi is the same family at psi (issue 18), never an arbitrary table refuting a true row
    kl = ("$$\n\\mathrm{KL}(q_\\phi \\,\\|\\, q_\\psi) = \\mathbb{E}_{x \\sim q_\\phi}[(\\phi - \\psi) f(x)] + "
          "\\log \\sum_{x} e^{\\psi f(x) + g(x)} - \\log \\sum_{x} e^{\\phi f(x) + g(x)}\n$$\n")
    assert _last(MODEL + SECOND + kl) == "proved"
    assert _last(MODEL + SECOND + kl.replace("(\\phi - \\psi)", "(\\psi - \\phi)")) == "invalid"


def test_a_second_distribution_at_a_value_of_its_parameter_is_not_itself():
    # q_{phi'}, q_{phi_0}, q_{2 phi}: the value was dropped and the row proved as about q_phi alone
    for value in ("\\phi'", "\\phi_0", "2\\phi", "\\phi + \\epsilon"):
        row = "$$\n\\mathbb{E}_{x \\sim q_{%s}}[f(x)] = \\mathbb{E}_{x \\sim q_{\\phi}}[f(x)]\n$$\n" % value
        assert _last(MODEL + row) not in ("proved", "holds"), value
