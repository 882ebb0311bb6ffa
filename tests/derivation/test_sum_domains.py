"""A sum's written domain is kept or the row is not read, naming it; one written letter is one object in a row
(hostile set 5, C11: \\sum_{h \\in \\{0,1\\}^n} read over "all K states", h_j re-bound to a data point, the same n
read as N on one side and m on the other, and the true product formula refuted)."""
import math

from derivation.run.checkdoc import check_text


def _steps(text):
    return [s for r in check_text(text).reports for s in r.steps]


def _row(row):
    return _steps("$$\n" + row + "\n$$\n")


PRODUCT_FORMULA = r"\sum_{h \in \{0, 1\}^{n}} e^{\sum_{j=1}^{n} c_j h_j} = \prod_{j=1}^{n} \left(1 + e^{c_j}\right)"


def test_a_domain_of_binary_vectors_over_abstract_states_is_named_not_dropped():
    [s] = _row(PRODUCT_FORMULA)   # its units h_j, or its n read as a number elsewhere: never read over all states
    assert s.verdict == "unreadable" and ("unit of the state" in s.explanation or r"\{0, 1\}^" in s.explanation), \
        s.explanation


def test_the_size_of_a_domain_of_binary_vectors_is_never_drawn_apart_from_it():
    for row in (r"\sum_{h \in \{0, 1\}^{m}} 1 = 2^m", r"2^m = \sum_{h \in \{0, 1\}^{m}} 1",
                r"\sum_{h \in \{0, 1\}^{m}} 1 = \sum_{k=1}^{m} 2"):
        [s] = _row(row)
        assert s.verdict == "unreadable" and "m" in s.explanation, (row, s.explanation)


def test_a_latent_sum_over_binary_vectors_whose_size_is_named_nowhere_else_is_the_whole_latent_space():
    text = ("$$\np(v, h) = \\frac{e^{-E(v, h)}}{Z}\n$$\n\n"
            "$$\nF(v) = -\\log \\sum_{h \\in \\{0, 1\\}^m} e^{-E(v, h)}\n$$\n")
    steps = [s for s in _steps(text) if s.step.to_line == 6]
    assert [s.verdict for s in steps] == ["proved"], [s.explanation for s in steps]


def test_its_slip_is_not_accepted_either():
    [s] = _row(PRODUCT_FORMULA.replace(r"\left(1 + e^{c_j}\right)", r"e^{c_j}"))
    assert s.verdict not in ("proved", "holds"), s.explanation


def test_a_unit_of_a_state_bound_by_a_sum_is_not_a_data_point():
    for row in (r"\sum_{h} e^{\sum_{j} c_j h_j} = \prod_{j} \left(1 + e^{c_j}\right)",
                r"\sum_{x} e^{\sum_{j=1}^{m} c_j x_j} = \prod_{j=1}^{m} \left(1 + e^{c_j}\right)"):
        [s] = _row(row)
        assert s.verdict == "unreadable" and "unit of the state" in s.explanation, (row, s.explanation)


def test_one_letter_cannot_count_data_points_and_components_in_one_row():
    [s] = _row(r"\frac{1}{n} \sum_{j=1}^{n} \log p(x_j) = \prod_{j=1}^{n} \left(1 + e^{c_j}\right)")
    assert s.verdict == "unreadable" and "counts data points in one sum and components" in s.explanation, s.explanation


RBM = r"""For binary units $v \in \{0,1\}^n$, $h \in \{0,1\}^m$:

$$
E(v, h) = -\sum_{i} b_i v_i - \sum_{j} c_j h_j - \sum_{i}\sum_{j} v_i W_{ij} h_j
$$

$$
\sum_{h \in \{0,1\}^m} e^{-E(v,h)} = e^{\sum_i b_i v_i} \prod_{j} RIGHT
$$
"""


def test_an_explicit_model_keeps_a_written_domain_that_is_its_layer():
    steps = [s for s in _steps(RBM.replace("RIGHT", r"\left(1 + e^{c_j + \sum_i v_i W_{ij}}\right)"))
             if s.verdict != "unjudged"]
    assert [s.verdict for s in steps] == ["proved"], [s.explanation for s in steps]


def test_the_rbm_slip_without_the_one_is_refuted_and_recomputed_here():
    [s] = [s for s in _steps(RBM.replace("RIGHT", r"e^{c_j + \sum_i v_i W_{ij}}")) if s.verdict != "unjudged"]
    assert s.verdict == "invalid", s.explanation
    cx = s.counterexample.as_dict()
    rbm, t = cx["rbm"], cx["tables"]
    assert rbm["visible_units"] == 1 and rbm["hidden_units"] == 1 and rbm["units"] == "binary"
    b, c, w = (float(t[k]) for k in ("b[1] =", "c[1] =", "W[1, 1] ="))
    sides = []
    for v in (0, 1):   # the one visible unit's value at the state shown, whichever it is
        lhs = sum(math.exp(b * v + c * h + v * w * h) for h in (0, 1))   # the sum over h in {0, 1}
        rhs = math.exp(b * v) * math.exp(c + v * w)
        sides.append((lhs, rhs))
    assert any(math.isclose(lhs, cx["lhs"], rel_tol=1e-9) and math.isclose(rhs, cx["rhs"], rel_tol=1e-9)
               and not math.isclose(lhs, rhs) for lhs, rhs in sides), (sides, cx)
