"""Notation that made valid steps false (issue 21's third blind set): two \\underbrace groups side by side,
the second opening with a sign, are a sum (respell.py keeps the sign outside the group, where the typeset row
shows it); \\text{Tr} before what it traces is the sum over the states (general_operators.prefix), not words
cutting the row into two equations; <.>_{model} typed without \\text is the model's average."""
import json

from derivation.run.checkdoc import check_text
from derivation.read.general import parse_general as p
from derivation.read.mapped import Mapped
from derivation.read.respell import respell as _respell

STEP_SECONDS = 30
MODEL = "$$\np(x) = \\frac{e^{-E(x)}}{Z}\n$$\n\n"


def respell(text):
    return _respell(Mapped.of(text, 0)).text


def steps(*displays, model=MODEL):
    d = json.loads(check_text(model + "".join(f"$$\n{t}\n$$\n\n" for t in displays), timeout=STEP_SECONDS).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"] if s["verdict"] != "unjudged"]


def test_adjacent_underbraces_with_a_sign_are_a_sum():
    text = r"\underbrace{-E(x)}_{\text{energy}} \underbrace{- \log Z}_{\text{normalizer}}"
    assert p(respell(text)) == p(r"-E(x) - \log Z")
    assert p(respell(r"2\underbrace{a + b}_{\text{two}}")) == p("2 (a + b)")   # no sign: still one group
    got = steps(r"\log p(x) = " + text, model="")
    assert [s["verdict"] for s in got] == ["proved"]
    got = steps(r"\log p(x) = \underbrace{-E(x)}_{\text{energy}} \underbrace{+ \log Z}_{\text{normalizer}}", model="")
    assert [s["verdict"] for s in got] == ["invalid"]


def test_the_trace_is_a_sum_over_the_states_and_does_not_cut_the_row():
    assert p(r"\text{Tr}\, p(x) f(x)") == p(r"\sum p(x) f(x)")   # over the one state it writes (meaning_operators)
    assert p(r"\mathrm{tr}(A)")[0] != "sum"   # a matrix's trace, with its argument: not this
    got = steps(r"\langle f(x) \rangle_{\text{model}} = \text{Tr}\, p(x) f(x) = \sum_x p(x) f(x)")
    assert [s["verdict"] for s in got] == ["proved", "proved", "proved"]   # the model's row, then two steps
    got = steps(r"\langle f(x) \rangle_{\text{model}} = \text{Tr}\, f(x)")   # p forgotten: a slip
    assert [s["verdict"] for s in got] == ["proved", "invalid"]


def test_a_model_average_typed_without_text_is_read():
    got = steps(r"\langle \frac{\partial E(x)}{\partial \theta} \rangle_{model} = -\frac{\partial \log Z}{\partial \theta}",
                model="$$\np(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n")
    assert got and got[-1]["verdict"] == "proved"
