"""One sum per unit, each over its domain (read/respell_dots.py): `\\sum_{h_1 \\in \\{0,1\\}} \\cdots \\sum_{h_m \\in
\\{0,1\\}}` is the sum over every configuration `\\sum_{h \\in \\{0,1\\}^{m}}`, the domain and the count kept; sums over
different domains stay as typed."""
import sympy

from derivation.read.mapped import Mapped
from derivation.read.respell import respell
from derivation.run.checkdoc import check_text

RBM = (r"An RBM has energy $E(v, h) = -a^\top v - b^\top h - v^\top W h$ with $v \in \{0, 1\}^n$ and "
       r"$h \in \{0, 1\}^m$." + "\n\n$$\nROW\n$$\n")
SUMS = r"\sum_{h_1 \in \{0,1\}} \cdots \sum_{h_m \in \{0,1\}}"


def _steps(row):
    return [s for r in check_text(RBM.replace("ROW", row), "t.md", timeout=30).reports for s in r.steps]


def test_the_units_sums_are_one_sum_over_configurations():
    assert respell(Mapped.of(SUMS + " f(h)", 0)).text.split() == [r"\sum_{h", r"\in", r"\{0,1\}^{m}}", "f(h)"]
    primed = r"\sum\limits_{h'_{1} \in \{0,1\}} \cdots \sum\limits_{h'_{F} \in \{0,1\}} f(h')"
    assert respell(Mapped.of(primed, 0)).text.split() == [r"\sum_{h'", r"\in", r"\{0,1\}^{F}}", "f(h')"]
    mixed = r"\sum_{h_1 \in \{0,1\}} \cdots \sum_{h_m \in \{-1,1\}} f(h)"
    assert respell(Mapped.of(mixed, 0)).text == mixed      # two domains: not one configuration sum


def test_identity_proved_and_slip_refuted_with_its_counterexample_recomputed():
    assert [s.verdict for s in _steps(r"p(v) = \frac{1}{Z} " + SUMS + r" e^{-E(v, h)}")] == ["proved"]
    step, = _steps(r"p(v) = " + SUMS + r" e^{-E(v, h)}")      # the 1/Z dropped
    assert step.verdict == "invalid"
    cx = step.counterexample.as_dict()
    assert cx["rbm"] == {"visible_units": 1, "hidden_units": 1, "units": "binary"}
    a, b, w = (sympy.Rational(cx["tables"][k]) for k in ("a[1] =", "b[1] =", "W[1, 1] ="))
    weight = {(v, h): sympy.exp(a * v + b * h + v * w * h) for v in (0, 1) for h in (0, 1)}
    z = sum(weight.values())
    v = 0                                              # the first configuration, x = 1
    assert cx["at"] == {"x": 1}
    rhs = weight[(v, 0)] + weight[(v, 1)]
    assert sympy.simplify(rhs / z - sympy.sympify(cx["lhs_exact"])) == 0
    assert sympy.simplify(rhs - sympy.sympify(cx["rhs_exact"])) == 0
