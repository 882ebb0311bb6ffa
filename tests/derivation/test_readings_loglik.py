"""\\mathcal{L} and L: the vocabulary's NLL unless a row defines them (a second reading as the log-likelihood
was tried and withdrawn: it left the paper's own identity undecided wherever L is not defined). A row that
defines L as the log-likelihood binds it; a slip stays invalid (its counterexample recomputed here)."""
import json
from fractions import Fraction

from derivation.run.checkdoc import check_text

STEP_SECONDS = 30
MODEL = "$$\np_\\theta(x) = \\frac{e^{-E_\\theta(x)}}{Z_\\theta}\n$$\n\n"
DL = r"\frac{\partial \mathcal{L}(\theta)}{\partial \theta}"
AVG = r"\left\langle \frac{\partial E_\theta(x)}{\partial \theta} \right\rangle_{\text{%s}}"


def last_steps(*displays):
    text = MODEL + "".join(f"$$\n{d}\n$$\n\n" for d in displays)
    d = json.loads(check_text(text, timeout=STEP_SECONDS).to_json())
    return [s for s in d.get("derivations", [d])[-1]["steps"] if s["verdict"] != "unjudged"]


def test_a_definition_of_l_binds_it_and_the_step_is_proved():
    got = last_steps(r"\mathcal{L}(\theta) = \frac{1}{N} \sum_{i=1}^{N} \log p_\theta(x_i)",
                     f"{DL} = {AVG % 'model'} - {AVG % 'data'}")
    assert [s["verdict"] for s in got] == ["proved"]


def test_a_slip_is_invalid_with_its_counterexample():
    got = last_steps(f"{DL} = 2 {AVG % 'model'}")
    assert [s["verdict"] for s in got] == ["invalid"]
    ce = got[0]["counterexample"]
    tables = {int(k[2:-1]): v for k, v in ce["tables"].items() if k.startswith("E(")}
    w = {x: Fraction(v["e^{-E}"]) for x, v in tables.items()}
    de = {x: Fraction(v["d/dtheta"]) for x, v in tables.items()}
    model = sum(w[x] * de[x] for x in w) / sum(w.values())
    data = sum(de[x] for x in ce["data"]) / len(ce["data"])
    nll, ll, right = data - model, model - data, 2 * model
    assert nll != right and ll != right
    assert float(nll) == ce["lhs"] and float(right) == ce["rhs"]
