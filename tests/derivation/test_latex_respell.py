"""The respelling layer (derivation/read/respell.py): each typed variant reads exactly as its canonical
spelling, a valid identity written with it is proved and a slip written with it refuted; what is not
exactly a known form stays as typed and the reader names the command it cannot read."""
import pytest
import sympy

from derivation.read.general import parse_row
from derivation.read.mapped import Mapped
from derivation.read.read_error import ReadError
from derivation.read.reader import read_text
from derivation.read.relations import scan
from derivation.read.respell import MAX_GROWTH, respell

from ._verdicts import display_steps, verdicts


def spelled(text: str) -> str:
    return respell(Mapped.of(text, 0)).text


def reading(text: str):
    return parse_row(spelled(text))


# typed as people type it  ->  the canonical spelling (read without the layer)
PAIRS = [
    (r"\dfrac{a}{b} + \tfrac{c}{d}", r"\frac{a}{b} + \frac{c}{d}"),
    (r"{a \over b} c", r"{\frac{a}{b}} c"),
    (r"\pdv{\ln Z}{\beta}", r"\frac{\partial \ln Z}{\partial \beta}"),
    (r"\pdv[2]{\ln Z}{\beta}", r"\frac{\partial^{2} \ln Z}{\partial \beta^{2}}"),
    (r"\pdv{\beta} \ln Z", r"\frac{\partial}{\partial \beta} \ln Z"),
    (r"\pdv{F}{\lambda_i}{\lambda_j}", r"\frac{\partial^{2} F}{\partial \lambda_i \partial \lambda_j}"),
    (r"\dv{\ln Z}{\beta}", r"\frac{\mathrm{d} \ln Z}{\mathrm{d} \beta}"),
    (r"\qty(a + b) \qty[c] \qty{d}", r"\left( a + b \right) \left[ c \right] \left\{ d \right\}"),
    (r"\abs{x} + \ev{E} + \expval{E^2}", r"\left| x \right| + \left\langle E \right\rangle + \langle E^2 \rangle"),
    (r"\left< E \right>_{\text{data}}", r"\langle E \rangle_{\text{data}}"),
    (r"\cosh(\beta)", r"\left(\frac{e^{\beta} + e^{-(\beta)}}{2}\right)"),
    (r"\tanh \beta", r"\left(\frac{e^{\beta} - e^{-(\beta)}}{e^{\beta} + e^{-(\beta)}}\right)"),
    (r"\sinh^2(\beta)", r"\left(\frac{e^{\beta} - e^{-(\beta)}}{2}\right)^2"),
    (r"2\boxed{a + b}", r"2{a + b}"),
    (r"\underbrace{a + b}_{\text{two terms}} c", r"{a + b} c"),
    (r"\text{KL}(q \| p) + \text{Var}_p(x) + \textrm{E}\left[x\right]",
     r"\mathrm{KL}(q \| p) + \mathrm{Var}_p(x) + \mathrm{E}\left[x\right]"),
    (r"a = \space b", r"a = b"),
    (r"p(x_1, \dotsc, x_n) + q(x_1,\ldots,x_n; \theta) + r(x_1, x_2, \cdots, x_n \mid y)",
     r"p(x) + q(x; \theta) + r(x \mid y)"),
    (r"\Large \displaystyle \color{red} x + \textcolor{blue}{y}", r"x + {y}"),
    (r"e^{-E_1} + e^{-E_2} + \cdots + e^{-E_n}", r"\sum_{k=1}^{n} e^{-E_k}"),
    (r"\lambda_1 f_1(x) + \lambda_{2} f_{2}(x) + \dotsc + \lambda_m f_m(x)", r"\sum_{k=1}^{m} \lambda_k f_k(x)"),
    (r"\log p(x_1) + \ldots + \log p(x_N)", r"\sum_{k=1}^{N} \log p(x_k)"),
    (r"\half \dd{x}", r"\frac{1}{2} \mathrm{d}x"),
    (r"\vb{x} + \bfx", r"\mathbf{x} + \mathbf{x}"),
    (r"\sum_{o_1 \cdots o_n} \sum_{h_1, \dots, h_m} p(o, h)", r"\sum_{o} \sum_{h} p(o, h)"),
    (r"\sum_{h_j \in \lbrace 0, 1 \rbrace} e^{h_j}", r"\sum_{h_j \in \{ 0, 1 \}} e^{h_j}"),
    (r"a \lt b", r"a < b"),
    (r"A = \cdots = B", r"A = B"),
    (r"\Big( \big(1 + e^{b_1}\big) + \dots + \big(1 + e^{b_m}\big) \Big) c", r"\Big( \sum_{k=1}^{m} \big(1 + e^{b_k}\big) \Big) c"),
    (r"p(x_1) p(x_2) \cdots p(x_N) q", r"\left(\prod_{k=1}^{N} p(x_k)\right) q"),
    (r"\sum_{x_1}\sum_{x_2}\cdots\sum_{x_n} p(x)", r"\sum_{x} p(x)"),
    (r"\sum_j X_j \ \text{log} (Q_j) + \textrm{exp}(a) + \text{ln} b", r"\sum_j X_j \ \log (Q_j) + \exp(a) + \ln b"),
    (r"\underset{h}{\sum} P(v, h) + \underset{i=1}{\overset{N}{\prod}} q", r"\sum_{h} P(v, h) + \prod_{i=1}^{N} q"),
    (r"e^{-E_1} + ... + e^{-E_n}", r"\sum_{k=1}^{n} e^{-E_k}"),
    (r"p(x_1, ..., x_n)", r"p(x)"),
    (r"D_\mathrm{KL}(q \| p) + p_\text{data}(x)", r"D_{\mathrm{KL}}(q \| p) + p_{\text{data}}(x)"),
    (r"KL(q, p) + D_\text{KL}(q, p)", r"KL(q \| p) + D_{\text{KL}}(q \| p)"),
]


@pytest.mark.parametrize("typed, canonical", PAIRS)
def test_typed_and_canonical_read_alike(typed, canonical):
    assert reading(typed) == parse_row(canonical)


def test_canonical_text_is_left_alone():
    for _, canonical in PAIRS:
        assert reading(canonical) == parse_row(canonical)


# a valid identity written with the construct is proved; a slip written with it is refuted
IDENTITIES = [
    (r"-\pdv{\ln Z}{\beta} = \langle E \rangle", r"\pdv{\ln Z}{\beta} = \langle E \rangle"),
    (r"\pdv{\beta}\qty(\ln Z) = -\ev{E}", r"\pdv{\beta}\qty(\ln Z) = \ev{E}"),
    (r"\dv{\ln Z}{\beta} = -\langle E \rangle", r"\dv{\ln Z}{\beta} = \langle E \rangle"),
    (r"\pdv[2]{\ln Z}{\beta} = \langle E^2\rangle - \langle E\rangle^2",
     r"\pdv[2]{\ln Z}{\beta} = \langle E^2\rangle + \langle E\rangle^2"),
    (r"\dfrac{\partial \ln Z}{\partial \beta} = -\langle E \rangle", r"\dfrac{\partial \ln Z}{\partial \beta} = \langle E \rangle"),
    (r"{1 \over Z} \frac{\partial Z}{\partial \beta} = -\langle E \rangle",
     r"{1 \over Z} \frac{\partial Z}{\partial \beta} = \langle E \rangle"),
    (r"\frac{\partial \ln Z}{\partial \beta} = -\left< E \right>", r"\frac{\partial \ln Z}{\partial \beta} = \left< E \right>"),
    (r"\Large \frac{\partial \ln Z}{\partial\beta} = -\langle E\rangle", r"\Large \frac{\partial \ln Z}{\partial\beta} = \langle E\rangle"),
    (r"\boxed{\frac{\partial \ln Z}{\partial\beta} = -\langle E\rangle}",
     r"\boxed{\frac{\partial \ln Z}{\partial\beta} = \langle E\rangle}"),
    (r"\color{red}{\frac{\partial \ln Z}{\partial \beta}} = -\langle E \rangle",
     r"\color{red}{\frac{\partial \ln Z}{\partial \beta}} = \langle E \rangle"),
    (r"\therefore \frac{\partial \ln Z}{\partial\beta} = -\langle E\rangle",
     r"\therefore \frac{\partial \ln Z}{\partial\beta} = \langle E\rangle"),
    (r"\frac{\partial}{\partial \beta}\ln(2\cosh(\beta)) = \tanh(\beta)",
     r"\frac{\partial}{\partial \beta}\ln(2\cosh(\beta)) = -\tanh(\beta)"),
    (r"\log p(x_1) + \log p(x_2) + \cdots + \log p(x_N) = \sum_{i=1}^N \log p(x_i)",
     r"\log p(x_1) + \log p(x_2) + \cdots + \log p(x_N) = \sum_{i=1}^N \log Z"),
    (r"\log\left(p(x_1) p(x_2) \cdots p(x_N)\right) = \sum_{i=1}^N \log p(x_i)",
     r"\log\left(p(x_1) p(x_2) \cdots p(x_N)\right) = \sum_{i=1}^N p(x_i)"),
    (r"\sum_{x_1}\sum_{x_2}\cdots\sum_{x_n} p(x) = 1", r"\sum_{x_1}\sum_{x_2}\cdots\sum_{x_n} p(x) = 2"),
    (r"\log p(x_1, \ldots, x_n) = -E(x_1, \ldots, x_n) - \log Z",
     r"\log p(x_1, \ldots, x_n) = -E(x_1, \ldots, x_n) + \log Z"),
    (r"\frac{\partial^2 \log Z}{\partial \beta^2} = \text{Var}\left(E\right)",
     r"\frac{\partial^2 \log Z}{\partial \beta^2} = -\text{Var}\left(E\right)"),
    (r"\frac{\partial^4 \ln Z}{\partial \beta^4} = \frac{\partial^3}{\partial\beta^3}\left(-\langle E\rangle\right)",
     r"\frac{\partial^4 \ln Z}{\partial \beta^4} = \frac{\partial^3}{\partial\beta^3}\langle E\rangle"),
    (r"\frac{\partial}{\partial \beta} \text{log} Z = -\langle E \rangle", r"\frac{\partial}{\partial \beta} \text{log} Z = \langle E \rangle"),
    (r"\underset{x}{\sum} p(x) = 1", r"\underset{x}{\sum} p(x) = 2"),
    (r"D_\mathrm{KL}(q_\phi, p_\theta) = \mathbb{E}_{q_\phi}[\log q_\phi(x) - \log p_\theta(x)]",
     r"D_\mathrm{KL}(q_\phi, p_\theta) = \mathbb{E}_{q_\phi}[\log p_\theta(x) - \log q_\phi(x)]"),
    (r"\log p(x_1) + ... + \log p(x_N) = \sum_{i=1}^N \log p(x_i)", r"\log p(x_1) + ... + \log p(x_N) = \sum_{i=1}^N p(x_i)"),
]


@pytest.mark.parametrize("valid, slip", IDENTITIES)
def test_identity_proved_and_slip_refuted(valid, slip):
    assert verdicts(valid) == ["proved"]
    assert verdicts(slip) == ["invalid"]


def test_because_splits_the_row_into_two_equations():
    row = r"\frac{\partial \ln Z}{\partial \beta} = -\langle E \rangle \because Z = \sum_x e^{-\beta E(x)}"
    assert verdicts(row) == ["proved", "proved"]


def test_right_angle_is_never_a_relation():
    assert [t.sign for t in scan(r"\left< E \right> = \left<E\right>") if t.kind == "relation"] == ["="]


# what is not exactly a known form stays as typed: the reader names the command
@pytest.mark.parametrize("row, command", [
    (r"\foo{x} + y", r"\foo"),
    (r"\ev{A}{\psi}", r"\ev"),                       # a matrix element, not an average
    (r"a_1 + \cdots + b_n", r"\cdots"),               # no index pattern
    (r"x_1, \dots, x_n", r"\dots"),                   # a list, not a sum
    (r"f(x_1, \dots, y_n)", r"\dots"),                # not one letter's components
    (r"a_1 a_2 \cdots b_n", r"\cdots"),                 # factors that follow no index pattern
    (r"\cosh \beta (J + h)", r"\cosh"),               # an undelimited argument going on with a group: not guessed
    (r"\max_\theta f(\theta)", r"\max"),             # a maximum: no meaning yet (argmax: test_latex_argmax.py)
    (r"\e^{-\beta E}", r"\e"),                          # \mathrm{e} on one site, \epsilon on another
])
def test_unknown_forms_stay_unreadable_naming_the_command(row, command):
    with pytest.raises(ReadError) as e:
        reading(row)
    assert command in str(e.value)


def test_errors_still_point_at_the_typed_text():
    doc = read_text("$$\n\\dfrac{1}{Z} \\pdv{Z}{\\Theta} = \\foo\n$$\n")
    err = doc.rows[0].error
    assert err is not None and "\\foo" in err.message
    assert (err.line, err.column) == (2, len(r"\dfrac{1}{Z} \pdv{Z}{\Theta} = ") + 1)


def test_growth_is_bounded():
    row = "x"
    for _ in range(12):
        row = r"\cosh(" + row + ")"
    out = spelled(row)
    assert len(out) <= MAX_GROWTH * len(row) + 400


def test_a_leading_because_with_words_is_prose_and_the_chain_goes_on():
    doc = ("$$\n\\begin{aligned}\n\\frac{\\partial \\ln Z}{\\partial \\theta} &= "
           "\\frac{1}{Z}\\frac{\\partial Z}{\\partial \\theta} \\\\\n"
           "&\\because \\text{the chain rule} \\\\\n"
           "&= -\\mathbb{E}_{p_\\theta}\\left[\\frac{\\partial E}{\\partial \\theta}\\right]\n\\end{aligned}\n$$\n")
    from ._verdicts import document_verdicts
    assert document_verdicts(doc) == ["proved", "proved"]


def test_spinning_up_expectation_macro():
    assert verdicts(r"\underE{x \sim p_\theta}{\nabla_\theta \log p_\theta(x)} = 0") == ["proved"]
    assert verdicts(r"\underE{x \sim p_\theta}{\nabla_\theta \log p_\theta(x)} = 1") == ["invalid"]


def test_a_model_defined_by_its_unnormalized_density_is_not_refuted():
    # read once its \Large is dropped, p = f/Z was refuted as the claim f = e^{-E}: f is the author's p~
    doc = ("$$\\Large p(x; \\Theta)=\\frac{1}{Z(\\Theta)}f(x; \\Theta)$$\n\n"
           "$$\\Large Z(\\Theta)=\\sum_x f(x; \\Theta)$$\n")
    from ._verdicts import document_verdicts
    got = document_verdicts(doc)
    assert len(got) == 2 and "invalid" not in got


def test_a_bare_nabla_takes_the_documents_one_subscript():
    from derivation.read.respell import nabla_convention
    from ._verdicts import document_verdicts
    head = "$$\\nabla_{\\theta} \\log Z(\\theta) = \\frac{1}{Z(\\theta)} \\nabla_\\theta Z(\\theta)$$\n\n"
    assert document_verdicts(head + "$$\\nabla \\log Z = \\frac{1}{Z} \\nabla Z$$\n") == ["proved", "proved"]
    assert document_verdicts(head + "$$\\nabla \\log Z = \\nabla Z$$\n") == ["proved", "invalid"]
    assert nabla_convention(r"\nabla_\theta f + \nabla_{ \theta } g + \nabla h") == r"\theta"
    assert nabla_convention(r"\nabla_\theta f + \nabla_x g + \nabla h") is None   # two subscripts: not guessed
    assert nabla_convention(r"\nabla f") is None


@pytest.mark.parametrize("between", [r"\text{ so }", r"\quad\text{and hence}\quad", r"\implies", r"\therefore", r"\because"])
def test_prose_connectives_split_the_row(between):
    first = r"\frac{\partial \ln Z}{\partial \beta} = -\langle E \rangle "
    second = r" \frac{\partial^2 \ln Z}{\partial \beta^2} = \langle E^2\rangle SIGN \langle E\rangle^2"
    assert verdicts(first + between + second.replace("SIGN", "-")) == ["proved", "proved"]
    assert verdicts(first + between + second.replace("SIGN", "+")) == ["proved", "invalid"]


def test_an_expectation_under_p_of_data_is_the_data_average():
    # x ~ p(\text{data}) was read as the model: a row joined across a `\because` row then held falsely
    assert verdicts(r"\mathbb{E}_{x\sim p(\text{data})}[E(x)] = \frac{1}{N}\sum_{i=1}^N E(x_i)") == ["proved"]
    assert verdicts(r"\mathbb{E}_{x\sim p(\text{data})}[E(x)] = \sum_x p_\theta(x) E(x)") == ["invalid"]


def test_a_function_typed_as_text_is_the_function_never_words_cutting_the_row():
    # \text{log} was words between two equations: the row was cut in two and the halves compared (a false invalid)
    assert "invalid" not in verdicts(r"\sum_j a_j \text{log} (b_j) = \sum_j a_j \log (b_j)")
    assert verdicts(r"\beta \text{log} Z = \beta \log Z") == ["proved"]
    step, = display_steps(r"\frac{\partial}{\partial \theta} \text{exp}(2 \theta) = \text{exp}(2 \theta)")
    assert step.verdict == "invalid"
    theta = sympy.Rational(step.counterexample.as_dict()["tables"]["theta ="])
    t = sympy.Symbol("t")
    lhs = sympy.diff(sympy.exp(2 * t), t).subs(t, theta)      # independent of the checker
    assert sympy.simplify(lhs - sympy.exp(2 * theta)) != 0
    assert sympy.simplify(lhs - sympy.sympify(step.counterexample.as_dict()["lhs_exact"])) == 0


def test_an_underset_over_anything_but_a_big_operator_stays_named():
    with pytest.raises(ReadError) as e:
        reading(r"\underset{h}{f} + 1")
    assert "underset" in str(e.value)


def test_markdown_escaped_bar_is_the_conditional_bar_only_where_the_author_escapes():
    from ._verdicts import document_verdicts
    assert document_verdicts("$$\n\\sum\\_h p(h \\| v) = 1\n$$\n") == ["proved"]
    assert document_verdicts("$$\n\\sum\\_h p(h \\| v) = 2\n$$\n") == ["invalid"]
    # KL's escaped || stays the divergence's bar
    assert document_verdicts("$$\n\\mathrm{KL}(p \\|\\| p) = 0 \\quad x\\_1\n$$\n") != ["invalid"]


def test_an_energy_with_a_label_beside_the_model_is_undecided_never_refuted_through_it():
    # E_{eff}(v), defined by the document further on (or only in words), was drawn apart from the model: the
    # marginal P(v) = sum_h P(v, h) = e^{-E_eff(v)}/Z was called invalid once \underset{h}{\sum} was read
    from ._verdicts import document_verdicts
    head = "$$\nE(v, h) = - v h\n$$\n\n$$\nP(v) = \\underset{h}{\\sum} P(v, h) = "
    assert document_verdicts(head + "\\frac{1}{Z} e^{-E_{\\text{eff}}(v)}\n$$\n") == ["proved", "undecided"]
    assert document_verdicts(head + "2 \\sum_h P(v, h)\n$$\n") == ["proved", "invalid"]
