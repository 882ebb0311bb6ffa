"""Budgets, not hangs: what would blow a limit is refused before any work, as `undecided` with the
limit named; the deadline holds on and off the main thread; nothing ends in a traceback."""
import signal
import threading
import time

import pytest
from sympy import Integer, Pow, Rational, Symbol, exp, log

from derivation.meaning.budget import Budget, OverBudget, TooLarge, check_time, deadline, power_digits, scan
from derivation.judge.check import check_step as check_expr
from derivation.classroom import StepInputError, check_step
from derivation.meaning.notation import E, Z, d, x

DEEP_LOG = r"\log" * 16 + " Z"

REFUSED = {  # row: the limit named
    r"10^{10^{10}}": "digits",
    r"9^{9^{9}}": "digits",
    r"2^{2^{2^{2^{2}}}}": "digits",
    r"3^{3^{3^{3^{3}}}}": "digits",
    r"(Z+1)^{100000}": "power 100000",
    DEEP_LOG: "deep",
    "7" * 5000: "digits",
    "7" * 1500: "digits",          # readable by Python, over the checker's 1000 digits
    r"e^{e^{e^{e^{e^{e}}}}}": "deep",
}


@pytest.mark.parametrize("row", REFUSED)
def test_over_budget_rows_are_undecided_before_any_work(row):
    t = time.monotonic()
    v = check_step(row, "1")
    assert v.verdict == "undecided", (row[:40], v.verdict, v.explanation)
    assert REFUSED[row] in v.explanation
    assert time.monotonic() - t < 2.5


def test_an_exponent_tower_is_undecided_within_the_step_budget():
    """Z^{Z^{Z^{Z^{Z}}}}: its values leave any number format; with Z a fraction on the vocabulary's instances
    the digits cannot be counted before evaluating, so the step's time budget is the limit that stops it."""
    t = time.monotonic()
    v = check_step(r"Z^{Z^{Z^{Z^{Z}}}}", "1", timeout=1.0)
    assert v.verdict == "undecided" and ("digits" in v.explanation or "s a step may take" in v.explanation)
    assert time.monotonic() - t < 2.5 + 1.0


def test_the_limit_is_named_in_the_report():
    from derivation.meaning.chains import chains_of
    from derivation.read.reader import read_text
    (chain, _), = chains_of(read_text("$$\n9^{9^{9}}\n$$\n", "<row>"))
    rep = check_expr(chain.rows[0].expr, Integer(1))
    assert rep.verdict == "undecided" and rep.limit == "digits" and "refuses it before any work" in rep.explanation
    assert check_expr(Pow(Z() + 1, 100000), Integer(1)).limit == "exponent"


@pytest.mark.parametrize("row, word", [
    ("{" * 500 + "Z" + "}" * 500, "nested deeper than 100"),
    ("(" * 300 + "Z" + ")" * 300, "nested deeper than 100"),
    (r"Z^{}", "an empty group"),   # (Z^{\frac12} is read since the merge of notation: LaTeX as typed)
])
def test_rows_too_deep_to_read_are_unreadable_and_located(row, word):
    v = check_step(row, "Z")
    assert v.verdict == "unreadable" and word in v.explanation and "column" in v.explanation


def test_a_row_of_a_thousand_terms_is_read_and_checked():
    v = check_step(" + ".join(["E(x)"] * 1000), "1000 E(x)")
    assert v.verdict == "proved"
    w = check_step(" + ".join(f"{k} E(x)" for k in range(1, 1001)), "E(x)")
    assert w.verdict == "invalid"


def test_a_half_power_is_evaluated_not_a_type_error():
    from derivation.judge.instances import Instance
    from derivation.judge.taylor import float_value
    inst = Instance(2, (1,), (1, 3), (0, 0), (0, 0))
    from sympy import Sum, exp
    from derivation.meaning.notation import Energy, K, Theta
    z = Sum(exp(-Energy(x, Theta)), (x, 1, K))   # taylor.py's one-parameter notation: Z = 1 + 3 here
    assert float_value(z ** Rational(1, 2), inst) == pytest.approx(2.0)
    assert float_value(z ** Rational(3, 2), inst) == pytest.approx(8.0)
    assert check_step(r"Z^{\frac{1}{2}}", "Z").verdict == "invalid"


def test_degree_24_and_60_polynomials_get_a_verdict_in_time():
    for n, timeout in ((24, None), (60, 1.0)):
        t = time.monotonic()
        v = check_step(rf"(Z+E(x)+N+\frac{{\partial E(x)}}{{\partial\Theta}})^{{{n}}}", rf"(Z+E(x))^{{{n}}}",
                       timeout=timeout)
        assert v.verdict in ("invalid", "undecided") and time.monotonic() - t < 4


def test_a_step_timeout_makes_a_slow_step_undecided():
    heavy = (Z() + E(x) + d(E(x)) + 3) ** 90
    rep = check_expr(heavy, (Z() + E(x)) ** 90 + heavy - heavy + 1, timeout=0.2)
    assert rep.verdict in ("invalid", "undecided")
    if rep.verdict == "undecided":
        assert rep.limit == "time" and "0.2 s" in rep.explanation


def test_the_deadline_also_holds_off_the_main_thread():
    out = {}

    def run():
        t = time.monotonic()
        out["verdict"] = check_step(DEEP_LOG, "1").verdict
        out["took"] = time.monotonic() - t
    th = threading.Thread(target=run)
    th.start()
    th.join(10)
    assert not th.is_alive() and out["verdict"] == "undecided" and out["took"] < 5


def test_the_alarm_is_given_back():
    before = signal.getsignal(signal.SIGALRM)
    check_step(r"\log(Z^2 + 2Z + 1)", r"2\log(Z + 1)")
    assert signal.getsignal(signal.SIGALRM) == before and signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_deadline_nests_and_is_cooperative():
    with deadline(10):
        with pytest.raises(OverBudget) as e:
            with deadline(0.01):
                time.sleep(0.05)
                check_time()
        assert e.value.limit == "time"
        check_time()  # the outer deadline is still far away


def test_scan_limits_each_kind():
    tiny = Budget(max_nodes=5, max_depth=3, max_digits=5, max_exponent=3, max_tower=1)
    for expr, limit in ((Symbol("a") + Symbol("b") + Symbol("c") + Symbol("e") + Symbol("f") + 7, "size"), (log(log(Z())), "tower"), (Z() ** 4, "exponent"),
                        (Integer(10) ** 8, "digits"), (TooLarge("a number of 9999 digits"), "digits")):
        with pytest.raises(OverBudget) as e:
            scan(expr, tiny)
        assert e.value.limit == limit
    scan(Symbol("a") + 1, tiny)
    assert power_digits(10, 10 ** 10) > 1e9 and power_digits(1, 10 ** 10) == 1


@pytest.mark.parametrize("kwargs", [dict(seconds=0), dict(seconds=float("inf")), dict(max_digits=0),
                                    dict(max_nodes=1.5)])
def test_budget_rejects_bad_limits(kwargs):
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        Budget(**kwargs)


@pytest.mark.parametrize("args, kwargs", [((1, "Z"), {}), (("Z", None), {}), (("Z", "Z"), {"timeout": -1}),
                                          (("Z", "Z"), {"justification": 3})])
def test_check_step_raises_one_exception_type_for_bad_input(args, kwargs):
    with pytest.raises(StepInputError):
        check_step(*args, **kwargs)
    with pytest.raises((TypeError, ValueError)):   # it is both, for callers that catch either
        check_step(*args, **kwargs)


def test_step_timeout_on_the_command_line(capsys, tmp_path):
    from eq7.cli import main
    doc = tmp_path / "d.md"
    doc.write_text("$$\n\\frac{\\partial \\log Z}{\\partial\\Theta} = -E_{x\\sim P}[\\frac{\\partial E(x)}"
                   "{\\partial\\Theta}]\n$$\n")
    assert main(["check", str(doc), "--step-timeout", "5"]) == 0
    assert main(["check", str(doc), "--step-timeout", "-1"]) == 2
    assert "--step-timeout must be a positive number" in capsys.readouterr().err


def test_a_derivation_has_a_budget_of_its_own():
    from derivation.meaning.chain import chain
    from derivation.judge.check import check_chain
    heavy = (Z() + E(x) + d(E(x)) + 3) ** 90
    rows = [heavy, (Z() + E(x)) ** 90 + 1] * 6
    t = time.monotonic()
    rep = check_chain(chain(*rows), budget=Budget(seconds=0.3, chain_seconds=0.1))
    assert time.monotonic() - t < 4
    last = rep.steps[-1]
    assert last.verdict == "undecided" and last.limit == "time" and "used up its budget" in last.explanation
    assert "undecided" in rep.summary
