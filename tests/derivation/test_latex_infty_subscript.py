"""Hinton's `\\rangle_\\infty` without braces (found by probing course-note styles): read as `_{\\infty}`,
the model expectation (derivation/read/general_operators.py: script_arg). Before, the row was unreadable."""
from derivation.run.checkdoc import check_text

ROW = (r"\left\langle \frac{\partial \log p(v)}{\partial w} \right\rangle_0 = "
       r"\left\langle -\frac{\partial E}{\partial w} \right\rangle_0 SIGN "
       r"\left\langle -\frac{\partial E}{\partial w} \right\rangle_\infty")


def verdicts(row):
    rep = check_text("$$\n" + row + "\n$$\n")
    return [s.verdict for r in rep.reports for s in r.steps]


def test_unbraced_infty_is_the_model_phase():
    assert verdicts(ROW.replace("SIGN", "-")) == ["proved"]


def test_the_sign_slip_is_refuted():
    assert verdicts(ROW.replace("SIGN", "+")) == ["invalid"]


def test_braced_and_unbraced_agree():
    braced = ROW.replace("SIGN", "-").replace(r"_\infty", r"_{\infty}")
    assert verdicts(braced) == verdicts(ROW.replace("SIGN", "-"))
