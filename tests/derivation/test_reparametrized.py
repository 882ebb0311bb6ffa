"""meaning/reparametrized.py: `\\eta = \\log\\frac{\\mu}{1-\\mu}` with eta the model's parameter written before and
mu new defines mu = e^eta / (1 + e^eta) for the rows after it (the Bernoulli read-off); before, mu was drawn apart
from eta and the rows were undecided or refuted."""
import math

import sympy

from derivation.meaning.reparametrized import invert
from derivation.run.checkdoc import check_text

DOC = r"""An exponential family in natural form:

$$
p(x; \eta) = h(x) \exp\left(\eta x - A(\eta)\right)
$$

So

$$
\eta = \log\frac{\mu}{1-\mu}
$$

$$
A(\eta) = -\log(1-\mu) = \log(1 + e^{\eta})
$$

$$
\mu = \frac{1}{1+e^{-\eta}}
$$
"""


def _verdicts(text):
    return [s.verdict for r in check_text(text).reports for s in r.steps]


def test_the_bernoulli_read_off_is_bound_and_its_rows_hold():
    assert _verdicts(DOC)[-2:] in (["holds", "proved"], ["proved", "proved"], ["holds", "holds"])


def test_a_slip_in_the_log_normalizer_is_refuted_with_mu_respected():
    slip = DOC.replace(r"A(\eta) = -\log(1-\mu)", r"A(\eta) = -\log(\mu)")
    steps = [s for r in check_text(slip).reports for s in r.steps]
    bad = steps[-2]
    assert bad.verdict == "invalid"
    c = bad.counterexample.as_dict()   # -log(sigma(eta)) against log(1 + e^eta): recomputed from the printed sides
    assert not math.isclose(c["lhs"], c["rhs"])


def test_the_inverse_with_the_sign_flipped_is_refuted():
    assert _verdicts(DOC.replace(r"\mu = \frac{1}{1+e^{-\eta}}", r"\mu = \frac{1}{1+e^{\eta}}"))[-1] == "invalid"


def test_the_inverter_reads_what_people_write_and_refuses_two_roots():
    mu, eta, t, k, beta = sympy.symbols("mu eta T k beta")
    assert sympy.simplify(invert(sympy.log(mu / (1 - mu)), mu, eta) - sympy.exp(eta) / (1 + sympy.exp(eta))) == 0
    assert sympy.simplify(invert(1 / (k * t), t, beta) - 1 / (k * beta)) == 0
    assert invert(mu ** 2, mu, eta) is None
    assert invert(sympy.sin(mu), mu, eta) is None


def test_a_new_letter_that_is_not_alone_is_not_defined():
    doc = DOC.replace(r"\eta = \log\frac{\mu}{1-\mu}", r"\eta = \log\frac{\mu_1}{1-\mu_1}")
    assert _verdicts(doc)[-2] not in ("proved", "holds")   # mu is then arbitrary: the A row is not shown true
