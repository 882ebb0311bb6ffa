"""A derivative the exact evaluator cannot take never has its variable set to a number (SymPy: "Can't calculate
derivative wrt 21/5", an internal error of the checker on a row of the seventh blind set, d/dx(x ln x) with x a
state): the instances cannot evaluate it, named (derivation/judge/evaluation.py)."""
from derivation.run.checkdoc import check_text


def steps(tex):
    rep = check_text(f"$$\n{tex}\n$$\n")
    return [s for r in rep.reports for s in r.steps]


ROWS = (r"\frac{d}{dx}(x\ln x) = \ln x - 1", r"\frac{d}{dx}(x\ln x - x) = \ln x - 1",
        r"\frac{d}{dx}(x\ln x) = \ln x + 1")


def test_no_internal_error_on_a_state_derivative_of_a_product():
    # x a state: the document's model writes it (p(x)); a derivative by it of x ln x is not evaluated
    for tex in ROWS:
        rep = check_text(f"$$\np(x) = \\frac{{e^{{-E(x)}}}}{{Z}}\n$$\n\n$$\n{tex}\n$$\n")
        s = [s for r in rep.reports for s in r.steps][-1]
        assert s.verdict in ("undecided", "unreadable"), tex
        assert "internal error" not in (s.explanation or ""), tex


def test_with_no_model_x_is_a_number_and_the_rows_are_judged():
    # no model in the document: x is any number (derivation/meaning/plain_states.py); (x ln x)' = ln x + 1
    got = [steps(tex)[0] for tex in ROWS]
    assert [s.verdict for s in got[:2]] == ["invalid", "invalid"] and got[2].verdict in ("proved", "holds")
    assert all("internal error" not in (s.explanation or "") for s in got)
