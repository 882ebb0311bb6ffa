"""Shared by the document-level tests: the verdict of every step a document gives. `timeout`: seconds per step
(None: the checker's own budget; tests that run on a shared machine may give more, a timeout is not a verdict)."""
from derivation.run.checkdoc import check_text


def document_verdicts(text: str, timeout: float | None = None) -> list[str]:
    """Verdicts of every judged step of a Markdown/LaTeX document, in order."""
    rep = check_text(text, timeout=timeout)
    return [s.verdict for r in rep.reports for s in r.steps]


def verdicts(tex: str, timeout: float | None = None) -> list[str]:
    """Verdicts of one display holding `tex`."""
    return document_verdicts(f"$$\n{tex}\n$$\n", timeout)


def display_steps(tex: str, timeout: float | None = None):
    """The step reports of one display holding `tex` (each = of the row)."""
    rep = check_text(f"$$\n{tex}\n$$\n", timeout=timeout)
    return [s for r in rep.reports for s in r.steps]
