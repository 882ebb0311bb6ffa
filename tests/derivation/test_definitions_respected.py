"""A counterexample must respect the document's definitions (derivation/judge/definitions_respected.py)."""
from derivation.run.checkdoc import check_text

OWN_MODEL = "$$\np(x \\mid \\theta) = \\frac{1}{Z(\\theta)} e^{\\theta T(x)}\n$$\n\n" \
            "$$\n\\log p(x \\mid \\theta) = \\theta T(x) - \\log Z(\\theta)\n$$\n"


def verdicts(text):
    rep = check_text(text, "d.md")
    return [(s.verdict, s.limit) for r in rep.reports for s in r.steps]


def test_the_documents_own_model_is_never_refuted_by_an_instance_that_breaks_it():
    got = verdicts(OWN_MODEL)
    assert all(v != "invalid" for v, _ in got), got
    # p(x | theta) = (1/Z) e^{theta T(x)} is the model's definition (general_chains.py binds it): the log row proved
    assert got[-1] == ("proved", None), got


def test_a_slip_whose_counterexample_keeps_the_definition_is_still_refuted():
    doc = "$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n$$\n\\log p(x) = E(x) - \\log Z\n$$\n"
    got = verdicts(doc)
    assert got[0][0] == "proved" and got[-1][0] == "invalid", got


def test_the_post_keeps_its_three_invalid_steps():
    from derivation.run.checkdoc import shipped_post

    got = [v for v, _ in verdicts(shipped_post()[0])]
    assert got.count("invalid") == 3 and got.count("proved") == 9


def test_definitions_are_collected_from_definition_rows_and_model_rows():
    from derivation.judge.definitions_respected import definitions_of
    from derivation.meaning.chains import chains_of
    from derivation.read.reader import read_text

    doc = read_text("$$\nE_\\theta(x) = -\\theta T(x)\n$$\n\n$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n", "d.md")
    lines = sorted(d[2] for d in definitions_of([c for c, _ in chains_of(doc)]))
    assert lines == [2, 6]
