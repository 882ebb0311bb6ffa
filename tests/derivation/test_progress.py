"""The progress bar of one document: the worker announces the step total and each step done (progress.py)."""
import io

import pytest

from derivation.run import worker
from derivation.run import bounded, progress
from derivation.run.checkdoc import check_text

DOC = r"""
$$
\begin{align*}
\mathcal{L}(\theta) &= -\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(x_i) \\
&= \frac{1}{N}\sum_{i=1}^{N} E_\theta(x_i) + \log Z_\theta \\
&= \frac{1}{N}\sum_{i=1}^{N} E_\theta(x_i)
\end{align*}
$$

$$
\log Z_\theta = \log \sum_x e^{-E_\theta(x)}
$$
"""


@pytest.mark.skipif(not worker.available(), reason="the bar needs the worker process (fork)")
def test_the_worker_announces_the_total_and_counts_each_position_once():
    seen = []
    rep = worker.call(check_text, DOC, "doc.md", seconds=60, watch=bounded.WATCH,
                      progress=lambda kind, n, t: seen.append((kind, n)))
    # independent count: judged steps plus one claim per derivation whose claim is not its only step
    expected = sum(len({(s.step.from_line, s.step.to_line) for s in list(r.steps) + [r.claim]}) for r in rep.reports)
    assert expected == 4   # 2 steps (row 1 defines L: shown, not judged) + the claim, then 1 step, its own claim
    totals = [n for k, n in seen if k == "total"]
    dones = [n for k, n in seen if k == "done"]
    assert totals == [expected]
    assert dones == list(range(1, expected + 1))   # every position once, never past the total
    assert seen.index(("total", expected)) < seen.index(("done", 1))


def test_a_row_that_was_not_read_is_not_in_the_total():
    from derivation.meaning.chains import chains_of
    from derivation.read.reader import read_text

    half = DOC.replace(r"E_\theta(x_i)" + "\n", "\n").replace(r"&= \frac{1}{N}\sum_{i=1}^{N} E_\theta(x_i)" + "\n",
                                                              "&=\n")
    pairs = chains_of(read_text(half, "half.md"))
    assert len(progress.positions(pairs)) == 2   # step 1 alone in the first derivation; its claim is step 1


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_is_drawn_on_a_terminal_and_erased():
    out = Tty()
    with progress.Progress("doc.md", True, out) as p:
        p.update("total", 40, 1.0)
        p.shown = 0.0   # redrawn at most five times a second: let the next one through
        p.update("done", 10, 1.0)
    assert "eq7 check: doc.md: [#######.......................] 10/40 steps (1.0 s)" in out.getvalue()
    assert out.getvalue().endswith("\r\x1b[K")


def test_before_the_total_it_says_it_is_reading():
    assert progress.bar("doc.md", 0, None, 2.0) == "eq7 check: doc.md: reading (2.0 s)"
    assert progress.bar("doc.md", 50, 40, 2.0).endswith("40/40 steps (2.0 s)")   # never past the end


@pytest.mark.parametrize("columns", [40, 60, 100])
def test_the_bar_fits_the_terminal_so_it_can_be_redrawn_in_place(columns):
    label = "/home/student/courses/ml/homework/week3/derivation_of_eq7.md"
    for total in (None, 120):
        line = progress.bar(label, 40, total, 12.3, columns=columns)
        assert len(line) < columns and line.startswith("eq7 check: ")
    assert "40/120 steps" in progress.bar(label, 40, 120, 12.3, columns=60)
