"""Derivation documents collected as pytest items (derivation/pytest_plugin.py)."""
import subprocess
import sys

# Imported here so pytester's in-process runs share these modules (and SymPy's cache of their
# classes) with this process, instead of importing second copies of them.
import derivation.check  # noqa: F401
import derivation.latex.to_sympy  # noqa: F401

pytest_plugins = ["pytester"]

VALID = r"""
$$
\begin{aligned}
\frac{\partial \log Z}{\partial\Theta} &= \frac{1}{Z}\frac{\partial Z}{\partial\Theta} \\
&= \frac{1}{Z}\frac{\partial \sum_x e^{-E(x)}}{\partial\Theta} \\
&= -\sum_x P_\Theta(x) \frac{\partial E(x)}{\partial\Theta}
\end{aligned}
$$
"""
BROKEN = VALID.replace(r"&= -\sum_x", r"&= \sum_x")          # the sign of the last row flipped
LAST = r"&= \sum_x P_\Theta(x) \frac{\partial E(x)}{\partial\Theta}"
MARKED = BROKEN.replace(LAST, LAST + " % expect: invalid, invalid claim")


def _run(pytester, **files):
    pytester.makefile(".md", **files)
    return pytester.runpytest("-p", "no:cacheprovider", "-q")


def test_each_step_and_the_claim_is_an_item(pytester):
    result = _run(pytester, derivation_ok=VALID)
    result.assert_outcomes(passed=4)  # the first row's equation, two steps, the claim


def test_an_invalid_step_fails_with_its_counterexample(pytester):
    result = _run(pytester, derivation_bad=BROKEN)
    result.assert_outcomes(passed=2, failed=2)
    out = result.stdout.str()
    assert "counterexample:" in out and "derivation_bad.md:5: invalid" in out


def test_marked_rows_are_strict_expected_failures(pytester):
    assert MARKED != BROKEN
    result = _run(pytester, derivation_marked=MARKED)
    result.assert_outcomes(passed=2, xfailed=2)


def test_a_marked_row_that_is_valid_fails_strictly(pytester):
    text = VALID.replace(r"&= -\sum_x P_\Theta(x) \frac{\partial E(x)}{\partial\Theta}",
                        "% expect: invalid\n" + r"&= -\sum_x P_\Theta(x) \frac{\partial E(x)}{\partial\Theta}")
    result = _run(pytester, derivation_wrongmark=text)
    result.assert_outcomes(passed=3, failed=1)
    assert "XPASS(strict)" in result.stdout.str()


def test_unreadable_row_and_document_fail_with_where_and_what(pytester):
    result = _run(pytester, derivation_unread=VALID.replace(r"\frac{1}{Z}\frac{\partial \sum", r"\foo \sum"),
                  derivation_nomath="Only prose here.\n")
    out = result.stdout.str()
    assert r"unknown command \foo" in out and "line 4, column 4" in out
    assert "no display math" in out


def test_ordinary_files_are_left_alone(pytester):
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    pytester.makefile(".md", notes="$$ Z = Z $$\n")  # not named derivation_*: not collected
    pytester.runpytest("-q", "-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_the_plugin_import_is_cheap():
    code = "import sys, derivation.pytest_plugin; print(sorted(m for m in ('sympy', 'lark') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
