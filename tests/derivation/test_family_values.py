"""A definition of the model written at a value of its parameter (q_psi beside q_phi, p_{theta'}, E(x; theta_0))
defines the family there, never a family whose every member has the energy at that value
(derivation/meaning/family_values.py; hostile set 6, B13: KL(q_phi || q_psi) = 0 was proved)."""
from derivation.run.checkdoc import check_text

from ._verdicts import document_verdicts

FALSE = {"proved", "holds"}


def last_verdict(text):
    rep = check_text(text)
    return [s.verdict for r in rep.reports for s in r.steps][-1]


def test_two_members_declared_in_prose_are_not_merged():
    doc = ("Two members of one family: $q_\\phi(x) \\propto e^{\\phi f(x) + g(x)}$ and "
           "$q_\\psi(x) \\propto e^{\\psi f(x) + g(x)}$, with $\\phi \\neq \\psi$.\n\n"
           "$$\n\\mathrm{KL}(q_\\phi \\,\\|\\, q_\\psi) = 0\n$$\n")
    assert last_verdict(doc) not in FALSE


def test_a_primed_member_defined_in_its_own_display():
    doc = ("$$\np_\\theta(x) \\propto e^{\\theta f(x)}\n$$\n\n$$\np_{\\theta'}(x) \\propto e^{\\theta' f(x)}\n$$\n\n"
           "$$\nD_{KL}(p_\\theta \\| p_{\\theta'}) = 0\n$$\n")
    assert document_verdicts(doc)[-1] not in FALSE


def test_only_the_member_at_a_value_defined():
    for value in ("\\theta'", "\\theta_0"):
        doc = (f"$$\np_{{{value}}}(x) \\propto e^{{{value} f(x)}}\n$$\n\n"
               f"$$\nD_{{KL}}(p_\\theta \\| p_{{{value}}}) = 0\n$$\n")
        assert document_verdicts(doc)[-1] not in FALSE, value


def test_a_normalised_member_at_a_value():
    doc = ("$$\np_{\\theta'}(x) = \\frac{e^{\\theta' f(x)}}{Z_{\\theta'}}\n$$\n\n"
           "$$\nD_{KL}(p_\\theta \\| p_{\\theta'}) = 0\n$$\n")
    assert document_verdicts(doc)[-1] == "invalid"


def test_an_exponential_family_at_two_values():
    doc = ("$$\np_\\eta(x) = h(x) \\exp(\\eta T(x) - A(\\eta))\n$$\n\n"
           "$$\np_{\\eta'}(x) = h(x) \\exp(\\eta' T(x) - A(\\eta'))\n$$\n\n"
           "$$\nD_{KL}(p_\\eta \\| p_{\\eta'}) = 0\n$$\n")
    assert document_verdicts(doc)[-1] not in FALSE


def test_an_energy_with_its_parameter_after_a_semicolon():
    doc = "$$\nE(x;\\theta') = \\theta' f(x)\n$$\n\n$$\nZ(\\theta) = Z(\\theta')\n$$\n"
    assert document_verdicts(doc)[-1] == "invalid"


def test_a_member_at_a_compound_value_is_unreadable_not_bound():
    doc = "$$\np_{2\\theta}(x) \\propto e^{2\\theta f(x)}\n$$\n"
    rep = check_text(doc)
    assert [s.verdict for r in rep.reports for s in r.steps] == ["unreadable"]
    assert "2 theta" in rep.reports[0].steps[0].explanation


def test_the_family_at_its_parameter_still_binds():
    doc = ("$$\np_\\theta(x) = \\frac{e^{\\theta f(x)}}{Z_\\theta}\n$$\n\n"
           "$$\n\\frac{d}{d\\theta} \\log Z_\\theta = \\sum_x p_\\theta(x) f(x)\n$$\n")
    assert document_verdicts(doc)[-1] in ("proved", "holds")
