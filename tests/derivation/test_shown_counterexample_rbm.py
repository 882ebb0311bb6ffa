"""The RBM case of test_shown_counterexample (explicit energy, units and weights): every printed form of an
RBM counterexample lets a student recompute p(h_j = 1 | v) by brute force over the hidden units, with formulas
written here, independently of the checker."""
from __future__ import annotations

import json
import math
import re

import pytest

from derivation.show.html.blocks import counterexample_html
from derivation.run.checkdoc import check_text
from derivation.show.companion import _counterexample as _companion_counterexample, _tex_text
from derivation.show.markdown_display import counterexample_table
from derivation.pytest_plugin import explain
from derivation.show.report import counterexample_text
from derivation.show.shown_counterexample import fields

from .test_shown_counterexample import _sides_text, _Tables, assert_recomputed, from_latex, num


# ---- an RBM (explicit energy, units and weights): the conditional of a hidden unit --------------
RBM_DOC = ("$$\nE(v, h) = -h'Wv - b'v - c'h\n$$\n"
           "$$\np(h_j = 1 \\mid v) = \\sigma\\left(2 c_j + 2 \\sum_i W_{ji} v_i\\right)\n$$\n")   # the spin form, on binary units


def rbm_from_printed(printed, lhs: float, rhs: float) -> dict:
    """Weights, the states' configurations, the free indices, as any form prints them."""
    import html as html_lib
    if isinstance(printed, dict):   # the JSON: read by its keys
        w = {(k[0], tuple(int(i) for i in k[2:-3].split(","))): num(v) for k, v in printed["tables"].items()}
        states = {int(s): tuple(u) for s, u in printed["rbm"]["visible_states"].items()}
        return {"weights": w, "visible": states, "at": printed["at"], "lhs": lhs, "rhs": rhs}
    flat = html_lib.unescape(re.sub(r"<[^>]+>", "", printed if isinstance(printed, str) else json.dumps(printed)))
    flat = " ".join(flat.replace("−", "-").replace("\\", "").split())
    flat = re.sub(r'"(\w)": (\d+)', r"\1 = \2", flat)   # JSON's "at": {"j": 1}
    weights = {(m[0], tuple(int(i) for i in m[1].split(","))): num(m[2]) for m in
               re.findall(r"([Wbc])\[([\d, ]+)\](?: =|\": \"|\s=)\s*(-?\d+(?:/\d+)?)", flat)}
    visible = re.search(r"visible (\d+ = \([^;]*?\))(?:;| hidden)", flat)[1]
    states = {int(s): tuple(int(u) for u in units.split(",")) for s, units in re.findall(r"(\d+) = \(([-\d, ]+)\)", visible)}
    at = dict((k, int(v)) for k, v in re.findall(r"\b([jx]) = (\d+)", flat))
    return {"weights": weights, "visible": states, "at": at, "lhs": lhs, "rhs": rhs}


def rbm_sides(inst: dict) -> tuple[float, float]:
    """p(h_j = 1 | v) by brute force over h in {0,1}^(hidden units) from E(v, h) = -h'Wv - b'v - c'h,
    and sigma(2 c_j + 2 sum_i W_ji v_i); a weight not printed is 0 (it is not in the comparison)."""
    w, v, j = inst["weights"], inst["visible"][inst["at"]["x"]], inst["at"]["j"]
    nh = max([k[1][0] for k in w if k[0] in "Wc"] + [j])
    def W(a, i):
        return w.get(("W", (a, i)), 0.0)
    def energy(h):
        return (-sum(h[a - 1] * W(a, i) * v[i - 1] for a in range(1, nh + 1) for i in range(1, len(v) + 1))
                - sum(w.get(("b", (i,)), 0.0) * v[i - 1] for i in range(1, len(v) + 1))
                - sum(w.get(("c", (a,)), 0.0) * h[a - 1] for a in range(1, nh + 1)))
    import itertools
    hs = list(itertools.product((0, 1), repeat=nh))
    z = sum(math.exp(-energy(h)) for h in hs)
    lhs = sum(math.exp(-energy(h)) for h in hs if h[j - 1] == 1) / z
    act = 2 * w.get(("c", (j,)), 0.0) + 2 * sum(W(j, i) * v[i - 1] for i in range(1, len(v) + 1))
    return lhs, 1 / (1 + math.exp(-act))


@pytest.fixture(scope="module")
def rbm_step():
    doc = check_text(RBM_DOC, "rbm.md")
    (step,) = [s for r in doc.reports for s in r.steps if s.verdict == "invalid"]
    assert fields(step.counterexample)["instance"] == "rbm"
    return step


def _md_sides(md: str):
    m = re.search(r"Left side = .*?\(([-\d.e+]+)\); right side = .*?\(([-\d.e+]+)\)", " ".join(md.split()))
    return float(m[1]), float(m[2])


RBM_FORMS = {
    "json": lambda s: (fields(s.counterexample), fields(s.counterexample)["lhs"], fields(s.counterexample)["rhs"]),
    "text": lambda s: ("\n".join(counterexample_text(s, "    ")),) + _sides_text("\n".join(counterexample_text(s, "    "))),
    "pytest": lambda s: (explain(s),) + _sides_text(explain(s)),
    "latex": lambda s: (lambda t: (t,) + _sides_text(t))(
        " ".join(from_latex(_tex_text("counterexample: " + _companion_counterexample(s))))),
    "markdown": lambda s: (counterexample_table(fields(s.counterexample)),) + _md_sides(counterexample_table(fields(s.counterexample))),
    "html": lambda s: (counterexample_html(s.counterexample),) + tuple(
        float(v.split("≈")[-1].replace("−", "-")) for v in _html_sides(counterexample_html(s.counterexample))),
}


def _html_sides(page: str):
    p = _Tables()
    p.feed(page)
    (sides,) = p.tables   # no instance table: the units and weights are in the caption
    return sides[1]


@pytest.mark.parametrize("form", sorted(RBM_FORMS))
def test_an_rbm_counterexample_recomputes_from_every_form(rbm_step, form):
    printed, lhs, rhs = RBM_FORMS[form](rbm_step)
    assert_recomputed(rbm_from_printed(printed, lhs, rhs), rbm_sides)


def test_an_rbm_counterexample_prints_no_unused_size(rbm_step):
    page = counterexample_html(rbm_step.counterexample)
    assert 'data-instance="rbm"' in page and "latent" not in page and "component" not in page
    assert "unit(s)" not in "\n".join(counterexample_text(rbm_step, ""))
