"""No false verdict on the lead's probe rows (_probe_rows.py): a false row is never proved or holds, a true row is
never invalid, and no row raises. Exact verdicts are not pinned (a true row may stay undecided or unreadable):
the test guards soundness, which is what the rows were written to hunt."""
import pytest

from derivation.run.checkdoc import check_text

from ._probe_rows import rows

CASES = [pytest.param(truth, row, pre, id=f"{group}-{k}") for group, entries in rows().items()
         for k, (truth, row, pre) in enumerate(entries) if truth is not None]


@pytest.mark.parametrize("truth, row, pre", CASES)
def test_no_false_verdict(truth, row, pre):
    reports = check_text(pre + "$$\n" + row + "\n$$\n", timeout=30).reports
    verdicts = [s.verdict for s in reports[-1].steps] if reports else []
    verdict = verdicts[-1] if verdicts else "none"
    if truth:
        assert verdict != "invalid", row
    else:
        assert verdict not in ("proved", "holds"), row
