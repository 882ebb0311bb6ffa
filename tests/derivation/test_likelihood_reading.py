"""L where the prose maximizes the log-likelihood and no row defines it: L as log p(v) of the row's one state is a
reading (likelihood_reading.py); a step right that way and refuted the paper's way is undecided, never invalid."""
from fractions import Fraction

from derivation.meaning.likelihood_reading import maximizes_loglik
from derivation.run.checkdoc import check_text
from derivation.show.shown_counterexample import fields

PROSE = "We want to maximize the log-likelihood of the data.\n\n"
LOGP = (r"\frac{\partial\mathcal{L}(\theta)}{\partial\theta} = \frac{\partial}{\partial\theta}\left(\log \sum_{H} "
        r"\exp(-E(V, H)) SIGN \log \sum_{V, H} \exp(-E(V, H))\right)")


def _steps(text):
    return [s for r in check_text(text, "t.md").reports for s in r.steps]


def test_log_likelihood_of_the_written_state_is_a_reading_not_a_refutation():
    steps = _steps(PROSE + "$$\n" + LOGP.replace("SIGN", "-") + "\n$$\n")
    assert [s.verdict for s in steps] == ["undecided"]
    assert "log-likelihood log p" in steps[0].explanation


def test_without_the_prose_the_paper_s_nll_stands():
    steps = _steps("$$\n" + LOGP.replace("SIGN", "-") + "\n$$\n")
    assert [s.verdict for s in steps] == ["invalid"]


def test_the_paper_s_identity_is_still_proved():
    row = (r"\frac{\partial \mathcal{L}}{\partial \theta} = \left\langle \frac{\partial E(x)}{\partial \theta} "
           r"\right\rangle_{data} - \left\langle \frac{\partial E(x)}{\partial \theta} \right\rangle_{model}")
    assert [s.verdict for s in _steps(PROSE + "$$\n" + row + "\n$$\n")] == ["proved"]


def test_a_sign_slip_on_log_z_is_refuted_both_ways_and_recomputed():
    steps = _steps(PROSE + "$$\n" + LOGP.replace("SIGN", "+") + "\n$$\n")
    assert [s.verdict for s in steps] == ["invalid"]
    assert "Every reading is refuted" in steps[0].explanation
    f = fields(steps[0].counterexample)
    tab = {tuple(int(a) for a in k[2:-1].split(",")): v for k, v in f["tables"].items() if k.startswith("E(")}
    w = {k: Fraction(v["e^{-E}"]) for k, v in tab.items()}
    d = {k: Fraction(v["d/dtheta"]) for k, v in tab.items()}
    z = sum(w.values())
    model = sum(w[k] * d[k] for k in w) / z   # <dE/dtheta> under p(v, h)

    def given(x):   # <dE/dtheta> under p(h | x)
        ks = [k for k in w if k[0] == x]
        return sum(w[k] * d[k] for k in ks) / sum(w[k] for k in ks)
    data = f["data"]
    lhs = -sum(-given(x) + model for x in data) / len(data)     # d/dtheta of -(1/N) sum_i log p(x_i)
    x = f["at"]["x"]
    rhs = -given(x) - model                                       # d/dtheta (log sum_h e^{-E(x,h)} + log Z)
    assert lhs == Fraction(f["lhs_exact"]) and rhs == Fraction(f["rhs_exact"]) and lhs != rhs


def test_prose_that_minimizes_a_loss_keeps_the_nll():
    assert maximizes_loglik("We maximize the log-likelihood $$L$$.")
    assert not maximizes_loglik("We minimize the negative log-likelihood $$L$$.")
    assert not maximizes_loglik("The log-likelihood $$L$$.")
