"""A state's space declared in inline maths binds the rows after it (derivation/judge/declared_sets.py): the sums
over the declared letter run over its values; a vector space the checker cannot read leaves the row
undecided; words alone never switch a meaning."""
from derivation.judge.declared_sets import declarations
from derivation.run.checkdoc import check_text


def _doc(prose, row):
    return check_text(f"{prose}\n\n$$\n{row}\n$$\n", "t.md")


def _verdicts(doc):
    return [s.verdict for r in doc.reports for s in r.steps]


def test_declarations_are_read_from_inline_maths_only():
    (d,) = declarations(r"Here $x \in \{-1, +1\}$ and $a$ is real.")
    assert (d.letter, d.values, d.vector) == ("x", (-1, 1), False)
    (v,) = declarations(r"Here $x \in \{0, 1\}^d$.")
    assert v.vector and v.values == (0, 1)
    assert declarations(r"$$ x \in \{0, 1\} $$") == []          # a display is a row, not a declaration
    assert [d.values for d in declarations(r"with $s \in \{\pm 1\}$")] == [(-1, 1)]


def test_a_sum_over_a_declared_spin_runs_over_its_values():
    assert _verdicts(_doc(r"Here $x \in \{-1, +1\}$ and $a$ is a real number.",
                          r"\sum_{x} e^{a x} = 2\cosh(a)")) == ["proved"]
    assert _verdicts(_doc(r"Here $x \in \{0, 1\}$ and $a$ is a real number.",
                          r"\sum_{x} e^{a x} = 1 + e^{a}")) == ["proved"]
    bad = _doc(r"Here $x \in \{0, 1\}$ and $a$ is a real number.", r"\sum_{x} e^{a x} = 2\cosh(a)")
    assert _verdicts(bad) == ["invalid"]


def test_a_declaration_after_the_row_does_not_bind_it():
    doc = check_text("$$\n\\sum_{x} e^{a x} = 2\\cosh(a)\n$$\n\nHere $x \\in \\{-1, +1\\}$.\n", "t.md")
    # as before any declaration: no values declared, so the state's labels 1..K refute nothing (state_numbers.py)
    assert _verdicts(doc) == ["undecided"]


def test_a_declared_vector_of_units_leaves_the_row_undecided():
    doc = _doc(r"Here $x \in \{0, 1\}^d$ and $a \in \mathbb{R}^d$.",
               r"\sum_{x} \prod_{i=1}^d e^{a_i x_i} = \prod_{i=1}^d \left(1 + e^{a_i}\right)")
    # x_i under \sum_x is a unit of the bound state, never a data point (test_sum_domains.py): not read, naming it
    step = doc.reports[0].steps[0]
    assert step.verdict == "unreadable" and "unit of the state" in step.explanation, step.explanation


def test_spins_in_words_only_leave_a_state_used_as_a_number_undecided():
    doc = _doc("Here x is a spin: it takes the values minus one and plus one.", r"\sum_{x} e^{a x} = 2\cosh(a)")
    assert _verdicts(doc) == ["undecided"]


def test_a_state_used_only_as_a_state_is_judged_as_before():
    doc = _doc(r"Here $x \in \{-1, +1\}$.", r"\sum_{x} e^{-E(x)} = Z")
    assert _verdicts(doc) == ["proved"]


def test_a_tie_in_prose_is_found_and_objects_are_no_tie():
    from derivation.read.declared_values import ties
    assert [sorted(t[1]) for t in ties(r"with $\beta = 1/T$ and $N = 100$ and $Z = \sum_x e^{-E(x)}$")] == [["T", "beta"]]


MODEL = "$$\np_\\beta(x) = \\frac{e^{-\\beta E(x)}}{Z(\\beta)}\n$$\n\n"


def _tied(prose, row):
    doc = check_text(f"{prose}\n\n{MODEL}$$\n{row}\n$$\n", "t.md")
    return [s.verdict for s in doc.reports[-1].steps], doc


def test_a_refutation_drawing_tied_letters_apart_is_none():
    row = r"\frac{\partial \log Z(\beta)}{\partial T} = \frac{1}{T^2} \mathbb{E}_{p_\beta}[E(x)]"   # true, beta = 1/T
    assert _tied("A model:", row)[0] == ["invalid"]            # T independent of beta: refuted, as before
    # beta = 1/T written in the prose now defines T = 1/beta (meaning/defined_first.py): d/dT goes through beta
    # by the chain rule and the row holds; with the sign flipped it is refuted with T = 1/beta respected
    verdicts, doc = _tied(r"A model, here $\beta = 1/T$:", row)
    assert verdicts in (["proved"], ["holds"])
    flipped = row.replace(r"= \frac{1}{T^2}", r"= -\frac{1}{T^2}")
    assert _tied(r"A model, here $\beta = 1/T$:", flipped)[0] == ["invalid"]


def test_a_tie_does_not_shield_a_row_without_its_letters():
    assert _tied(r"A model, here $\beta = 1/T$:", r"\log Z(\beta) + 1 = \log \sum_x e^{-\beta E(x)}")[0] == ["invalid"]
