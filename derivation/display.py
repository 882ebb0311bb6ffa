"""Rich display of the checker's reports in notebooks, as mixins: a report class only names its base
(`class StepReport(StepDisplay)`), and the rendering code is imported when a notebook asks.

    _repr_html_      the reading companion's HTML, mathematics as MathML (derivation/html/notebook.py)
    _repr_markdown_  the fallback for front ends without HTML: rows as $$ math $$, text badges,
                     counterexamples as tables (derivation/markdown_display.py)
    _repr_pretty_    IPython's plain text: the `eq7 check` text, not a dataclass dump
"""
from __future__ import annotations


class _PlainText:
    """IPython prefers a class's own __repr__ (which @dataclass writes into every report class) to a
    base's _repr_pretty_, so each subclass gets the base's _repr_pretty_ in its own namespace."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for base in cls.__mro__[1:]:
            if "_repr_pretty_" in vars(base):
                cls._repr_pretty_ = vars(base)["_repr_pretty_"]
                break


class StepDisplay(_PlainText):
    """For derivation.check.StepReport."""

    def _repr_html_(self) -> str:
        from .html.notebook import step_html
        return step_html(self)

    def _repr_markdown_(self) -> str:
        from .markdown_display import step_markdown
        return step_markdown(self)

    def _repr_pretty_(self, p, cycle) -> None:
        from .report import counterexample_text
        p.text("\n".join([f"{self.verdict.upper()}: {self.explanation}"]
                         + (counterexample_text(self, "  ") if self.counterexample else [])))


class ChainDisplay(_PlainText):
    """For derivation.check.ChainReport."""

    def _repr_html_(self) -> str:
        from .html.notebook import chain_html
        return chain_html(self)

    def _repr_markdown_(self) -> str:
        from .markdown_display import chain_markdown
        return chain_markdown(self)

    def _repr_pretty_(self, p, cycle) -> None:
        from .report import to_text
        p.text(to_text(self))


class DocumentDisplay(_PlainText):
    """For derivation.latex.checkdoc.DocumentReport (what `%%derivation` shows)."""

    def _repr_html_(self) -> str:
        from .html.notebook import document_html
        return document_html(self)

    def _repr_markdown_(self) -> str:
        from .markdown_display import document_markdown
        return document_markdown(self)

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(self.to_text())


class VerdictDisplay(_PlainText):
    """For derivation.classroom.StepVerdict."""

    def _repr_html_(self) -> str:
        from .html.notebook import verdict_html
        return verdict_html(self)

    def _repr_markdown_(self) -> str:
        from .markdown_display import verdict_markdown
        return verdict_markdown(self)

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(str(self))
