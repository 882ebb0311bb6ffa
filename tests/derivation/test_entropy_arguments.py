"""The entropy of a distribution written with its variables (H(p(v, h)), H(p(v)), H(p(h | v))) keeps them (issue 18
part 1): in a latent-variable document the joint's, the marginal's and the conditional's entropies are three
objects, never one H(p); the reader does not have them, so the row is unreadable, naming it (hostile_set4 D16 was
read as H(p) = H(p) - ... and refuted)."""
from derivation.run.checkdoc import check_text


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def test_joint_and_marginal_entropies_are_never_merged():
    row = r"H(p(v, h)) = H(p(v)) - \sum_v p(v) \sum_h p(h \mid v) \log p(h \mid v)"
    assert _verdicts(f"$$\n{row}\n$$\n") in (["unreadable"], ["undecided"])
    assert _verdicts("$$\nH(p(v, h)) = H(p(v))\n$$\n") in (["unreadable"], ["undecided"])


def test_the_entropy_of_a_one_state_model_is_read_as_before():
    assert _verdicts("$$\nH(p(x)) = -\\sum_x p(x) \\log p(x)\n$$\n") == ["proved"]


def test_a_conditional_entropy_keeps_its_reading():
    doc = "$$\nH(q(h \\mid v)) = -\\sum_h q(h \\mid v) \\log q(h \\mid v)\n$$\n"
    assert _verdicts("$$\np_\\theta(v, h) = \\frac{e^{-E_\\theta(v, h)}}{Z_\\theta}\n$$\n\n" + doc)[-1] == "proved"
