"""Vectors read entry by entry (derivation/meaning/entries.py): a row with a transposed gradient is its entry (i, j),
i and j any two components (equal or not). The Hessian of log p as H/p - grad p grad^T p / p^2 is proved; the slip
with the second sign flipped is refuted, its counterexample recomputed here from the printed tables; a b^T = b a^T,
true on the diagonal only, is refuted off it; an inner product, a letter that may be a matrix and a transposed number
are never guessed (unreadable, never invalid)."""
import json
from fractions import Fraction

from derivation.read.general import parse_general
from derivation.meaning.entries import Entries, Refused
from derivation.run.checkdoc import check_text

STEP_SECONDS = 30


def _steps(*rows):
    text = "".join(f"\n$$\n{r}\n$$\n" for r in rows)
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


HESSIAN = (r"\nabla_\theta \nabla_\theta^T \log p_\theta(x) = "
           r"\frac{\nabla_\theta \nabla_\theta^T p_\theta(x)}{p_\theta(x)}"
           r" {sign} \frac{{\nabla_\theta p_\theta(x) \nabla_\theta^T p_\theta(x)}}{{p_\theta(x)^2}}")


def test_the_outer_product_is_read_as_the_product_of_two_entries():
    node = parse_general(r"\nabla_\theta q(x) \nabla_\theta^T q(x)", transposes=True)
    entry = Entries({"theta"}, set(), set(), "i", "j").entry(node, ("i", "j"))
    theta = lambda k: ("sym", "theta", "", ("sym", k, "", None, 0, None), 0, None)   # noqa: E731
    q = ("app", ("sym", "q", "", None, 0, None), [("sym", "x", "", None, 0, None)], [])
    assert entry == ("mul", ("d", [(theta("i"), 1)], q), ("d", [(theta("j"), 1)], q))


def test_the_hessian_of_log_p_is_proved():
    steps = _steps(HESSIAN.replace("{sign}", "-").replace("{{", "{").replace("}}", "}"))
    assert [s["verdict"] for s in steps] == ["proved"], steps


def _entry_values(cx):
    """(lhs, rhs) of the slipped row at the counterexample, from its printed tables: w = e^{-E}, E_k, E_kl."""
    tab, at = cx["tables"], cx["at"]
    i, j, x = at["i"], at["j"], at["x"]
    states = range(1, cx["states"] + 1)
    F = lambda v: Fraction(str(v))   # noqa: E731
    w = {s: F(tab[f"E({s})"]["e^{-E}"]) for s in states}
    d1 = lambda s, k: F(tab[f"E({s})"][f"d/dtheta[{k}]"])   # noqa: E731
    d2 = lambda s: F(tab[f"E({s})"][f"d2/dtheta[{i}]2" if i == j else   # noqa: E731
                                    f"d2/dtheta[{min(i, j)}]dtheta[{max(i, j)}]"])
    wi = {s: -w[s] * d1(s, i) for s in states}
    wj = {s: -w[s] * d1(s, j) for s in states}
    wij = {s: w[s] * (d1(s, i) * d1(s, j) - d2(s)) for s in states}
    z, zi, zj, zij = sum(w.values()), sum(wi.values()), sum(wj.values()), sum(wij.values())
    p = w[x] / z
    pi = wi[x] / z - w[x] * zi / z ** 2
    pj = wj[x] / z - w[x] * zj / z ** 2
    pij = wij[x] / z - wi[x] * zj / z ** 2 - wj[x] * zi / z ** 2 - w[x] * zij / z ** 2 + 2 * w[x] * zi * zj / z ** 3
    lhs = -d2(x) - zij / z + zi * zj / z ** 2   # log p = -E(x) - log Z
    return lhs, pij / p + pi * pj / p ** 2


def test_the_sign_slip_is_refuted_and_recomputed():
    steps = _steps(HESSIAN.replace("{sign}", "+").replace("{{", "{").replace("}}", "}"))
    assert [s["verdict"] for s in steps] == ["invalid"], steps
    cx = steps[0]["counterexample"]
    lhs, rhs = _entry_values(cx)
    assert lhs == Fraction(cx["lhs_exact"]) and rhs == Fraction(cx["rhs_exact"]) and lhs != rhs


def test_a_b_transposed_is_not_b_a_transposed_off_the_diagonal():
    steps = _steps(r"\nabla_\theta p_\theta(x) \nabla_\theta^T E_\theta(x) = \nabla_\theta E_\theta(x) "
                   r"\nabla_\theta^T p_\theta(x)")
    assert [s["verdict"] for s in steps] == ["invalid"], steps
    at = steps[0]["counterexample"]["at"]
    assert at["i"] != at["j"]   # the diagonal entries agree: the entry refuted is off it


def test_the_transpose_of_a_column_of_gradients_and_the_covariance_of_the_energy_gradient():
    steps = _steps(r"\left(\nabla_\theta \log p_\theta(x)\right) \left(\nabla_\theta \log p_\theta(x)\right)^T = "
                   r"\frac{\nabla_\theta p_\theta(x) \nabla_\theta^T p_\theta(x)}{p_\theta(x)^2}",
                   r"\nabla_\theta \nabla_\theta^T \log Z_\theta = "
                   r"\mathbb{E}_{p_\theta}\left[\nabla_\theta E_\theta(x) "
                   r"\nabla_\theta^T E_\theta(x)\right] - \nabla_\theta \log Z_\theta \nabla_\theta^T \log Z_\theta - "
                   r"\mathbb{E}_{p_\theta}\left[\nabla_\theta \nabla_\theta^T E_\theta(x)\right]")
    assert [s["verdict"] for s in steps] == ["proved", "proved"], steps


def test_shapes_the_checker_cannot_tell_stay_unread():
    steps = _steps(r"\nabla_\theta^T p_\theta(x) \nabla_\theta p_\theta(x) = \nabla_\theta p_\theta(x) "
                   r"\nabla_\theta^T p_\theta(x)",   # an inner product: a sum over the components
                   r"A \nabla_\theta p_\theta(x) \nabla_\theta^T p_\theta(x) = \nabla_\theta p_\theta(x) "
                   r"\nabla_\theta^T p_\theta(x)",   # A may be a matrix
                   r"\nabla_\theta p_\theta(x) \nabla_\theta^T p_\theta(x) = H(x)")   # an unknown matrix
    assert [s["verdict"] for s in steps] == ["unreadable"] * 3, steps
    assert "inner product" in steps[0]["explanation"] and "matrix" in steps[1]["explanation"]


def test_a_transposed_number_is_refused():
    e = Entries({"theta"}, set(), set(), "i", "j")
    try:
        e.shape(parse_general(r"\nabla_\theta q(x) q(x)^T", transposes=True))
    except Refused as why:
        assert "a transpose, or a power" in str(why)
    else:
        raise AssertionError("q(x)^T read")


SCORE_NORM = (r"\left(\nabla_\theta \log p_\theta(x)\right)^\top \nabla_\theta \log p_\theta(x) = "
              r"\frac{\left(\nabla_\theta p_\theta(x)\right)^\top \nabla_\theta p_\theta(x)}{p_\theta(x)^{POWER}}")


def test_an_inner_product_is_the_sum_over_the_components():
    node = parse_general(r"\theta^\top \nabla_\theta A(\theta)", transposes=True)
    e = Entries({"theta"}, {"theta"}, set(), "i", "j", "k")
    assert e.shape(node) == "a scalar"
    out = e.entry(node)
    assert out[0] == "sum" and out[1] == ("eqsub", ("sym", "k", "", None, 0, None), ("num", "1"))
    assert [v[3][1] for v in (out[3][1], out[3][2][1][0][0])] == ["k", "k"]   # theta_k dA/dtheta_k


def test_the_squared_norm_of_the_score_and_its_slip():
    steps = _steps(SCORE_NORM.replace("POWER", "2"), SCORE_NORM.replace("POWER", "1"))
    assert [s["verdict"] for s in steps][0] in ("proved", "holds"), steps
    assert steps[1]["verdict"] == "invalid", steps
    cx = steps[1]["counterexample"]
    tab, x, m = cx["tables"], cx["at"]["x"], cx["components"]
    states = range(1, cx["states"] + 1)
    w = {s: Fraction(tab[f"E({s})"]["e^{-E}"]) for s in states}
    d = lambda s, k: Fraction(str(tab[f"E({s})"][f"d/dtheta[{k}]"]))   # noqa: E731
    z = sum(w.values())
    zk = {k: sum(-w[s] * d(s, k) for s in states) for k in range(1, m + 1)}
    score = {k: -d(x, k) - zk[k] / z for k in zk}   # d log p(x) / d theta_k
    p = w[x] / z
    assert sum(v ** 2 for v in score.values()) == Fraction(cx["lhs_exact"])
    assert sum((p * v) ** 2 for v in score.values()) / p == Fraction(cx["rhs_exact"])


def test_identities_false_only_on_the_diagonal_are_refuted_there():
    """i and j are free component indices: the instances visit i = j, where d theta_j / d theta_i = 1."""
    family = r"An exponential family, $p_\theta(x) = h(x) \exp\left(\theta^\top T(x) - A(\theta)\right)$." + "\n"
    d = json.loads(check_text(family + "".join(f"\n$$\n{r}\n$$\n" for r in (
        r"\nabla_\theta \nabla_\theta^\top \frac{\theta^\top \theta}{2} = 0", r"\nabla_\theta \theta^\top = 0")),
        timeout=STEP_SECONDS).to_json())
    steps = [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] not in ("unjudged",)]
    assert [s["verdict"] for s in steps] == ["invalid", "invalid"], steps
    for s in steps:
        cx = s["counterexample"]
        assert cx["at"]["i"] == cx["at"]["j"] and Fraction(cx["lhs_exact"]) == 1 and Fraction(cx["rhs_exact"]) == 0
