"""An energy given by its exponent in a chain (explicit_exponent.py): F(v) = -log sum_h e^{-E(v, h)} =
-log sum_h e^{h^T W v + a^T v + b^T h} defines E(v, h) = -h^T W v - a^T v - b^T h for the rows from the first side on."""
import itertools
import math

from derivation.meaning.explicit_exponent import exponent_definition
from derivation.read.general import parse_general
from derivation.run.checkdoc import check_text
from derivation.show.shown_counterexample import fields

SUM = r"\sum_{h \in \{0, 1\}^m}"
CHAIN = ("$$\n\\begin{split}\nF(v) & = - \\log " + SUM + r" e^{-E(v, h)} \\" + "\n& = - \\log " + SUM
         + r" e^{ h^T W v + a^T v + b^T h} \\" + "\n& = LAST\n\\end{split}\n$$\n")
RIGHT = r"- a^Tv - \log " + SUM + r" e^{ h^T W v + b^T h}"
SLIP = r"a^Tv - \log " + SUM + r" e^{ h^T W v + b^T h}"


def _steps(text):
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def test_the_written_out_exponent_defines_the_energy_and_the_next_step_is_proved():
    steps = _steps(CHAIN.replace("LAST", RIGHT))
    assert [s.verdict for s in steps] == ["proved", "proved", "proved"]   # the middle one by the definition it gives
    assert "definition of E" in steps[1].explanation


def test_a_sign_slip_on_the_visible_bias_is_refuted_and_recomputed():
    steps = _steps(CHAIN.replace("LAST", SLIP))
    assert [s.verdict for s in steps] == ["proved", "proved", "invalid"]
    f = fields(steps[2].counterexample)
    w = {k.rstrip(" =").strip(): float(eval(v)) for k, v in f["tables"].items() if k.endswith("=")}   # "3/2"
    vis = {int(k): tuple(u) for k, u in f["rbm"]["visible_states"].items()}
    nh = max(int(k[2:-1].split(",")[0]) for k in w if k.startswith("b[")) if any(k.startswith("b[") for k in w) else 1
    nh = max([nh] + [int(k[2:-1].split(",")[0]) for k in w if k.startswith("W[")])
    v = vis[f["at"]["x"]]

    def g(name, *i):
        return w.get(f"{name}[{', '.join(map(str, i))}]", 0.0)
    av = sum(g("a", i + 1) * v[i] for i in range(len(v)))
    inner = math.log(sum(math.exp(sum(h[j] * g("W", j + 1, i + 1) * v[i] for j in range(nh) for i in range(len(v)))
                                  + sum(g("b", j + 1) * h[j] for j in range(nh)))
                         for h in itertools.product((0, 1), repeat=nh)))
    assert math.isclose(f["lhs"], -av - inner, rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(f["rhs"], av - inner, rel_tol=1e-9, abs_tol=1e-12)
    assert not math.isclose(f["lhs"], f["rhs"])


def test_a_row_before_the_written_out_energy_is_undecided_not_refuted():
    before = "$$\nP(v, h) = \\frac{1}{Z} e^{ h^T W v + a^T v + b^T h}\n$$\n\n"
    steps = _steps(before + CHAIN.replace("LAST", RIGHT))
    assert steps[0].verdict == "undecided" and "defines it" in steps[0].explanation


def test_only_an_exponent_in_the_states_defines_the_energy():
    a = parse_general(r"\log \sum_h e^{-E(v, h)}")
    assert exponent_definition(a, parse_general(r"\log \sum_h e^{ h^T W v + b^T h}")) is not None
    assert exponent_definition(a, parse_general(r"\log \sum_h e^{ c }")) is None          # no state in it
    assert exponent_definition(a, parse_general(r"\log \sum_h e^{ -E(v, h) + 1 }")) is None   # E itself
