"""States named in capitals, units in small letters (E(V, H) = -sum_ij W_ij v_i h_j - ...: explicit_case.py), and an
explicit energy defined after rows that use it (explicit_later.py)."""
import itertools
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text
from derivation.show.shown_counterexample import fields

ENERGY = r"E(V, H) = - \sum_{i}\sum_{j} W_{ij}v_ih_j - \sum_{i} b_iv_i - \sum_{j} c_jh_j"
JOINT = r"P(V, H) &= \frac{1}{Z}\exp\left[ - E(V, H) \right]"
PLUS = r"\frac{1}{Z}\exp \left[ \sum_{i}\sum_{j} W_{ij}v_ih_j + \sum_{i} b_iv_i + \sum_{j} c_jh_j \right]"
MINUS_B = r"\frac{1}{Z}\exp \left[ \sum_{i}\sum_{j} W_{ij}v_ih_j - \sum_{i} b_iv_i + \sum_{j} c_jh_j \right]"


def _doc(*displays):
    return "\n\n".join("$$\n" + d + "\n$$" for d in displays) + "\n"


def _steps(text):
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def test_capital_states_with_small_units_are_one_state():
    steps = _steps(_doc(ENERGY, "\\begin{align*}\n" + JOINT + " \\\\\n &= " + PLUS + "\n\\end{align*}"))
    assert [s.verdict for s in steps] == ["proved", "proved"]


def test_a_sign_slip_on_the_visible_bias_is_refuted_and_recomputed():
    steps = _steps(_doc(ENERGY, "\\begin{align*}\nP(V, H) &= " + PLUS + " \\\\\n &= " + MINUS_B + "\n\\end{align*}"))
    assert [s.verdict for s in steps] == ["proved", "invalid"]
    f = fields(steps[1].counterexample)
    assert f["instance"] == "rbm"
    w = {k.rstrip(" =").strip(): Fraction(v) for k, v in f["tables"].items() if k.endswith("=")}

    def weight(name, *idx):
        return float(w.get(f"{name}[{', '.join(map(str, idx))}]", 0))
    vis = {int(k): tuple(u) for k, u in f["rbm"]["visible_states"].items()}
    hid = {int(k): tuple(u) for k, u in f["rbm"]["hidden_states"].items()}

    def exponent(v, h, sign_b):
        return (sum(weight("W", i + 1, j + 1) * v[i] * h[j] for i in range(len(v)) for j in range(len(h)))
                + sign_b * sum(weight("b", i + 1) * v[i] for i in range(len(v)))
                + sum(weight("c", j + 1) * h[j] for j in range(len(h))))
    z = sum(math.exp(exponent(v, h, 1)) for v, h in itertools.product(vis.values(), hid.values()))
    at = f["at"]
    v, h = vis[at["x"]], hid[at["h"]]
    assert math.isclose(math.exp(exponent(v, h, 1)) / z, f["lhs"], rel_tol=1e-9)
    assert math.isclose(math.exp(exponent(v, h, -1)) / z, f["rhs"], rel_tol=1e-9)
    assert not math.isclose(f["lhs"], f["rhs"])


def test_small_letter_written_bare_too_keeps_the_capital_apart():
    from derivation.meaning.explicit_case import state_case
    e = ("app", ("sym", "E", "", None, 0, None), [("sym", "V", "", None, 0, None)], [])
    body = ("mul", ("sym", "b", "", ("sym", "i", "", None, 0, None), 0, None), ("sym", "v", "", ("sym", "i", "", None, 0, None), 0, None))
    assert state_case([[e, body]]) == {"V": "v"}
    assert state_case([[e, body], [("sym", "v", "", None, 0, None), ("num", "1")]]) == {}


def test_rows_before_the_energy_definition_are_undecided_not_refuted():
    text = ("$$\n\\begin{align*}\nP(v, h) &= " + PLUS + " \\\\\n &= \\frac{1}{Z}\\exp\\left[ - E(v, h) \\right]\n"
            "\\end{align*}\n$$\n\nwhere the energy is\n\n" + _doc(ENERGY.replace("V, H", "v, h")))
    steps = _steps(text)
    assert [s.verdict for s in steps] == ["undecided", "undecided"]
    assert all("defines it" in s.explanation for s in steps)
