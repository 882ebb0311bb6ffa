"""A Chain -> a Markdown document the reader reads back to the same chain (the round trip).

Each row is printed by the notation's printer (`latex_of`), one row per line of an `align*`
block; a row with its own left side prints `lhs &= expr`, a continuing row `&= expr`; a
justification becomes a `% by:` comment on the row's line.
"""
from __future__ import annotations

from derivation.meaning.chain import Chain
from derivation.meaning.notation import latex_of


def render_rows(chain: Chain) -> list[str]:
    lines = []
    for k, row in enumerate(chain.rows):
        if not row.readable:
            raise ValueError(f"render: row {k + 1} could not be read ({row.error}); nothing to print")
        head = f"{latex_of(row.lhs)} &= " if row.lhs is not None else ("&= " if k else "")
        text = head + latex_of(row.expr) + (" \\\\" if k + 1 < len(chain.rows) else "")
        if row.justification:
            text += f" % by: {row.justification}"
        lines.append(text)
    return lines


def render_markdown(chain: Chain, title: str = "") -> str:
    """The chain as a Markdown document: a title line, then one `$$ \\begin{align*} ... $$` block."""
    head = [f"# {title or chain.title or 'Derivation'}", ""]
    return "\n".join(head + ["$$", r"\begin{align*}", *render_rows(chain), r"\end{align*}", "$$", ""])
