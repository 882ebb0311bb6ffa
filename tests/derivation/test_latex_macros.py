"""Macros a document defines and the Deep Learning book's notation (derivation/read/macros.py)."""
import pytest

from derivation.read.macros import KNOWN, MacroError, expand, find_definitions, table_for
from derivation.read.mapped import Mapped


def _expand(text, defs=""):
    table, _ = find_definitions(defs)
    return expand(Mapped.of(text, 100), table_for(table))


def test_newcommand_with_arguments_and_a_default():
    out = _expand(r"\pd{Z} + \pdd[\theta]{E}", r"\newcommand{\pd}[1]{\partial_\Theta #1} "
                  r"\newcommand\pdd[2][\Theta]{\frac{\partial #2}{\partial #1}}")
    assert out.text == r"\partial_\Theta Z + \frac{\partial E}{\partial \theta}"


def test_def_renewcommand_and_declaremathoperator():
    table, spans = find_definitions(r"\def\half#1{\frac{#1}{2}} \renewcommand{\E}{\mathcal{E}} "
                                    r"\DeclareMathOperator*{\Var}{Var}")
    assert set(table) == {"half", "E", "Var"} and len(spans) == 3
    out = expand(Mapped.of(r"\half{Z} \E \Var", 0), table_for(table))
    assert out.text == r"\frac{Z}{2} \mathcal{E} \mathrm{Var}"  # the document's \E wins over the book's


def test_the_deep_learning_book_notation_is_known():
    out = _expand(r"\nabla_{\Vtheta} \log \tilde{p}(\RVx) = \SetE_{\rvx} \vtheta")
    assert out.text == r"\nabla_{\boldsymbol{\theta}} \log \tilde{p}(\mathbf{x}) = \mathbb{E}_{\mathbf{x}} \boldsymbol{\theta}"
    assert KNOWN["pdata"].body == r"p_{\mathrm{data}}" and KNOWN["KL"].body == r"D_{\mathrm{KL}}"


def test_positions_map_back_to_the_source():
    out = _expand(r"\Vtheta + Z")
    z = out.text.index("Z")
    assert out.source_offset(z) == 100 + len(r"\Vtheta + ")   # after the macro: its own place
    assert out.source_offset(3) == 100                           # inside the expansion: the macro's place


@pytest.mark.parametrize("defs, use", [
    (r"\newcommand{\a}{\a\a}", r"\a"),                         # recursive
    (r"\def\b#1{#1#1#1#1}", r"\b{\b{\b{\b{\b{\b{\b{\b{\b{\b{Z}}}}}}}}}}"),   # exponential growth
])
def test_runaway_definitions_are_refused_not_followed(defs, use):
    with pytest.raises(MacroError, match="nests deeper|expands to more"):
        _expand(use, defs)


def test_a_missing_argument_is_named():
    with pytest.raises(MacroError, match="takes 2 argument"):
        _expand(r"\f{a}", r"\newcommand{\f}[2]{#1 #2}")


def test_unbalanced_definitions_are_ignored():
    table, spans = find_definitions(r"\newcommand{\x}{\frac{1}{2}" + " text" * 100)
    assert table == {} and spans == []
