"""TeX -> MathML Core, on the server side: the page needs no script, no font and no network.

The converter is math-core (a Rust LaTeX -> MathML Core converter with wheels for Linux, macOS and
Windows, no dependencies). The pure-Python latex2mathml was tried on every row of the post and
reads them all, but renders `\\mathrm{x}` italic, `\\sim` as an identifier, `\\log` glued to its
argument and every formula inline; math-core gets those right, and converts the post in ~2 ms.

A command math-core does not know (a document's own macro) is shown by name, in red, inside the
rendered formula. When math-core is missing or cannot parse a snippet, the TeX is shown as code instead: a page is
always written, and the reader still has the row as printed.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

_UNAVAILABLE = object()


@lru_cache(maxsize=2)
def _converter(lenient: bool = False):
    try:
        from math_core import LatexToMathML
    except ImportError:
        return _UNAVAILABLE
    return LatexToMathML(fancy_error=False, ignore_unknown_commands=lenient)


def available() -> bool:
    """Whether math-core is installed (else every formula is shown as TeX code)."""
    return _converter() is not _UNAVAILABLE


_COMMENT = re.compile(r"(?<!\\)%.*$", re.MULTILINE)


def display_tex(latex: str) -> str:
    """A row as printed, made displayable on its own: comments, alignment marks and line
    breaks (`\\\\`) dropped, spaces collapsed. `\\&` stays (it is a printed ampersand)."""
    if not isinstance(latex, str):
        raise TypeError(f"display_tex: latex must be a str, got {type(latex).__name__}")
    text = _COMMENT.sub("", latex)
    text = re.sub(r"(?<!\\)\\\\(\[[^\]]*\])?", " ", text)   # \\ and \\[2pt]
    text = re.sub(r"(?<!\\)&", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def to_mathml(tex: str, display: bool = True) -> str | None:
    """MathML Core for `tex` (a <math> element), or None when it cannot be converted."""
    if _converter() is _UNAVAILABLE or not tex.strip():
        return None
    # Strict first; then with a document's own macros (\Vtheta, \RVx, ...) shown by name in an
    # <merror> inside a formula that is otherwise rendered. Anything else unparsable: None.
    for lenient in (False, True):
        try:
            return _converter(lenient).convert_with_local_state(tex, displaystyle=display)
        except Exception:  # math-core's LatexError, or anything a pre-1.0 binding may raise
            continue
    return None


def math_html(tex: str, display: bool = True) -> str:
    """The formula as MathML, or as TeX code (class tex-fallback) when it cannot be converted."""
    shown = display_tex(tex)
    mathml = to_mathml(shown, display)
    if mathml is not None:
        return mathml
    return f'<code class="tex-fallback">{html.escape(shown)}</code>'
