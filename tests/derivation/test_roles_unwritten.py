"""A parameter a row only differentiates by, written on no object, beside objects written with another parameter
(\\nabla_\\phi \\log Z_\\theta): the model's parameter, or a quantity those objects do not depend on; two readings,
a row they disagree on undecided (issue 18 part 1; hostile_set4 A20 was refuted with phi merged into the model)."""
from derivation.classroom import check_step
from derivation.run.checkdoc import check_text


def test_a_derivative_by_a_parameter_no_object_carries_is_never_refuted_as_the_model_s():
    assert check_step(r"\nabla_\phi \log Z_\theta", "0").verdict == "undecided"


def test_a_row_both_readings_refute_stays_invalid():
    assert check_step(r"\nabla_\phi \log Z_\theta", "1").verdict == "invalid"


def test_the_model_s_own_parameter_is_one_reading():
    assert check_step(r"\nabla_\theta \log Z_\theta", r"-\mathbb{E}_{x\sim p_\theta}[\nabla_\theta E_\theta(x)]"
                      ).verdict == "proved"


def test_a_parameter_written_on_an_object_is_the_model_s():
    doc = check_text("$$\n\\nabla_\\phi \\log Z_{\\theta, \\phi} = \\nabla_\\phi \\log Z_{\\theta, \\phi}\n$$\n")
    assert [s.verdict for r in doc.reports for s in r.steps] == ["proved"]
