"""The same derivation in different notations is read as the same expressions and judged alike.

One template of eq. (7)'s derivation is rendered in three notations (the post's, gradient/`\\ln`/
`\\exp`/`\\mathbb{E}`/`x_i`, and `\\partial_\\Theta`/`d/d\\theta`), valid and with one row broken."""
import pytest

from derivation.judge.check import check_chain
from derivation.read.reader import read_text
from derivation.meaning.chains import chains_of


def _wrap(f):
    # a prefix operator takes the whole product after it: parenthesize anything compound
    return f if " " not in f else r"\left(" + f + r"\right)"


NOTATIONS = {
    "post": dict(
        d=lambda f: r"\frac{\partial " + f + r"}{\partial \mathrm{\Theta}}",
        E=lambda p: r"E_{\mathrm{\Theta}}(" + p + ")", P=lambda p: r"P_{\mathrm{\Theta}}(" + p + ")",
        xi=r"\mathrm{x}^{(i)}", x=r"\mathrm{x}", Z=r"Z_{\mathrm{\Theta}}", sumx=r"\sum_{\mathrm{x}}",
        sumi=r"\sum_{i=1}^{N}", exp=lambda a: "e^{" + a + "}", log=r"\log",
        EP=lambda f: r"E_{\mathrm{x}\sim P_{\mathrm{\Theta}}}\left[" + f + r"\right]",
        L=r"\mathcal{L}(\mathrm{\Theta}, \mathcal{D})", frac=lambda a, b: r"\frac{" + a + "}{" + b + "}"),
    "gradient": dict(
        d=lambda f: r"\nabla_\theta " + _wrap(f),
        E=lambda p: r"E_\theta(" + p + ")", P=lambda p: r"p_\theta(" + p + ")",
        xi="x_i", x="x", Z=r"Z(\theta)", sumx=r"\sum_{x \in \mathcal{X}}", sumi=r"\sum_{i=1}^N",
        exp=lambda a: r"\exp\left(" + a + r"\right)", log=r"\ln",
        EP=lambda f: r"\mathbb{E}_{x \sim P_\theta(x)}\left[" + f + r"\right]",
        L=r"L(\theta)", frac=lambda a, b: r"\frac{" + a + "}{" + b + "}"),
    "partial": dict(
        d=lambda f: r"\partial_\Theta " + _wrap(f),
        E=lambda p: "E(" + p + ")", P=lambda p: "P(" + p + ")",
        xi=r"\mathbf{x}_{i}", x=r"\mathbf{x}", Z="Z", sumx=r"\sum_{x}", sumi=r"\sum_{j=1}^{N}",
        exp=lambda a: r"\exp(" + a + ")", log=r"\log",
        EP=lambda f: r"\mathbb{E}_{P_\Theta}\left[" + f + r"\right]",
        L=r"\mathcal{L}", frac=lambda a, b: r"\frac{" + a + "}{" + b + "}"),
}
NOTATIONS["partial"]["sumi"] = r"\sum_{i=1}^{N}"  # x_i is bound by the index i


def rows(n, broken=None):
    d, E, P, xi, x, Z = n["d"], n["E"], n["P"], n["xi"], n["x"], n["Z"]
    pos = n["frac"]("1", "N") + n["sumi"] + d(E(xi))
    r = {
        1: d(n["L"]) + " &= -" + n["frac"]("1", "N") + n["sumi"] + d(n["log"] + " " + P(xi)),
        2: "&= -" + n["frac"]("1", "N") + n["sumi"] + d(n["log"] + " " + n["frac"](n["exp"]("-" + E(xi)), Z)),
        3: "&= " + pos + " + " + d(n["log"] + " " + Z),
        4: "&= " + pos + " + " + n["frac"]("1", Z) + d(n["sumx"] + " " + n["exp"]("-" + E(x))),
        5: "&= " + pos + " - " + n["sumx"] + " " + P(x) + " " + d(E(x)),
        6: "&= " + pos + " - " + n["EP"](d(E(x))),
    }
    if broken == "sign":
        r[5] = r[5].replace(" - ", " + ", 1)
    elif broken == "dropped 1/N":
        r[3] = "&= " + n["sumi"] + d(E(xi)) + " + " + d(n["log"] + " " + Z)
    elif broken == "Z over the data":
        r[4] = ("&= " + pos + " + " + n["frac"]("1", Z) + d(n["sumi"] + " " + n["exp"]("-" + E(xi))))
    elif broken == "derivative and expectation swapped":
        r[6] = "&= " + pos + " - " + d(n["EP"](E(x)))
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join(r[k] for k in sorted(r)) + "\n\\end{aligned}\n$$\n"


def test_the_notations_really_differ():
    texts = {name: rows(n) for name, n in NOTATIONS.items()}
    assert r"\nabla_\theta" in texts["gradient"] and r"\mathbb{E}" in texts["gradient"]
    assert r"\partial_\Theta" in texts["partial"] and r"\mathrm{\Theta}" in texts["post"]
    assert len(set(texts.values())) == 3


def _chain(text):
    doc = read_text(text)
    (chain, _), = chains_of(doc)
    assert not doc.errors, [str(e) for e in doc.errors]
    return chain


def _printed(chain):
    """Each row as the checker prints it, the parameter's letter aside (theta stays theta when written so);
    each document binds its sums' indices afresh, so the same expressions are compared as printed."""
    from derivation.meaning.notation import latex_of
    return [tuple(None if e is None else latex_of(e).replace(r"\theta", r"\Theta") for e in (r.lhs, r.expr))
            for r in chain.rows]


def _verdicts(chain):
    report = check_chain(chain)
    return [s.verdict for s in report.steps], report.claim.verdict


@pytest.mark.parametrize("broken", [None, "sign", "dropped 1/N", "Z over the data",
                                    "derivative and expectation swapped"])
def test_notations_read_alike(broken):
    chains = {name: _chain(rows(n, broken)) for name, n in NOTATIONS.items()}
    post = chains.pop("post")
    for name, chain in chains.items():
        assert _printed(chain) == _printed(post), name


# step k ends on template row k (step 1 is row 1's own equation); a wrong row k makes steps k and
# k+1 invalid (unless it is the last), and the claim is invalid only when the last row is wrong.
@pytest.mark.parametrize("broken, bad_steps, claim", [
    (None, [], "proved"), ("sign", [5, 6], "proved"), ("dropped 1/N", [3, 4], "proved"),
    ("Z over the data", [4, 5], "proved"), ("derivative and expectation swapped", [6], "invalid")])
def test_notations_are_judged_alike(broken, bad_steps, claim):
    post = _verdicts(_chain(rows(NOTATIONS["post"], broken)))
    grad = _verdicts(_chain(rows(NOTATIONS["gradient"], broken)))
    assert post == grad
    steps, claim_verdict = post
    assert [k + 1 for k, v in enumerate(steps) if v == "invalid"] == bad_steps
    assert claim_verdict == claim
