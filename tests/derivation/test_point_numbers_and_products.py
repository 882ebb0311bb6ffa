"""Numbers per data point (y_i, z_i beside x_i: derivation/meaning/point_numbers.py) and a letter before parentheses
read both as a function applied and as a product (d(a + b), gamma_i(u): derivation/meaning/applied_product.py).
On main 90a9465 every row here was unreadable ("two letters for the data points", "d(...) may be the function d
applied or a product")."""
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _steps(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps]


PAIRS = ("Per example $i$: an input $x_i$ of the model, a label $y_i$ and a logit $z_i$.\n\n"
         "$$\n\\frac{1}{N} \\sum_{i=1}^N \\log p(x_i) = \\frac{1}{N} \\sum_{i=1}^N \\log p(x_i)\n$$\n\n$$\nROW\n$$\n")


def test_two_letters_per_data_point_a_valid_identity_is_proved():
    [_, s] = _steps(PAIRS.replace("ROW", r"\sum_{i=1}^n (1 - y_i) z_i = \sum_{i=1}^n z_i - \sum_{i=1}^n y_i z_i"))
    assert s.verdict == "proved", s.explanation


def test_two_letters_per_data_point_a_slip_is_refuted_and_recomputed():
    [_, s] = _steps(PAIRS.replace("ROW", r"\log(1 + e^{-z_i}) + (1 - y_i) z_i = \log(1 + e^{z_i}) - y_i z_i + 1"))
    assert s.verdict == "invalid", s.explanation
    d = s.counterexample.as_dict()
    t = d["tables"]   # one value per data point: y(1), z(1)
    y = Fraction(next(v["value"] for k, v in t.items() if k.endswith("(1)") and "y" in k.lower() or "𝑦" in k))
    z = Fraction(next(v["value"] for k, v in t.items() if k.endswith("(1)") and ("z" in k.lower() or "𝑧" in k)))
    import math
    lhs = math.log(1 + math.exp(-z)) + (1 - y) * z
    rhs = math.log(1 + math.exp(z)) - y * z + 1
    assert abs(lhs - d["lhs"]) < 1e-9 and abs(rhs - d["rhs"]) < 1e-9 and abs(lhs - rhs) > 0.5


def test_declared_label_values_make_a_refutation_undecided():
    # y_i in {0, 1}: y_i^2 = y_i holds for every declared value, and a counterexample y = 2 refutes nothing meant
    # (point_numbers.declared_reading; beside a data point x_i the judge's declared_sets.py says so first)
    for extra in ("", " \\cdot p(x_i)"):
        doc = ("Labels $y_i \\in \\{0, 1\\}$, logits $z_i$.\n\n$$\n\\sum_{i=1}^n y_i^2 z_i EXTRA = "
               "\\sum_{i=1}^n y_i z_i EXTRA\n$$\n").replace("EXTRA", extra)
        [s] = _steps(doc)
        assert s.verdict == "undecided", (extra, s.explanation)
        assert "declare" in s.explanation


def test_application_or_product_a_valid_row_both_ways_is_proved():
    [s] = _steps("$$\nd(a + b) - d(b + a) = 0\n$$\n")
    assert s.verdict == "proved", s.explanation


def test_application_or_product_a_slip_both_ways_is_refuted_and_recomputed():
    [s] = _steps("$$\nd(a + b) = d(a + b) + a\n$$\n")
    assert s.verdict == "invalid", s.explanation
    d = s.counterexample.as_dict()
    import sympy
    a = sympy.Rational(d["tables"]["a ="])
    assert a != 0 and sympy.simplify(sympy.sympify(d["rhs_exact"]) - sympy.sympify(d["lhs_exact"]) - a) == 0


def test_application_or_product_readings_that_disagree_are_undecided():
    for row in (r"d(a + b) = d a + d b", r"\gamma_i(a + c) = \gamma_i a + \gamma_i c",
                r"k_B(T \ln Z) = k_B T \ln Z"):
        [s] = _steps("$$\n" + row + "\n$$\n")
        assert s.verdict == "undecided", (row, s.verdict, s.explanation)


def test_units_of_a_state_are_never_read_as_any_number():
    # spins stated in words: s_i^2 = 1 for every spin; s_i read as any real number would refute this valid row
    doc = "Spins $s_i$, each plus or minus one, in fields $y_i$.\n\n$$\n\\sum_{i=1}^n s_i^2 y_i = \\sum_{i=1}^n y_i\n$$\n"
    [s] = _steps(doc)
    assert s.verdict != "invalid", s.explanation
