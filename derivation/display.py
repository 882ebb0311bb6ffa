"""Rich display of the checker's reports in notebooks: the reading companion's HTML
(derivation/html/notebook.py), with a Markdown fallback. Mixins, so a report class only names
its base (`class StepReport(StepDisplay)`); the HTML code is imported when a notebook asks."""
from __future__ import annotations


class StepDisplay:
    """For derivation.check.StepReport."""

    def _repr_html_(self) -> str:
        from .html.notebook import step_html
        return step_html(self)

    def _repr_markdown_(self) -> str:
        from .html.notebook import step_markdown
        return step_markdown(self)


class ChainDisplay:
    """For derivation.check.ChainReport."""

    def _repr_html_(self) -> str:
        from .html.notebook import chain_html
        return chain_html(self)

    def _repr_markdown_(self) -> str:
        from .html.notebook import chain_markdown
        return chain_markdown(self)


class DocumentDisplay:
    """For derivation.latex.checkdoc.DocumentReport."""

    def _repr_html_(self) -> str:
        from .html.notebook import document_html
        return document_html(self)

    def _repr_markdown_(self) -> str:
        from .latex.companion import to_markdown
        return to_markdown(self)


class VerdictDisplay:
    """For derivation.classroom.StepVerdict (which keeps its own _repr_markdown_)."""

    def _repr_html_(self) -> str:
        from .html.notebook import verdict_html
        return verdict_html(self)
