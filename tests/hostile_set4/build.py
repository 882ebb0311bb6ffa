"""hostile4 (adapted from hostile3): how cases are written down.

D(id, cause, blocks, truths): a short Markdown document. A block is a prose paragraph (str, inline $...$
allowed), a display (list of rows: one row -> `$$\nrow\n$$`; several -> inside aligned, joined by \\), or a
tuple (style, rows) with style 'one' ($$ row $$ on one line), 'bracket' (\[ ... \]) or 'align*'
(\begin{align*} ... \end{align*} directly). Every row is one step: the first row of a display compares its
two sides; a later row ('&= ...') compares the previous row's right side with its own. truths: one entry
per row: DEF (a definition, not judged, not scored) or a truth spec, or a list of specs (several steps
on one line, 'a = b = c').
S(id, cause, lhs, rhs, spec): a check_step(lhs, rhs) pair.

A truth spec: (label, lhs_fn, rhs_fn[, rel]) with label 'valid' or 'invalid', the functions of a
world.World giving the two values the step compares, rel '=' (default), '<=', '>=', '<', '>'; or
('either', specA, specB): two readings, one of which holds in every world and the other fails in one.
"""
CASES = []
DEF = ("def",)
V, I = "valid", "invalid"


def _text(blocks):
    lines, rowlines = [], []
    for b in blocks:
        if isinstance(b, str):
            lines.extend(b.split("\n")); lines.append("")
            continue
        if isinstance(b, tuple):
            style, rows = b
        else:
            style, rows = "dollars", b
        if style == "raw":
            # rows: list of (line, is_row) pairs, written verbatim
            for ln, is_row in rows:
                if is_row:
                    rowlines.append(len(lines) + 1)
                lines.append(ln)
            lines.append("")
            continue
        if style.startswith("env:"):
            env = style[4:]
            lines.append(r"\begin{%s}" % env)
            for k, row in enumerate(rows):
                rowlines.append(len(lines) + 1)
                lines.append(row + (r" \\" if k < len(rows) - 1 else ""))
            lines.append(r"\end{%s}" % env); lines.append("")
            continue
        if style == "one":
            rowlines.append(len(lines) + 1); lines.append("$$ " + rows[0] + " $$"); lines.append("")
            continue
        open_, close_ = {"dollars": ("$$", "$$"), "bracket": (r"\[", r"\]"),
                         "align*": (r"\begin{align*}", r"\end{align*}")}[style]
        lines.append(open_)
        if len(rows) == 1 and style != "align*":
            rowlines.append(len(lines) + 1); lines.append(rows[0])
        else:
            inner = style != "align*"
            if inner:
                lines.append(r"\begin{aligned}")
            for k, row in enumerate(rows):
                rowlines.append(len(lines) + 1)
                lines.append(row + (r" \\" if k < len(rows) - 1 else ""))
            if inner:
                lines.append(r"\end{aligned}")
        lines.append(close_); lines.append("")
    return "\n".join(lines), rowlines


def D(cid, cause, blocks, truths, note="", units=(0, 1), spins=(-1, 1)):
    text, rowlines = _text(blocks)
    assert len(rowlines) == len(truths), (cid, len(rowlines), len(truths))
    steps = []
    for line, t in zip(rowlines, truths):
        for tt in (t if isinstance(t, list) else [t]):
            steps.append((line, tt))
    CASES.append(dict(id=cid, cause=cause, kind="doc", text=text, steps=steps, note=note, units=units,
                      spins=spins))


def S(cid, cause, lhs, rhs, spec, note="", units=(0, 1), spins=(-1, 1)):
    CASES.append(dict(id=cid, cause=cause, kind="step", lhs=lhs, rhs=rhs, steps=[(0, spec)], note=note,
                      units=units, spins=spins))
