"""Rich display of the checker's reports in notebooks, as mixins: a report class only names its base
(`class StepReport(StepDisplay)`), and the rendering code is found when a notebook asks.

    _repr_html_      the reading companion's HTML, mathematics as MathML (derivation/show/html/notebook.py)
    _repr_markdown_  the fallback for front ends without HTML: rows as $$ math $$, text badges,
                     counterexamples as tables (derivation/show/markdown_display.py)
    _repr_pretty_    IPython's plain text: the `eq7 check` text, not a dataclass dump

The reports live in the judge (check.py) and the renderers in the show layer above it, which imports the
judge. So this module, below the judge, imports no renderer: each hook names its renderer as data
(RENDERERS, module and function), resolved on the first display, the way derivation/__init__ resolves
the public names. The layers stay one-way; RENDERERS is the whole of the show layer's hook into them.
"""
from __future__ import annotations

import importlib

# (report kind, format) -> (module, function): the show layer's entry for each report kind
RENDERERS = {
    ("step", "html"): ("derivation.show.html.notebook", "step_html"),
    ("step", "markdown"): ("derivation.show.markdown_display", "step_markdown"),
    ("step", "text"): ("derivation.show.report", "step_pretty"),
    ("chain", "html"): ("derivation.show.html.notebook", "chain_html"),
    ("chain", "markdown"): ("derivation.show.markdown_display", "chain_markdown"),
    ("chain", "text"): ("derivation.show.report", "to_text"),
    ("document", "html"): ("derivation.show.html.notebook", "document_html"),
    ("document", "markdown"): ("derivation.show.markdown_display", "document_markdown"),
    ("verdict", "html"): ("derivation.show.html.notebook", "verdict_html"),
    ("verdict", "markdown"): ("derivation.show.markdown_display", "verdict_markdown"),
}


def render(kind: str, form: str, report) -> str:
    """The show layer's rendering of `report` (a report of `kind`) in `form`."""
    module, function = RENDERERS[kind, form]
    return getattr(importlib.import_module(module), function)(report)


class _PlainText:
    """IPython prefers a class's own __repr__ (which @dataclass writes into every report class) to a
    base's _repr_pretty_, so each subclass gets the base's _repr_pretty_ in its own namespace."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "_repr_pretty_" in vars(cls):    # a class with its own (DocumentDisplay) keeps it
            return
        for base in cls.__mro__[1:]:
            if "_repr_pretty_" in vars(base):
                cls._repr_pretty_ = vars(base)["_repr_pretty_"]
                break


class _Shown(_PlainText):
    KIND = ""

    def _repr_html_(self) -> str:
        return render(self.KIND, "html", self)

    def _repr_markdown_(self) -> str:
        return render(self.KIND, "markdown", self)

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(render(self.KIND, "text", self))


class StepDisplay(_Shown):
    """For derivation.judge.check.StepReport."""
    KIND = "step"


class ChainDisplay(_Shown):
    """For derivation.judge.check.ChainReport."""
    KIND = "chain"


class DocumentDisplay(_Shown):
    """For derivation.run.checkdoc.DocumentReport (what `%%derivation` shows)."""
    KIND = "document"

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(self.to_text())


class VerdictDisplay(_Shown):
    """For derivation.classroom.StepVerdict."""
    KIND = "verdict"

    def _repr_pretty_(self, p, cycle) -> None:
        p.text(str(self))
