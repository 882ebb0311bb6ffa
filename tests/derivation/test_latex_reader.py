"""The structure of a document's derivations (derivation/read/reader.py, chains.py): which rows are
joined by which relation, which steps are judged, where a chain starts and goes on."""
from derivation.meaning.chains import chains_of
from derivation.run.checkdoc import check_text
from derivation.read.reader import read_text


def links(text, name="<document>"):
    """[(from_line, to_line, kind, judged)] of every chain of the document."""
    return [[(s.from_line, s.to_line, s.kind, s.judged) for s in chain.links()]
            for chain, _ in chains_of(read_text(text, name))]


def verdicts(text):
    rep = check_text(text)
    return [(s.step.from_line, s.step.to_line, s.verdict) for r in rep.reports for s in r.steps], rep.status


def test_a_display_starting_with_equals_continues_the_previous_display():
    text = "$$\n\\partial_\\Theta \\log Z\n$$\nso\n$$\n= 2Z\n$$\n"
    assert links(text) == [[(2, 6, "equality", True)]]
    assert verdicts(text) == ([(2, 6, "invalid")], 1)  # compared, not skipped: a false step is caught


def test_one_row_per_equation_environment_and_a_bare_row_starts_a_new_chain():
    env = "\\begin{{equation}}\n{}\n\\end{{equation}}\n"
    text = "".join(env.format(r) for r in ["\\log Z", "= \\log Z", "= \\log Z", "Z", "= Z"])
    assert links(text) == [[(2, 5, "equality", True), (5, 8, "equality", True)], [(11, 14, "equality", True)]]


def test_approximations_inequalities_and_new_definitions_are_shown_not_judged():
    text = ("$$\n\\begin{aligned}\nZ &= Z \\\\\n&\\approx Z + 1 \\\\\n&= Z + 1 \\\\\n&\\le Z + 2\n"
            "\\end{aligned}\n$$\n")
    assert links(text) == [[(3, 3, "equality", True), (3, 4, "approx", False), (4, 5, "equality", True),
                            (5, 6, "inequality", True)]]   # an inequality is judged as one (inequality.py)
    rep = check_text(text)
    (chain_report,) = rep.reports
    claim = chain_report.claim.step  # the last judged equation: it does not run across ≈, nor end on ≤
    assert (claim.from_line, claim.to_line, chain_report.claim.verdict) == (4, 5, "proved")
    assert chain_report.steps[-1].verdict == "undecided" and rep.status == 2   # no instance proves a bound


def test_a_definition_of_a_new_symbol_is_shown_one_of_a_fixed_object_is_checked():
    assert links("$$ \\ell(\\theta) := -\\log Z $$") == [[(1, 1, "definition", False)]]
    assert links("$$ Z := \\sum_x e^{-E(x)} $$") == [[(1, 1, "definition", True)]]
    assert verdicts("$$ Z := \\sum_x e^{E(x)} $$")[1] == 1  # a wrong definition of Z is still caught


def test_let_and_assignments_are_definitions():
    assert links("Let $Z = \\sum_x e^{-E(x)}$ be the partition function.") == [[(1, 1, "definition", True)]]
    assert links("With $N = 100$ points and $\\beta = 1$.") == [[(1, 1, "definition", False)]] * 2
    assert verdicts("We take $N = 100$ data points.\n\n$$ Z = Z $$")[1] == 0


def test_quad_and_text_between_two_equations_make_two():
    text = "$$\nP(x) = \\frac{e^{-E(x)}}{Z} \\quad \\text{where } Z = \\sum_x e^{-E(x)}\n$$"
    assert links(text) == [[(2, 2, "equality", True), (2, 2, "equality", True)]]
    assert verdicts(text) == ([(2, 2, "proved"), (2, 2, "proved")], 0)
    text = "$$\nZ = \\sum_x e^{-E(x)} \\text{ with } \\log Z = \\log Z\n$$"
    assert len(links(text)[0]) == 2


def test_a_condition_after_words_is_not_read_as_mathematics():
    assert verdicts("$$\nZ = \\sum_x e^{-E(x)} \\quad \\text{for every } x\n$$")[1] == 0


def test_a_row_wrapped_onto_the_next_is_one_row():
    text = "$$\n\\begin{aligned}\nZ &= \\sum_x e^{-E(x)} \\\\\n&\\quad + 0 \\\\\n&= Z\n\\end{aligned}\n$$"
    assert links(text) == [[(3, 3, "equality", True), (3, 5, "equality", True)]]
    text = "$$\n\\begin{aligned}\nZ &= \\\\\n&\\sum_x e^{-E(x)}\n\\end{aligned}\n$$"
    assert links(text) == [[(3, 3, "equality", True)]]


def test_prose_rows_are_skipped_and_the_next_row_goes_on_from_the_last_mathematics():
    text = "\\begin{align*}\nZ &= \\sum_x e^{-E(x)} \\\\\n\\text{by definition} \\\\\n&= Z\n\\end{align*}"
    assert links(text) == [[(2, 2, "equality", True), (2, 4, "equality", True)]]
    assert check_text(text).to_dict()["prose"] == [{"line": 3, "kind": "prose", "text": "by definition"}]


def test_an_unreadable_side_spoils_only_its_own_steps():
    text = "$$\n\\begin{aligned}\nZ &= \\foo \\\\\n&= Z \\\\\n&= Z\n\\end{aligned}\n$$"
    got, status = verdicts(text)
    assert [v for _, _, v in got] == ["unreadable", "unreadable", "proved"] and status == 2


def test_macros_of_the_document_are_expanded_and_errors_point_at_the_source():
    text = "\\newcommand{\\lz}{\\log Z}\n$$\n\\lz = \\lz\n$$\n"
    assert verdicts(text) == ([(3, 3, "proved")], 0)
    doc = read_text("\\newcommand{\\lz}{\\log Z}\\newcommand{\\bad}{\\foo}\n$$\n\\lz = \\foo \\\\\n Z = Z + \\bad\n$$\n")
    assert [(e.line, e.column) for e in doc.errors] == [(3, 7), (4, 10)]  # after an expansion; inside one


def test_unknown_verdicts_and_crashes_of_the_checker_make_status_2(monkeypatch):
    import derivation.judge.check as check

    def boom(*a, **k):
        raise RuntimeError("boom")
    monkeypatch.setattr(check, "check_chain", boom)
    monkeypatch.setattr(check, "check_step", boom)
    rep = check_text("$$ Z = Z $$")
    assert [s.verdict for s in rep.reports[0].steps] == ["undecided"] and rep.status == 2


def test_long_blank_runs_before_a_row_are_read_in_linear_time():
    # a regex with two `\s*` side by side backtracked quadratically here (minutes); linear: about a second
    text = "\\begin{align}\nZ &= Z \\\\\n" + "% a comment line\n" * 60000 + "&= Z \\\\\n" + " " * 200000 + "+ Z\n\\end{align}\n"
    assert links(text, "d.tex") == [[(2, 2, "equality", True), (2, 60003, "equality", True)]]
    assert links("$$ N = " + " " * 200000 + "x $$") == [[(1, 1, "equality", True)]]


def test_markdown_escapes_equation_numbers_and_blank_rows():
    assert verdicts("$$\nZ = \\sum\\_x e^{-E(x)} \\quad (3)\n$$") == ([(2, 2, "proved")], 0)
    text = "$$\n\\begin{aligned}\nZ &= Z \\\\ \\\\\n&= Z\n\\end{aligned}\n$$"
    assert verdicts(text) == ([(3, 3, "proved"), (3, 4, "proved")], 0)  # `\\ \\` is spacing, not an error
    assert verdicts("\\[ Z = \\sum\\_x e^{-E(x)} \\]".replace("\\[", "$$").replace("\\]", "$$"))[1] == 0


def test_a_value_given_to_a_letter_is_not_an_identity_but_z_equals_one_is_judged():
    assert links("For $h_j = 1$ and $\\mathbf{v}_i = 0$.") == [[(1, 1, "definition", False)]] * 2
    assert verdicts("Clearly $Z = 1$.")[1] == 1


def test_commas_between_equations_and_conditions_after_them():
    assert verdicts("$$ Z = \\sum_x e^{-E(x)}, \\quad \\log Z = \\log Z. $$") == ([(1, 1, "proved")] * 2, 0)
    assert verdicts("$$ Z = Z, \\forall x $$") == ([(1, 1, "proved")], 0)
    assert links("$$ P(x, h) = \\frac{e^{-E(x, h)}}{Z} $$") == [[(1, 1, "equality", True)]]


def test_a_chain_ending_on_an_unreadable_approximation_still_claims_what_it_showed():
    text = ("$$\n\\begin{aligned}\nZ &= \\sum_x e^{-E(x)} \\\\\n&= Z \\\\\n&\\approx \\foo\n\\end{aligned}\n$$\n")
    (rep,) = check_text(text).reports
    assert (rep.claim.step.from_line, rep.claim.step.to_line, rep.claim.verdict) == (3, 4, "proved")
