"""A distribution letter other than the model, written as a joint of a visible and a latent state (P(x, z)),
is one joint table of its own (vocabulary/joint.py, derivation/meaning/meaning_joint.py): its marginals and conditionals
obey the product rule and Bayes. It was read as the data distribution and P(x | z) was unreadable.
Counterexamples recomputed here from the printed table g_P(x, z)."""
import json
import math
from fractions import Fraction

import pytest

from derivation.run.checkdoc import check_text

MODEL = "$$\nQ'(x)=\\frac{1}{Z}Q''(x)\n$$\n"   # the model Q' (Q'' its unnormalized density); P of its own


def _last(*rows):
    d = json.loads(check_text(MODEL + "".join(f"\n$$\n{r}\n$$\n" for r in rows)).to_json())
    return [s for der in d.get("derivations", [d]) for s in der["steps"]][-1]


@pytest.mark.parametrize("row", [
    r"\sum_x P(x, z) = P(z)",
    r"P(x|z) P(z) = P(z|x) P(x)",
    r"Z = \sum_z P(z) \sum_x P(x|z) \frac{Q''(x)}{P(x|z)}",
    r"\sum_z P(z) \sum_x P(x|z) \frac{Q''(x)}{P(x|z)} = \sum_{x,z} P(x,z) \frac{Q''(x)}{P(x|z)}",
])
def test_marginals_bayes_and_importance_weights_are_proved(row):
    assert _last(r"\sum_{x,z} P(x, z) = 1", row)["verdict"] == "proved"   # old code: unreadable


def _table(cx):
    u = {}
    for key, entry in cx["tables"].items():   # "g_P(x, z)": {"e^{g}": "3"}
        if key.startswith("g_P("):
            x, z = (int(t) for t in key[4:-1].split(","))
            u[(x, z)] = Fraction(entry["e^{g}"])
    mu = {x: Fraction(cx["tables"].get(f"mass({x})", 1)) for x in range(1, cx["states"] + 1)}
    return u, mu


def test_bayes_without_the_marginal_is_refuted_and_recomputed():
    step = _last(r"\sum_{x,z} P(x, z) = 1", r"P(x|z) P(z) = P(z|x)")
    assert step["verdict"] == "invalid"
    cx = step["counterexample"]
    u, mu = _table(cx)
    xs, zs = range(1, cx["states"] + 1), range(1, cx["hidden_states"] + 1)
    total = sum(mu[x] * u[(x, z)] for x in xs for z in zs)
    x, z = cx["at"]["x"], cx["at"]["z"]
    given_z = u[(x, z)] / sum(mu[y] * u[(y, z)] for y in xs)
    p_z = sum(mu[y] * u[(y, z)] for y in xs) / total
    given_x = u[(x, z)] / sum(u[(x, w)] for w in zs)
    assert math.isclose(float(given_z * p_z), cx["lhs"]) and math.isclose(float(given_x), cx["rhs"])
    assert given_z * p_z != given_x


def test_a_letter_never_written_as_a_joint_is_not_guessed_one():
    # P(x | z) alone: no joint written, P is not read as one table (as before: not proved)
    assert _last(r"\sum_x P(x|z) = 1")["verdict"] != "proved"
