"""Shared by the document-level soundness tests: the verdict of every step a document gives."""
from derivation.run.checkdoc import check_text


def document_verdicts(text: str) -> list[str]:
    """Verdicts of every judged step of a Markdown/LaTeX document, in order."""
    rep = check_text(text)
    return [s.verdict for r in rep.reports for s in r.steps]


def verdicts(tex: str) -> list[str]:
    """Verdicts of one display holding `tex`."""
    return document_verdicts(f"$$\n{tex}\n$$\n")


def display_steps(tex: str):
    """The step reports of one display holding `tex` (each = of the row)."""
    rep = check_text(f"$$\n{tex}\n$$\n")
    return [s for r in rep.reports for s in r.steps]
