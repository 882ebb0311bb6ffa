"""%%derivation in an in-process IPython shell: verdicts shown, bound, and failing the cell on demand."""
import pytest

pytest.importorskip("IPython")
from IPython.core.interactiveshell import InteractiveShell  # noqa: E402
from IPython.utils.capture import capture_output  # noqa: E402

from eq7.magic import InvalidDerivation, as_document  # noqa: E402

GOOD = r"""\frac{\partial \log Z_\Theta}{\partial \Theta}
  &= \frac{1}{Z_\Theta}\frac{\partial Z_\Theta}{\partial \Theta} \\
  &= -\sum_x P_\Theta(x) \frac{\partial E_\Theta(x)}{\partial \Theta}
"""
# the post's first slip: Z summed over the data (the step from line 1 to line 2 of the cell)
SLIP = r"""\frac{\partial \log Z_\Theta}{\partial \Theta} \\
  &= \frac{\partial \log Z_\Theta}{\partial \Theta} \\
  &= \frac{\partial \log \sum_{i=1}^{N} e^{-E_\Theta(x^{(i)})}}{\partial \Theta}
"""


@pytest.fixture(scope="module")
def shell():
    sh = InteractiveShell.instance()
    sh.run_line_magic("load_ext", "eq7")
    return sh


def run(shell, line, body):
    with capture_output() as out:
        result = shell.run_cell(f"%%derivation {line}\n{body}")
    return result, out


def test_load_ext_registers_the_cell_magic(shell):
    assert "derivation" in shell.magics_manager.magics["cell"]


def test_a_valid_derivation_is_shown_with_its_verdicts_and_bound(shell):
    result, out = run(shell, "--as good --strict", GOOD)
    assert result.success
    report = shell.user_ns["good"]
    assert report.status == 0 and [s.verdict for s in report.main.steps] == ["proved", "proved"]
    shown = [o.data for o in out.outputs]
    assert len(shown) == 1 and "✅ **proved**" in shown[0]["text/markdown"]
    assert "text/html" in shown[0] and "text/plain" in shown[0]   # the companion's HTML, and a text fallback


def test_an_invalid_step_is_shown_but_does_not_fail_without_strict(shell):
    result, out = run(shell, "--as slip", SLIP)
    assert result.success and shell.user_ns["slip"].status == 1
    md = out.outputs[0].data["text/markdown"]
    assert "❌ **invalid**" in md and "| entry |" in md and "| $E(1)$ |" in md   # the tables it was refuted on


def test_strict_fails_the_cell_and_names_the_lines(shell):
    result, out = run(shell, "--strict", SLIP)
    assert isinstance(result.error_in_exec, InvalidDerivation)
    assert isinstance(result.error_in_exec, AssertionError)
    assert "lines 2->3: invalid" in str(result.error_in_exec)
    assert out.outputs, "the report is shown before the cell fails"


def test_strict_fails_on_an_unreadable_row(shell):
    result, _ = run(shell, "--strict --quiet", r"a &= \frac{1}{" + "\n")
    assert isinstance(result.error_in_exec, InvalidDerivation)
    assert "unreadable" in str(result.error_in_exec)


def test_quiet_shows_nothing(shell):
    result, out = run(shell, "--quiet --as q", GOOD)
    assert result.success and not out.outputs and shell.user_ns["q"].status == 0


def test_a_document_with_its_own_display_is_read_as_is(shell):
    doc = "Some prose first.\n$$\n" + GOOD + "$$\n"
    assert as_document(doc) == doc
    result, _ = run(shell, "--as doc --quiet", doc)
    assert result.success and shell.user_ns["doc"].main.steps[0].step.from_line == 3


def test_bare_rows_keep_the_cells_line_numbers():
    from eq7.magic import check_cell
    rep = check_cell(SLIP)
    assert [(s.step.from_line, s.step.to_line) for s in rep.main.steps] == [(1, 2), (2, 3)]


@pytest.mark.parametrize("line,body,expect", [
    ("--as 1x", GOOD, "variable name"),
    ("", "   \n", "empty"),
    ("--strict", "\\begin{align} a &= b\n", "could not be read"),
])
def test_bad_input_gets_one_clear_message(shell, line, body, expect):
    result, _ = run(shell, line, body)
    assert isinstance(result.error_in_exec, InvalidDerivation) and expect in str(result.error_in_exec)


def test_an_unclosed_display_without_strict_is_reported_not_raised(shell):
    result, out = run(shell, "", "$$ a = b\n")
    assert result.success and "unreadable" in out.outputs[0].data["text/markdown"]
