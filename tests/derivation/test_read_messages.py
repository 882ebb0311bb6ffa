"""A reader's message names the mistake (read_messages.py), in eq7 check and in check_step."""
from __future__ import annotations

import pytest

from derivation.classroom import check_step
from derivation.run.checkdoc import check_text
from derivation.show.read_messages import plain, side_mistake, unclosed, without_tokens
from derivation.show.short_report import to_text_document


@pytest.mark.parametrize("latex, opener, at", [("e^{-E(x) = y", "{", 2), (r"\frac{a}{b", "{", 8), ("a{b}c", "{", None),
                                              (r"\{ x", "{", None), (r"\left( x", "(", None), ("f(x = y", "(", 1)])
def test_unclosed(latex, opener, at):
    assert unclosed(latex, opener) == at


@pytest.mark.parametrize("row, said", [
    ("e^{-E(x) = y", "the `{` opened after `e^` is never closed (a `}` is missing)"),
    (r"\frac{a}{b = b", r"the `{` opened after `\frac{a}` is never closed"),
    ("f(x = y", "the `(` opened after `f` is never closed (a `)` is missing)"),
    ("a + = b", "expected an expression after `+`"),
])
def test_eq7_check_names_the_mistake(row, said):
    out = to_text_document(check_text(f"$$\n{row}\n$$\n", "slip.md"))
    assert said in " ".join(out.split())
    assert "row break inside a row" not in out


def test_a_message_it_cannot_place_is_kept():
    assert plain("unknown command \\foo", r"\foo{x}") == "unknown command \\foo"
    assert plain(None, "x") is None


@pytest.mark.parametrize("before, said", [
    (r"\frac{a}{b", r"before: the `{` opened after `\frac{a}` is never closed (a `}` is missing)"),
    ("a +", "before: expected an expression after `+`"),
    ("a+b)", "before: the `)` right after `a+b` closes nothing"),
    (r"\sum_x", r"before: expected what `\sum_x` applies to, after it"),
])
def test_check_step_names_the_mistake_not_parser_tokens(before, said):
    v = check_step(before, "b")
    assert v.verdict == "unreadable" and v.explanation == said


def test_check_step_reads_a_plus_b():
    v = check_step("a+b", "b+a")
    assert v.verdict == "proved"
    assert "expected (" not in str(v)


def test_without_tokens():
    assert without_tokens("unexpected `a` (expected (, +, -, E, L, N, P, ...)") == "unexpected `a`"
    assert side_mistake("a + b") is None


def test_a_command_before_a_closing_brace_is_no_escape():
    from derivation.show.read_messages import side_mistake
    assert side_mistake(r"Z^{\frac12}") is None               # the brace closes its group
    assert "closes nothing" in side_mistake(r"\frac{a}{b}}")
    assert side_mistake(r"\{a") is None                       # an escaped brace opens nothing
