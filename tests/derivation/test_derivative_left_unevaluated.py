"""A derivative the exact evaluator cannot take never has its variable set to a number (SymPy: "Can't calculate
derivative wrt 21/5", an internal error of the checker on a row of the seventh blind set, d/dx(x ln x) with x a
state): the instances cannot evaluate it, named (derivation/judge/evaluation.py)."""
from derivation.run.checkdoc import check_text


def steps(tex):
    rep = check_text(f"$$\n{tex}\n$$\n")
    return [s for r in rep.reports for s in r.steps]


def test_no_internal_error_on_a_state_derivative_of_a_product():
    for tex in (r"\frac{d}{dx}(x\ln x) = \ln x - 1", r"\frac{d}{dx}(x\ln x - x) = \ln x - 1",
                r"\frac{d}{dx}(x\ln x) = \ln x + 1"):
        (s,) = steps(tex)
        assert s.verdict in ("undecided", "unreadable"), tex
        assert "internal error" not in (s.explanation or ""), tex
