"""Derivation documents collected as pytest items (derivation/pytest_plugin.py)."""
import re
import subprocess
import sys

import pytest

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



FILES = {
    "derivation_ok.md": VALID,
    "derivation_bad.md": BROKEN,
    "derivation_marked.md": MARKED,
    "derivation_wrongmark.md": VALID.replace(LAST.replace(r"\sum", r"-\sum"), "% expect: invalid\n"
                                             + LAST.replace(r"\sum", r"-\sum")),
    "derivation_unread.md": VALID.replace(r"\frac{1}{Z}\frac{\partial \sum", r"\foo \sum"),
    "derivation_nomath.md": "Only prose here.\n",
    "derivation_cites.md": "$$\nZ = \\sum_x e^{-E(x)} \\quad\\text{(chain rule for exp)}\n$$\n",
    "derivation_slip.md": "$$\nP(x) = \\frac{e^{-E(x)}}{Z}\nZ = \\sum_x e^{-E(x)}\n$$\n",
    "derivation_budget.md": "$$\n(Z+1)^{100000} = (Z+1)^{100000} + 1\n$$\n",  # over the checker's budget
    "notes.md": "$$ Z = Z + 1 $$\n",  # not named derivation_*: not collected
    "test_plain.py": "def test_one():\n    assert True\n",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One pytest run in a fresh process over all the documents above (a run costs ~1.5 s)."""
    d = tmp_path_factory.mktemp("docs")
    for name, text in FILES.items():
        (d / name).write_text(text.lstrip("\n"))
    out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-q", "--derivations",
                          str(d)],
                         capture_output=True, text=True, cwd=d, timeout=120)
    return out.stdout


def outcomes(out, doc):
    """{'PASSED': n, 'FAILED': n, ...} of one document, from the -rA summary."""
    found = re.findall(r"^(PASSED|FAILED|XFAIL|XPASS|ERROR) \S*" + re.escape(doc) + "::", out, re.M)
    return {k: found.count(k) for k in set(found)}


def test_each_step_and_the_claim_is_an_item(run):
    assert outcomes(run, "derivation_ok.md") == {"PASSED": 4}  # row 1's equation, two steps, the claim


def test_an_invalid_step_fails_with_its_counterexample(run):
    assert outcomes(run, "derivation_bad.md") == {"PASSED": 2, "FAILED": 2}
    assert "derivation_bad.md:5: invalid" in run and "Counterexample:" in run


def test_marked_rows_are_strict_expected_failures(run):
    assert MARKED != BROKEN
    assert outcomes(run, "derivation_marked.md") == {"PASSED": 2, "XFAIL": 2}


def test_a_marked_row_that_is_valid_fails_strictly(run):
    assert outcomes(run, "derivation_wrongmark.md") == {"PASSED": 3, "FAILED": 1}
    assert "[XPASS(strict)]" in run


def test_unreadable_row_and_document_fail_with_where_and_what(run):
    assert r"unknown command \foo" in run and "line 4, column 4" in run
    assert outcomes(run, "derivation_unread.md").get("FAILED", 0) >= 1
    assert "no display math" in run and outcomes(run, "derivation_nomath.md") == {"FAILED": 1}


def test_a_wrong_citation_on_a_valid_step_is_a_warning(run):
    assert outcomes(run, "derivation_cites.md") == {"PASSED": 1}
    assert "JustificationWarning" in run and "cites 'chain rule for exp'" in run


def test_reading_notes_are_shown_after_the_run(run):
    assert "derivation reading notes" in run and "derivation_slip.md: line 3, column 1: two equations" in run


def test_ordinary_files_are_left_alone(run):
    assert outcomes(run, "test_plain.py") == {"PASSED": 1} and "notes.md" not in run


def test_the_plugin_import_is_cheap():
    code = "import sys, derivation.pytest_plugin; print(sorted(m for m in ('sympy',) if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_class_run_survives_bad_files_under_xdist_and_junitxml(tmp_path):
    """Garbage, an unclosed display and 600 nested braces are failing items of their own; the good
    files are still checked; `-n 2` (pytest-xdist) and `--junitxml` work."""
    pytest.importorskip("xdist")
    (tmp_path / "derivation_ok.md").write_text(VALID.lstrip("\n"))
    (tmp_path / "derivation_garbage.md").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    (tmp_path / "derivation_unclosed.md").write_text("$$\n\\begin{align} Z = Z\n")
    (tmp_path / "derivation_deep.md").write_text("$$\n" + "{" * 600 + "Z" + "}" * 600 + " = Z\n$$\n")
    xml = tmp_path / "report.xml"
    out = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-q", "-n", "2", "--derivations",
                          f"--junitxml={xml}", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path,
                         timeout=180).stdout
    assert "error" not in out.splitlines()[-1].lower(), out[-2000:]  # no collection error stops the run
    assert outcomes(out, "derivation_ok.md") == {"PASSED": 4}
    for bad in ("garbage", "unclosed", "deep"):
        assert outcomes(out, f"derivation_{bad}.md").get("FAILED", 0) >= 1, bad
    assert "not UTF-8" in out and "never closed" in out and "nested deeper" in out
    assert xml.exists() and "testcase" in xml.read_text()


def test_a_step_over_the_budget_fails_as_undecided(run):
    assert outcomes(run, "derivation_budget.md") == {"FAILED": 1}
    assert "derivation_budget.md:2: undecided" in run


def test_a_side_without_a_value_fails_with_its_counterexample(tmp_path):
    # (N-1)/(N-1) has no value at N = 1: the failure names it in words, not a TypeError of the plugin
    (tmp_path / "derivation_zero.md").write_text("$$\n\\frac{N-1}{N-1} = 1\n$$\n")
    out = subprocess.run([sys.executable, "-m", "pytest", str(tmp_path), "-p", "no:cacheprovider", "-q", "--derivations"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stdout
    assert "invalid:" in out.stdout and "Counterexample:" in out.stdout and "undefined" in out.stdout
    assert "TypeError" not in out.stdout and "Traceback" not in out.stdout


# ---- opt-in collection, options and ids (in-process runs with pytester) ----------------------------

pytest_plugins = ("pytester",)

PROSE = "# Notes on derivations\n\nSome prose, and $Z = Z + 1$ as a joke.\n\n$$ Z = Z + 1 $$\n"


def test_a_project_that_never_asked_collects_nothing_from_its_derivation_files(pytester):
    pytester.makefile(".md", derivation_notes=PROSE)
    result = pytester.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED, result.stdout.str()
    assert "derivation_notes.md" not in result.stdout.str()


def test_the_flag_asks_for_them(pytester):
    pytester.makefile(".md", derivation_notes=PROSE)
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations")
    assert result.parseoutcomes().get("failed", 0) >= 1   # Z = Z + 1 is invalid: collected and checked


def test_the_ini_option_asks_for_them(pytester):
    pytester.makefile(".md", derivation_ok=VALID.lstrip("\n"))
    pytester.makeini("[pytest]\nderivations = true\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)


def test_item_ids_are_readable(pytester):
    pytester.makefile(".md", derivation_ok=VALID.lstrip("\n"))
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations", "--collect-only", "-q")
    ids = [l for l in result.stdout.lines if "::" in l]
    assert ids == ["derivation_ok.md::step 1 (line 3)", "derivation_ok.md::step 2 (line 4)",
                   "derivation_ok.md::step 3 (line 5)", "derivation_ok.md::claim (lines 3-5)"], ids


def test_the_file_pattern_option(pytester):
    pytester.makefile(".md", derivation_ok=VALID.lstrip("\n"), hw1_alice=VALID.lstrip("\n"))
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations", "--collect-only", "-q",
                                "--derivation-glob", "hw1_*.md")
    out = result.stdout.str()
    assert "hw1_alice.md::step 1" in out and "derivation_ok.md" not in out


def test_the_step_budget_option_reaches_the_checker(pytester, monkeypatch):
    import importlib
    check = importlib.import_module("derivation.judge.check")   # the module the in-process run will import

    seen = []
    real = check.check_step

    def spy(*args, **kw):   # the document's check passes each step its budget (check_chain: budget=)
        seen.append(kw.get("timeout") or getattr(kw.get("budget"), "seconds", None))
        return real(*args, **kw)

    monkeypatch.setattr(check, "check_step", spy)
    monkeypatch.setenv("EQ7_NO_WORKER", "1")   # the spy watches this process (runtime: steps run in a worker)
    pytester.makefile(".md", derivation_ok=VALID.lstrip("\n"))
    pytester.runpytest_inprocess("-p", "no:cacheprovider", "--derivations", "--derivation-step-timeout", "7")
    # each step's budget is the option's 7 s, less what the step's readings already spent of it (one budget)
    assert seen and all(6.5 < s <= 7.0 for s in seen), seen
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "--derivations",
                                          "--derivation-step-timeout", "-1")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_the_failure_message_prints_the_tables_the_step_was_refuted_on(pytester):
    """KL(q||p) = E_q[E] - H(q) drops log Z; on a one-state instance KL = 0 and the right side is
    E(1) = -log e^{-E(1)}: recompute it from the printed table (a base instance's table, printed
    instead, gives another number)."""
    import math

    pytester.makefile(".md", derivation_kl="$$\n\\mathrm{KL}(q_\\phi \\| p_\\theta) = "
                                           "\\mathbb{E}_{x\\sim q_\\phi}[E_\\theta(x)] - H(q_\\phi)\n$$\n")
    out = pytester.runpytest("-p", "no:cacheprovider", "--derivations").stdout.str()
    table = re.search(r"E\(1\): e\^\{-E\} = (\d+)", out)
    sides = re.search(r"left side = (\S+);\s+right side = .*?(-?\d+(?:\.\d+)?)\.?\n", out)
    assert table and sides and "K = 1 state " in out, out
    assert math.isclose(float(sides.group(2)), -math.log(int(table.group(1))), rel_tol=1e-8)
