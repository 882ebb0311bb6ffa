"""\\sum_{j \\neq i} f(j) is read as \\sum_j f(j) - f(i) (derivation/read/general_operators.py parses `j \\neq i` in a
subscript; derivation/meaning/meaning_operators._all_but_one), where it was unreadable ("unexpected `neq`"). Units
of a declared vector (`$s \\in \\{-1, +1\\}^n$`) read as data points are never refuted (judge/declared_sets.py)."""
from derivation.read.general import parse_general

from ._verdicts import document_verdicts, verdicts


def test_the_subscript_is_parsed():
    node = parse_general(r"\sum_{j \neq i} a_j")
    assert node[0] == "sum" and node[1][0] == "neqsub" and node[1][2][1] == "i"
    assert parse_general(r"\sum_{j \ne i} a_j")[1][0] == "neqsub"


def test_every_component_but_one():
    assert verdicts(r"\sum_{k \neq 1} \lambda_k f_k(x) = \sum_{k} \lambda_k f_k(x) - \lambda_1 f_1(x)") == ["proved"]
    assert verdicts(r"\sum_{k \neq 1} \lambda_k f_k(x) = \sum_{k} \lambda_k f_k(x) - \lambda_2 f_2(x)") == ["invalid"]


def test_off_diagonal_data_pairs():
    row = (r"\frac{1}{N^{2}}\sum_{i=1}^{N}\sum_{j \neq i} f(x^{(i)}) f(x^{(j)}) = \frac{1}{N^2}\left(\sum_{i=1}^N "
           r"f(x^{(i)})\right)^2 - \frac{1}{N^2}\sum_{i=1}^N f(x^{(i)})^2")
    assert verdicts(row) == ["proved"]
    assert verdicts(row.replace(r"\right)^2 - \frac", r"\right)^2 + \frac")) == ["invalid"]


def test_a_product_but_one_is_unreadable_naming_it():
    assert verdicts(r"\prod_{j \neq i} a_j = 1") == ["unreadable"]


def test_units_of_a_declared_vector_read_as_data_points_are_not_refuted():
    for value in ("1", "s_i"):
        doc = ("Let $s \\in \\{-1, +1\\}^{n}$ and fix an index $i \\in \\{1, \\ldots, n\\}$.\n\n"
               f"$$\n\\sum_{{j \\neq i}} s_i s_j = s_i \\sum_{{j=1}}^{{n}} s_j - {value}\n$$\n")
        assert document_verdicts(doc)[-1] != "invalid", value
    doc = "Spins $s_i \\in \\{-1, +1\\}$ for every unit.\n\n$$\ns_i^2 = 1\n$$\n"
    assert document_verdicts(doc)[-1] != "invalid"


def test_every_data_point_but_one_runs_as_its_data_index():
    """hostile set 5, E20: \\sum_{j \\neq i} 1 under \\sum_{i=1}^{N} was read over the K states and refuted."""
    assert verdicts(r"\sum_{i=1}^{N} \sum_{j \neq i} 1 = N^{2} - N") == ["proved"]
    assert verdicts(r"\sum_{i=1}^{N} \sum_{j \neq i} 1 = N^{2}") == ["invalid"]
    assert verdicts(r"\sum_{j \neq i} 1 = K - 1") == ["unreadable"]
