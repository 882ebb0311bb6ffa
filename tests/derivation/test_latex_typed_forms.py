"""Notation as typed (issue 21, part 4): \\frac with unbraced arguments, macros defined in pandoc's front matter,
and forms that used to end in an internal error (a derivative by a two-index component, an energy applied to
more states than its written form takes) or in a guessed reading (a derivative by a letter that is neither a
parameter nor a state written in what it differentiates)."""
import math

import sympy

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.respell import respell

from ._verdicts import display_steps, document_verdicts, verdicts


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


# ---- \frac12, \frac1Z: one token per argument, as TeX reads them
def test_unbraced_fraction_arguments_read_as_braced():
    for typed, canonical in [(r"\frac12 x", r"\frac{1}{2} x"), (r"\frac1Z \sum_x e^{-E(x)}", r"\frac{1}{Z} \sum_x e^{-E(x)}"),
                             (r"\frac{1}Z", r"\frac{1}{Z}"), (r"\frac \beta 2", r"\frac{\beta}{2}"),
                             (r"\dfrac12", r"\frac{1}{2}"), (r"\frac123", r"\frac{1}{2}3")]:
        assert parse_row(spelled(typed)) == parse_row(canonical), typed


def test_braced_fractions_are_left_alone():
    for text in (r"\frac{a}{b}", r"\frac{\partial}{\partial x} f", r"\frac{1}{2}\frac{1}{Z}"):
        assert spelled(text) == text


def test_unbraced_fraction_identity_proved_and_slip_refuted():
    assert verdicts(r"\frac1Z \frac{\partial Z}{\partial \beta} = -\langle E \rangle") == ["proved"]
    [step] = display_steps(r"\frac1Z \frac{\partial Z}{\partial \beta} = \langle E \rangle")
    assert step.verdict == "invalid"
    # recomputed from the printed instance: (1/Z) dZ/dbeta = -<E>, and the slip says +<E>
    ce = step.counterexample.as_dict()
    weights = [sympy.Rational(t["e^{-E}"]) for t in ce["tables"].values() if isinstance(t, dict)]
    beta = sympy.Rational(ce["tables"]["beta ="])
    energies = [-sympy.log(w) for w in weights]            # the table prints e^{-E} at the point
    z = sum(sympy.exp(-beta * e) for e in energies)
    mean_e = sum(e * sympy.exp(-beta * e) for e in energies) / z
    assert math.isclose(ce["lhs"], float(-mean_e), rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(ce["rhs"], float(mean_e), rel_tol=1e-9, abs_tol=1e-12)
    assert mean_e != 0


# ---- pandoc's header-includes: macros for the whole document
FRONT = ("---\ntitle: Ising\nheader-includes: |\n    \\usepackage{physics}\n    \\newcommand{\\e}{\\mathrm{e}}\n---\n"
         "Text.\n\n")


def test_front_matter_macros_are_expanded():
    row = r"\frac{\partial}{\partial \beta} \ln \sum_x \e^{-\beta E(x)} = SIGN\langle E \rangle"
    assert document_verdicts(FRONT + "$$\n" + row.replace("SIGN", "-") + "\n$$\n") == ["proved"]
    assert document_verdicts(FRONT + "$$\n" + row.replace("SIGN", "") + "\n$$\n") == ["invalid"]


def test_without_the_definition_the_site_macro_stays_unreadable():
    row = r"\frac{\partial}{\partial \beta} \ln \sum_x \e^{-\beta E(x)} = -\langle E \rangle"
    assert document_verdicts("Text.\n\n$$\n" + row + "\n$$\n") == ["unreadable"]


def test_a_body_definition_wins_over_the_front_matter():
    doc = FRONT + "$$\\renewcommand{\\e}{\\epsilon}$$\n\n$$\n\\e = 2\\e - \\e\n$$\n"
    assert document_verdicts(doc) == ["proved"]


# ---- named, never an internal error
def _explanations(doc):
    from derivation.run.checkdoc import check_text
    return [(s.verdict, s.explanation) for r in check_text(doc).reports for s in r.steps]


def test_a_derivative_by_a_two_index_component_is_named():
    doc = ("$$\n\\begin{align*}\n\\nabla_{w_{i, j}} \\log{Z} "
           "&= \\frac{1}{Z} \\sum_{x} \\nabla_{w_{i, j}} \\exp{(H(x))}\n\\end{align*}\n$$\n")
    got = _explanations(doc)
    assert got and all("internal error" not in e and "Can't calculate" not in e for _, e in got)
    assert any(v == "unreadable" and "several indices" in e for v, e in got)


def test_an_energy_applied_to_more_states_than_its_form_is_named():
    doc = ("$$\nE(s) = -J s_1 s_2 - B(s_1+s_2)\n$$\n\n$$\n\\begin{align}\nZ &= \\mathrm{e}^{-\\beta E(s_1,s_2)} \\\\\n"
           "&= \\sum_{s_1,s_2} \\mathrm{e}^{-\\beta E(s_1, s_2)}\n\\end{align}\n$$\n")
    got = _explanations(doc)
    assert got and all("internal error" not in e for _, e in got)
    assert any(v == "unreadable" and "written out for 1" in e for v, e in got)


# ---- a derivative by a letter that nothing written carries: never guessed to be 0
def test_a_derivative_by_a_field_letter_is_not_a_state_derivative():
    # <M> = (1/2) d(-beta F)/dh for an Ising pair in a field h: read with h a state, d/dh(-beta F) = 0 and the
    # valid row was refuted; h a parameter the prose gives: not the vocabulary's. Unreadable, naming h.
    got = _explanations("$$\n\\langle M \\rangle = \\frac12 \\pdv{}{h}\\left( -\\beta F \\right)\n$$\n")
    assert [v for v, _ in got] == ["unreadable"] and "neither a parameter nor a state" in got[0][1]


def test_a_state_derivative_of_what_carries_the_state_is_still_read():
    assert verdicts(r"\nabla_x \log p(x) = -\nabla_x E(x)") == ["proved"]
    assert verdicts(r"\nabla_x \log p(x) = \nabla_x E(x)") == ["invalid"]
    assert verdicts(r"\nabla_x \log Z = 0") == ["proved"]      # x, a state letter: Z does not depend on it


# ---- site macros whose use shows their meaning; Markdown escapes inside a display
def test_site_macros_read_where_their_use_shows_their_meaning():
    assert spelled(r"E_{\what Z \sim q}\s{\log p(\what Z)}") == r"E_{\widehat{Z} \sim q}\left[ \log p(\widehat{Z}) \right]"
    assert spelled(r"\mathbb{E}_{x}\s{f}") == r"\mathbb{E}_{x}\left[ f \right]"
    assert spelled(r"a\s{b}") == r"a\s{b}"                  # not after an expectation: left, named by the reader
    assert spelled(r"\int f \dd x") == r"\int f \mathrm{d}  x"


def test_expectation_brackets_of_a_site_identity_proved_and_slip_refuted():
    row = r"\nabla_\theta E_{x \sim p_\theta}\s{1} = E_{x \sim p_\theta}\s{\nabla_\theta \log p_\theta(x)}"
    assert verdicts(row) == ["proved"]
    [step] = display_steps(r"E_{x \sim p_\theta}\s{\nabla_\theta \log p_\theta(x)} = 1")
    assert step.verdict == "invalid"
    ce = step.counterexample.as_dict()
    assert ce["lhs"] == 0 and ce["rhs"] == 1        # E_p[grad log p] = grad 1 = 0 on every instance


def test_a_bare_nabla_takes_its_rows_one_subscript_in_a_document_with_several():
    other = "$$\n\\nabla_x \\log p_\\theta(x) = -\\nabla_x E_\\theta(x)\n$$\n\n"
    row = "$$\n\\nabla_\\theta \\log Z_\\theta = -\\int p_\\theta(x) \\nabla E_\\theta(x) dx SLIP\n$$\n"
    assert document_verdicts(other + row.replace("SLIP", "")) == ["proved", "proved"]
    assert document_verdicts(other + row.replace("SLIP", "+ 1")) == ["proved", "invalid"]
    mixed = "$$\n\\nabla_\\theta \\log Z_\\theta = -\\nabla_x \\int p_\\theta(x) \\nabla E_\\theta(x) dx\n$$\n"
    assert document_verdicts(other + mixed) == ["proved", "unreadable"]     # two subscripts on the row: not guessed


def test_markdown_escaped_brackets_and_bars_in_a_display():
    escaped = ("$$\nD_{KL}(q_\\phi \\|\\| p_\\theta) = \\mathbb{E}\\_{q_\\phi}\\left\\[\\log q_\\phi(x) - "
               "\\log p_\\theta(x)\\right\\]\n$$\n")
    assert document_verdicts(escaped) == ["proved"]
    assert document_verdicts(escaped.replace("- \\log p_\\theta", "+ \\log p_\\theta")) == ["invalid"]
    score = "$$\n\\mathbb{E}\\_{x \\sim p_\\theta}\\left\\[\\nabla_\\theta \\log p_\\theta(x)\\right\\] = 0\n$$\n"
    assert document_verdicts(score) == ["proved"]


def test_a_sites_double_struck_letter():
    assert spelled(r"\double E_{x \sim p}[f]") == r"\mathbb{E}_{x \sim p}[f]"
    assert spelled(r"\double \alpha") == r"\double \alpha"        # not a letter: left, named by the reader
    assert verdicts(r"\double E_{x \sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] = 0") == ["proved"]
    assert verdicts(r"\double E_{x \sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] = 1") == ["invalid"]


# ---- an aside `(= C)` closing a row, a font on a list of letters
def test_a_closing_aside_continues_the_chain():
    assert spelled(r"a = b \left(= c \right).") == r"a = b  =  c  ."
    assert spelled(r"a = b (= c)") == r"a = b  =  c "
    assert spelled(r"a = b (= c) + d") == r"a = b (= c) + d"          # not the row's end: left as typed
    row = r"\nabla_\theta \log Z_\theta = \mathbb{E}_{p_\theta}\left[-\nabla_\theta E_\theta(x)\right] \left(= SIDE\right)."
    assert verdicts(row.replace("SIDE", r"-\sum_x p_\theta(x) \nabla_\theta E_\theta(x)")) == ["proved", "proved"]
    [first, second] = display_steps(row.replace("SIDE", r"\sum_x p_\theta(x) \nabla_\theta E_\theta(x)"))
    assert (first.verdict, second.verdict) == ("proved", "invalid")
    ce = second.counterexample.as_dict()
    assert math.isclose(ce["lhs"], -ce["rhs"]) and ce["lhs"] != 0      # the aside's sign slip: C = -B


def test_a_font_on_a_list_is_on_each_letter():
    assert spelled(r"p(\mathbf{X, Z})") == r"p(\mathbf{X}, \mathbf{Z})"
    assert parse_row(spelled(r"q(\boldsymbol{v,h})")) == parse_row(r"q(\boldsymbol{v}, \boldsymbol{h})")


def test_upright_font_of_unicode_math():
    assert spelled(r"D_{\mathup{KL}}(q_\phi \Vert p_\theta)") == r"D_{\mathrm{KL}}(q_\phi \|  p_\theta)"
    assert verdicts(r"D_{\mathup{KL}}(p_\theta \Vert p_\theta) = 0") == ["proved"]
    assert verdicts(r"D_{\mathup{KL}}(p_\theta \Vert p_\theta) = 1") == ["invalid"]


def test_primes_inside_a_font_group_and_a_braced_logsumexp_argument():
    assert spelled(r"\sum_{\mathbf{x''}} p(\mathbf{x''})") == r"\sum_{\mathbf{x}''} p(\mathbf{x}'')"
    assert spelled(r"\mathrm{LogSumExp}_{y}\{f(x)[y]\}") == r"\mathrm{LogSumExp}_{y}(f(x)[y])"
    assert verdicts(r"\sum_{\mathbf{x''}} p_\theta(\mathbf{x''}) = 1") == ["proved"]
    assert verdicts(r"\sum_{\mathbf{x''}} p_\theta(\mathbf{x''}) = 2") == ["invalid"]
