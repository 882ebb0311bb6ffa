"""LaTeX as people type it -> the canonical spelling the grammar reads (issue 21, part 4).

`reads(name)`: whether the reader reads a command (or a construct named in angle brackets), as the
census (benchmarks/latex_census.py) asks.
"""
from __future__ import annotations

from . import general_tokens, macros, relations

# read by the document model: environments, row breaks, labels, tags, comments' markers
_DOCUMENT = {"begin", "end", "label", "tag", "nonumber", "notag", "hline", "eqref", "intertext",
             "shortintertext", "allowbreak", "newcommand", "renewcommand", "providecommand", "def",
             "DeclareMathOperator", "vspace", "hspace"}
_SYMBOLS = {"{", "}", "|", ",", ";", ":", "!", " "}


def reads(name: str) -> bool:
    if name == "<document macro>":
        return True
    if name.startswith("<"):
        return False
    if len(name) == 1 and not name.isalpha():
        return name in _SYMBOLS
    return (name in general_tokens.KNOWN or name in _DOCUMENT or name in macros.KNOWN
            or name in relations.RELATION_WORDS or name in relations.SEPARATOR_WORDS
            or name in relations.TEXT_WORDS or name in relations.STACK_WORDS)
