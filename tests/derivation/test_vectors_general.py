"""Vectors in the general vocabulary (derivation/meaning/meaning_vectors.py): a^T b is sum_k a_k b_k where the document
never writes T as a number. An exponential family in vector form has grad A = E[T] (proved); the classic
slip (the score without its mean) is refuted, its counterexample recomputed here from the printed tables;
where T is also a temperature, a^T is never guessed (unreadable, never invalid)."""
import json
from fractions import Fraction

import pytest

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general
from derivation.meaning.meaning_vectors import as_component_sums, t_is_a_number, vector_letters

STEP_SECONDS = 30
FAMILY = "$$\np_\\eta(x) = h(x) \\exp(\\eta^T T(x) - A(\\eta))\n$$\n"


def _steps(text):
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def _rows(*rows):
    return "".join(f"\n$$\n{r}\n$$\n" for r in rows)


def test_a_transpose_b_is_a_sum_over_components():
    node = parse_general(r"\eta^T T(x)")
    out = as_component_sums(node, {"eta"})
    assert out[0] == "sum" and out[1][0] == "eqsub"
    assert out[3] == ("mul", ("sym", "eta", "", ("sym", "k", "", None, 0, None), 0, None),
                      ("app", ("sym", "T", "", ("sym", "k", "", None, 0, None), 0, None),
                       [("sym", "x", "", None, 0, None)], []))
    assert vector_letters([node]) == ({"eta"}, {"T"})


def test_t_as_a_number_elsewhere_keeps_the_transpose_unguessed():
    asts = [parse_general(r"\eta^T T(x)"), parse_general(r"e^{-E(x)/T}")]
    assert t_is_a_number(asts) and vector_letters(asts) == (set(), set())


def test_gradient_of_the_log_normalizer_is_the_mean_statistic():
    steps = _steps(FAMILY + _rows(r"\nabla_\eta A(\eta) = \mathbb{E}_{p_\eta}[T(x)]",
                                  r"\nabla_\eta \log p_\eta(x) = T(x) - \mathbb{E}_{p_\eta}[T(x)]"))
    assert [s["verdict"] for s in steps] == ["proved", "proved"], steps


def test_score_without_its_mean_is_refuted_and_recomputed():
    import math
    steps = _steps(FAMILY + _rows(r"\nabla_\eta \log p_\eta(x) = T(x)"))
    assert [s["verdict"] for s in steps] == ["invalid"]
    cx = steps[0]["counterexample"]
    k, x, states, m = cx["at"]["k"], cx["at"]["x"], cx["states"], cx["components"]
    tab = cx["tables"]
    eta = [float(Fraction(tab.get(f"eta[{j}] =", "0"))) for j in range(1, m + 1)]
    T = lambda j, s: float(Fraction(tab[f"T_{j}({s})"]["value"]))   # noqa: E731
    h = lambda s: float(Fraction(tab.get(f"h({s})", "1")))          # noqa: E731
    weight = {s: h(s) * math.exp(sum(eta[j - 1] * T(j, s) for j in range(1, m + 1) if f"T_{j}({s})" in tab))
              for s in range(1, states + 1)}
    z = sum(weight.values())
    score = T(k, x) - sum(weight[s] / z * T(k, s) for s in weight)      # d/d eta_k log p(x) = T_k(x) - E[T_k]
    assert score == pytest.approx(cx["lhs"], abs=1e-9)
    assert T(k, x) == pytest.approx(cx["rhs"], abs=1e-9)
    assert abs(cx["lhs"] - cx["rhs"]) > 1e-6


def test_energy_form_with_a_transpose_proves_the_moment_matching():
    text = (_rows(r"p(x) = \frac{\exp(\theta^\top f(x))}{Z}", r"\nabla_\theta \log Z = \mathbb{E}_{p}[f(x)]",
                  r"\nabla_\theta \log Z = \mathbb{E}_{p}[f(x)]^2"))
    assert [s["verdict"] for s in _steps(text)] == ["proved", "invalid"]


def test_transpose_beside_a_temperature_is_not_refuted():
    text = _rows(r"p(x) = \frac{1}{Z} \exp(-E(x)/T)", r"a^T b = b^T a + 1")
    assert "invalid" not in [s["verdict"] for s in _steps(text)][1:]


def test_a_transpose_of_a_state_is_not_a_general_vector():
    """a^T v with v the state of E(v, h): a vector of units, which only an explicit energy gives; never read as
    arbitrary components (that reading refuted a true RBM row)."""
    asts = [parse_general(r"E(v, h) - a^T v"), parse_general(r"\eta^T T(x)")]
    letters, _ = vector_letters(asts)
    assert "v" not in letters and "a" not in letters and "eta" in letters


def test_hessian_of_the_log_normalizer_is_the_covariance_of_the_statistics():
    steps = _steps(FAMILY + _rows(
        r"\frac{\partial^2 A(\eta)}{\partial \eta_i \partial \eta_j} = \mathrm{Cov}_{p_\eta}(T_i(x), T_j(x))",
        r"\frac{\partial^2 A(\eta)}{\partial \eta_i \partial \eta_j} = \mathbb{E}_{p_\eta}[T_i(x) T_j(x)]"))
    assert [s["verdict"] for s in steps] == ["proved", "invalid"], steps


def test_an_outer_product_elsewhere_and_a_fisher_information_keep_the_transpose():
    """(T(x) - mu)^T in one row (an outer product, unread there) and F(eta) (a Fisher information, not a
    free energy of a state eta) leave eta^T T(x) of the other rows a transpose."""
    asts = [parse_general(r"\eta^T T(x)"), parse_general(r"F(\eta) + (T(x) - \mu)(T(x) - \mu)^T")]
    assert vector_letters(asts) == ({"eta"}, {"T"})
