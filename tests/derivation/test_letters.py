"""The document's own letter for the parameter, and plurals, in every output (letters.py, words.py)."""
from __future__ import annotations

import json
import re

import pytest

from derivation.show.letters import in_letters, param_letter

THETA_DOC = ("$$\n\\frac{\\partial}{\\partial \\theta} \\log Z_\\theta = \\sum_x \\frac{\\partial E_\\theta(x)}"
             "{\\partial \\theta} \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n")


@pytest.mark.parametrize("rows, letter", [([r"\log Z_\theta"], "θ"), ([r"\log Z_\Theta"], "Θ"),
                                          ([r"\theta", r"\Theta"], "Θ"), ([r"\vartheta"], "Θ"),
                                          ([r"\thetas"], "Θ"), (["θ = 1"], "θ"), ([], "Θ")])
def test_param_letter(rows, letter):
    assert param_letter(rows) == letter


def test_in_letters_rewrites_only_for_theta():
    assert in_letters(r"Z_Θ and $\Theta$, \Thetax", "θ") == r"Z_θ and $\theta$, \Thetax"
    assert in_letters("Z_Θ", "Θ") == "Z_Θ"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    from derivation.run.checkdoc import check_text
    from derivation.show.companion import to_html, to_latex, to_markdown
    from derivation.show.report import to_json
    from derivation.show.short_report import to_text_document

    doc = check_text(THETA_DOC, "theta.md")
    return {"text": to_text_document(doc), "verbose": to_text_document(doc, verbose=True),
            "json": to_json(doc.reports[0]), "markdown": to_markdown(doc), "latex": to_latex(doc),
            "html": to_html(doc)}


@pytest.mark.parametrize("form", ["text", "verbose", "json", "markdown", "latex", "html"])
def test_a_theta_document_reads_theta_everywhere(outputs, form):
    out = outputs[form]
    if form == "json":
        out = json.dumps({k: v for k, v in json.loads(out).items() if k != "rows"}, ensure_ascii=False)
    legend = out.find("Verdicts:")
    body = out[:legend] if legend > 0 else out
    assert "invalid" in body
    assert not re.search(r"Θ|\\Theta(?![a-z])", body), form


@pytest.mark.parametrize("form", ["text", "verbose", "json", "markdown", "latex", "html"])
def test_no_plural_shorthand_or_one_steps(outputs, form):
    assert not re.search(r"\(s\)|\b1 (steps|states|rows|data points|derivations|instances)\b", outputs[form])


def test_check_step_speaks_in_the_students_letter():
    from derivation import check_step
    v = check_step(r"\nabla_\theta \log Z_\theta", r"\mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)]")
    assert v.verdict == "invalid" and v.letter == "θ"
    html = v._repr_html_().split("</style>", 1)[1]
    assert "Θ" not in str(v) and "Θ" not in html and "θ" in str(v)
    assert "Θ" in str(check_step(r"\frac{\partial \log Z_\Theta}{\partial \Theta}", "0"))
