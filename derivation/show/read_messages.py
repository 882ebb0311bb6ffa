"""A reader's message about a row, said as the mistake a student made.

The reader knows where it stopped ("unexpected `=` (expected `}`)", "the row ends too early"); the
student needs the cause: which brace was opened and never closed, which operator has nothing after
it. `plain(message, latex)` adds that, found in the row as written; a message it cannot place is
returned as it was. Used wherever a row's error is shown (text, HTML, Markdown, pytest, check_step).
"""
from __future__ import annotations

import re

_CLOSE = {"}": "{", ")": "(", "]": "["}
_WHAT = {"{": "brace", "(": "parenthesis", "[": "bracket"}


def _scan(latex: str, opener: str):
    """(the positions of the `opener`s never closed, the position of the first closer that closes nothing
    or None), reading forward (escaped \\{ and \\left( do not count: a backward scan would take the
    `\\` of `\\frac12}` for an escape of the `}`)."""
    closer = {v: k for k, v in _CLOSE.items()}[opener]
    stack, stray = [], None
    k = 0
    while k < len(latex):
        if latex[k] == "\\":   # \{ \} are literal braces; \left( \right) are sized delimiters
            m = re.match(r"\\(left|right|big|Big|bigg|Bigg)[lr]?\s*", latex[k:])
            k += len(m.group(0)) + 1 if m else 2
            continue
        if latex[k] == opener:
            stack.append(k)
        elif latex[k] == closer:
            if stack:
                stack.pop()
            elif stray is None:
                stray = k
        k += 1
    return stack, stray


def unclosed(latex: str, opener: str) -> int | None:
    """The position of the last `opener` in `latex` that is never closed (escaped \\{ and \\left(
    do not count), or None."""
    stack, _ = _scan(latex, opener)
    return stack[-1] if stack else None


def _context(latex: str, pos: int) -> str:
    before = latex[max(0, pos - 16):pos]
    if pos > 16 and " " in before.strip():   # start at a whole token, not inside `\log`
        before = before.strip().split(" ", 1)[1]
    before = " ".join(before.split())
    return f"after `{before}`" if before else "at the start of the row"


def plain(message: str | None, latex: str | None) -> str | None:
    """`message` with the mistake named: 'the `{` opened after `e^` is never closed (a `}` is
    missing)', 'expected an expression after `+`'."""
    if not message or not latex:
        return message
    m = re.search(r"expected `([})\]])`", message)
    if m:
        opener = _CLOSE[m.group(1)]
        pos = unclosed(latex, opener)
        if pos is not None:
            return (f"{message}: the `{opener}` opened {_context(latex, pos)} is never closed "
                    f"(a `{m.group(1)}` is missing)")
    if "ends too early" in message or "expected an expression" in message:
        ops = list(re.finditer(r"([+\-*/^_,]|\\cdot|\\times|\\frac)\s*(?=$|=|&|\\\\|\))", latex.strip()))
        if ops:
            after = f"expected an expression after `{ops[0].group(1)}`"
            return message.replace("expected an expression", after) if "expected an expression" in message \
                else f"{message}: {after}"
    pos = unclosed(latex, "{")
    if pos is not None and "unexpected" in message:   # whatever the reader met first, a brace is open
        return f"{message}; and the `{{` opened {_context(latex, pos)} is never closed (a `}}` is missing)"
    return message


def side_mistake(latex: str) -> str | None:
    """The mistake in one side written alone (check_step's before/after): an open brace, parenthesis
    or bracket, a closing one that closes nothing, an operator with nothing after it; None if none."""
    for opener, closer in (("{", "}"), ("(", ")"), ("[", "]")):
        pos = unclosed(latex, opener)
        if pos is not None:
            return f"the `{opener}` opened {_context(latex, pos)} is never closed (a `{closer}` is missing)"
    for opener, closer in (("{", "}"), ("(", ")")):
        _, at = _scan(latex, opener)
        if at is not None:
            return f"the `{closer}` {_context(latex, at).replace('after', 'right after')} closes nothing"
    m = re.search(r"(\\(?:sum|prod|int)(?:_\{[^}]*\}|_\\?\w+)?(?:\^\{[^}]*\}|\^\\?\w+)?)\s*$", latex)
    if m:
        return f"expected what `{m.group(1)}` applies to, after it"
    m = re.search(r"([+\-*/^_,=]|\\cdot|\\times)\s*$", latex)
    if m:
        return f"expected an expression after `{m.group(1)}`"
    return None


def without_tokens(message: str) -> str:
    """A parser message without its list of expected tokens ('expected (, +, -, E, L, ...')."""
    return re.sub(r"[;(]?\s*expected (?:[^\s,]+, )+[^)]*\)?", "", message).strip()
