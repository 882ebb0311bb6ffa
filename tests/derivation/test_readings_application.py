"""Application or product as a reading (derivation/meaning/parse_readings.py): `c(x)` where the document
also writes `c` alone is c applied to x or c times x; a letter only ever applied (A(theta)) and the
vocabulary's objects (Z and Z(theta)) have one reading."""
from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general as p
from derivation.meaning.parse_readings import ambiguous_letters, as_product


def test_only_letters_written_both_ways_are_ambiguous():
    assert ambiguous_letters([p("c(x + 1)"), p("c x + c")]) == {"c"}
    assert ambiguous_letters([p(r"A(\theta)"), p(r"T(x) + 1")]) == set()       # only ever applied
    assert ambiguous_letters([p(r"Z(\theta)"), p(r"\log Z")]) == set()           # the vocabulary's Z
    assert ambiguous_letters([p(r"p(x)"), p(r"p")]) == set()
    assert ambiguous_letters([p(r"c_i(x)"), p(r"c")]) == set()                   # c_i is another letter


def test_the_product_reading_rewrites_only_those_letters():
    assumes, hint, ast = as_product(p("c(x + 1) + g(x)"), {"c"})
    assert ast == p(r"c \cdot (x + 1) + g(x)")
    assert "product" in assumes and "c" in assumes and "\\cdot" in hint
    assert as_product(p("g(x)"), {"c"}) is None


def test_a_row_whose_readings_disagree_is_never_invalid():
    # c(x + 1) = c x + c holds for c a number and fails for c an arbitrary function
    rep = check_text("$$\nc(x + 1) = c x + c\n$$\n")
    steps = [s for r in rep.reports for s in r.steps]
    assert steps and all(s.verdict != "invalid" for s in steps)
    assert all("product" in s.explanation for s in steps if s.verdict == "undecided" and s.limit == "reading")


def test_a_partition_function_at_its_subscript_before_an_expression_is_also_a_product():
    # Z_theta(theta^2 + 1): Z_theta at theta^2 + 1 (refuted) or Z_theta times it (an identity): never invalid
    row = r"Z_\theta = Z_\theta\left(\theta^2+1\right) - \theta^2 Z_\theta"
    steps = [s for r in check_text(f"$$\n{row}\n$$\n").reports for s in r.steps]
    assert [s.verdict for s in steps] == ["undecided"] and "product" in steps[0].explanation
    wrong = r"Z_\theta = Z_\theta\left(\theta^2+1\right)"      # false on both readings
    assert [s.verdict for r in check_text(f"$$\n{wrong}\n$$\n").reports for s in r.steps] == ["invalid"]
    assert as_product(p(r"p_\theta(x)"), set()) is None           # a state argument: one reading
