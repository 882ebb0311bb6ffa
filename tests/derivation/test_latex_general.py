"""The general reader: the notation people use -> a generic AST (general.py), roles of letters (roles.py)."""
import pytest

from derivation.read.general import parse_general as P, parse_row, split_connectives
from derivation.read.read_error import ReadError
from derivation.meaning.roles import find_roles


def sym(name, deco="", sub=None, primes=0, sup=None):
    return ("sym", name, deco, sub, primes, sup)


X, THETA = sym("x"), sym("theta")


def test_letters_with_styles_decorations_primes_and_macros():
    assert P(r"\mathbf{x}") == X and P(r"\boldsymbol{x}") == X and P(r"\RVx") == X
    assert P(r"\tilde{p}") == sym("p", "tilde") and P(r"\mathcal{F}") == sym("F", "cal")
    assert P(r"x^{'}") == sym("x", primes=1) and P(r"x'") == sym("x", primes=1) and P(r"x^\prime") == sym("x", primes=1)
    assert P(r"x^{(i)}") == sym("x", sup=sym("i"))
    assert P(r"\Vtheta") == THETA


def test_applications_keep_parameters_and_conditions_apart():
    assert P(r"p(x;\theta)") == ("app", sym("p"), [X], [THETA])
    assert P(r"P(Y \mid W)") == ("app", sym("P"), [sym("Y")], [sym("W")])
    assert P(r"E(x, h)") == ("app", sym("E"), [X, sym("h")], [])


@pytest.mark.parametrize("text, kind", [
    (r"\mathbb{E}_{x\sim p}[f(x)]", "expect"), (r"\SetE_{x \sim p(x)} \nabla_\theta f(x)", "expect"),
    (r"\underset{x\sim p}{\mathbb{E}}[f]", "expect"), (r"\mathop{\mathbb{E}}_{x}[f]", "expect"),
    (r"\langle f \rangle_{\text{data}}", "bracket"), (r"\mathrm{Var}_\beta(H)", "var"),
    (r"\mathrm{Cov}(A_i, A_j)", "cov"), (r"\mathrm{KL}(q \| p)", "kl"), (r"D_{\mathrm{KL}}(q\,\|\,p)", "kl"),
    (r"\int_y e^{-E(y)}", "int"), (r"\int f(x)\, \mathrm{d}\mu(x)", "int"), (r"\prod_{i=1}^N p(x_i)", "prod"),
])
def test_the_chapters_operators(text, kind):
    assert P(text)[0] == kind


def test_integral_differentials_close_the_integrand():
    node = P(r"\int \tilde{p}(x) d x + 1")
    assert node[0] == "add" and node[1][0] == "int" and node[1][4] == X


def test_a_derivative_operator_takes_the_next_factor_and_big_operators_take_the_rest():
    node = P(r"\nabla_\theta E(x) e^{-E(x)}")   # its scope is decided by meaning.py (d_scope)
    assert node[0] == "d_scope" and node[2] == ("app", sym("E"), [X], []) and node[3][0] == "exp"
    assert P(r"\frac{\partial}{\partial\theta}\frac{1}{N}\sum_i f(x_i)")[0] == "d"
    assert P(r"\nabla_\theta \sum_x f(x) g(x)")[2][0] == "sum"


def test_relations_and_connectives():
    assert [r for r, _ in parse_row(r"a = b = c")] == [None, "=", "="]
    assert parse_row(r"= b")[0] == (None, None)
    parts = split_connectives(r"P(x) = A \text{ with } Z = B")
    assert [t.strip() for _, t in parts] == ["P(x) = A", "Z = B"]


@pytest.mark.parametrize("text, what", [
    (r"\foo x", "unknown command \\foo"), (r"x +", "ends too early"), ("{" * 80 + "x" + "}" * 80, "nested deeper"),
])
def test_unreadable_rows_say_where_and_why(text, what):
    with pytest.raises(ReadError) as e:
        P(text)
    assert what in str(e.value)


def roles(*rows, source=""):
    return find_roles([P(r) for r in rows], source)


def test_the_letter_carrying_the_parameter_is_the_model_and_the_other_the_data():
    r = roles(r"\mathbb{E}_{p(x)}[\nabla_\theta \log q_\theta(x)]")
    assert r.model == {"q"} and r.data == {"p"} and r.params == {"theta"}


def test_a_second_distribution_has_its_own_parameter():
    r = roles(r"\mathrm{KL}(q_\phi \| p_\theta)", r"E_\theta(x)")
    assert r.second_params == {"phi"} and "p" in r.model and "q" not in r.data


def test_latent_temperature_vectors_and_measures():
    r = roles(r"\frac{\partial}{\partial \lambda_i} \log Z(\beta, \lambda)", r"\int_\Gamma e^{-\beta E(x, h)} dx")
    assert r.beta and r.hidden and r.measure and "lambda" in r.vectors and r.params == {"lambda"}


def test_undecidable_roles_are_read_both_ways_and_markers_settle_them():
    # p and q without a parameter: p the model by convention, q its own distribution, and q as the model
    # is a second reading (roles_choice.py: never invalid unless both refute the row)
    r = roles(r"\mathbb{E}_{p}[\log q(x)]")
    assert not r.problems and r.model == {"p"} and r.free_seconds == {"q"}
    assert roles(r"\mathbb{E}_{Q}[\log q(x)]").problems   # neither is p: the roles cannot be told
    r = roles(r"\mathbb{E}_{p}[\log q(x)]", source="% eq7: model q\n% eq7: data p\n")
    assert not r.problems and r.model == {"q"} and r.data == {"p"}
