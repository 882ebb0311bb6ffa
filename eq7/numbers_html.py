"""Eq. (7) in numbers, for the reading companion: the `eq7 verify` table and the phases figure,
computed now from seeded toy models (toy_models), as HTML. This module is where the two halves
meet (eq7/ joins them; derivation/ and toy_models/ never import each other).
"""
from __future__ import annotations

import base64
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

COLUMNS = ("model", "states", "log Z", "route", "rel. gap to autograd", "rel. gap to finite differences",
           "result")
# The page's sentences carry their mathematics as $...$ (rendered as MathML by text_html), so nothing
# reads as ASCII TeX beside the rendered rows; `eq7 verify`'s terminal legend says the same in plain text.
EQ7_TEX = (r"\frac{\partial \mathcal{L}}{\partial \Theta} = \frac{1}{N}\sum_{i=1}^{N} "
           r"\frac{\partial E_\Theta(x^{(i)})}{\partial \Theta} - \mathbb{E}_{x\sim P_\Theta}"
           r"\left[\frac{\partial E_\Theta(x)}{\partial \Theta}\right]")
INTRO = ("The identity in numbers: on each toy model the gradient of the exact negative log-likelihood "
         r"$\mathcal{L}(\Theta)$ is computed three ways: by eq. (7), the positive phase (the data average of "
         r"$\partial E_\Theta / \partial \Theta$, which pushes the energy of the data down) minus the negative "
         r"phase (the same average under the model $P_\Theta$, which pushes it up everywhere else), with "
         r"$Z_\Theta = \sum_x e^{-E_\Theta(x)}$ summed exactly over every state; by autograd of the exact "
         r"NLL; and by central differences. For the RBM, $E$ is the free energy $F(v)$ of a visible vector $v$.")
OUTRO = "This is <code>eq7 verify</code>, run now with the seed below."
FIGURE_SEED = 7   # the seed `eq7 figures` draws phases.png with (figures.draw_all: stream [7, 0])


@dataclass(frozen=True)
class Numbers:
    html: str
    passed: int
    total: int
    figure_ok: bool


def _sci(v) -> str:
    if v is None:
        return "–"
    return "0" if v == 0 else f"{v:.1e}".replace("-", "−")


def verify_table(rows, seed: int) -> str:
    from toy_models.cli import TOL_AUTOGRAD, TOL_FINITE_DIFFERENCE

    from derivation.show.html.prose_math import text_html

    log_z = text_html(r"$\log Z$")
    head = "<tr>" + "".join(f'<th scope="col">{log_z if c == "log Z" else c}</th>' for c in COLUMNS) + "</tr>"
    body = []
    for r in rows:
        ok = r["passed"]
        body.append(
            f'<tr data-passed="{str(ok).lower()}"><th scope="row">{escape(r["model"])}</th>'
            + "".join(f'<td data-label="{c}">{v}</td>' for c, v in zip(COLUMNS[1:], (
                f'{r["n_states"]:,}', f'{r["log_partition"]:.4f}', escape(r["route"]),
                _sci(r["max_rel_vs_autograd"]), _sci(r["max_rel_vs_finite_difference"]))))
            + f'<td data-label="result" class="{"pass" if ok else "fail"}">{"✓ pass" if ok else "✗ FAIL"}</td></tr>')
    caption = (f"Seed {seed}; per model {rows[0]['n_data']} data rows drawn uniformly from its state space; "
               r"$\log Z$ exact (route: how it was summed; plain = every state enumerated). A row passes when "
               f"the identity is within {TOL_AUTOGRAD:g} (relative) of autograd and {TOL_FINITE_DIFFERENCE:g} "
               "of central differences, relative to the block's largest gradient or phase entry.")
    return (f'<div class="scroll"><table class="verify"><thead>{head}</thead><tbody>{"".join(body)}</tbody>'
            f'</table></div><p class="where">{text_html(caption)}</p>')


def figure_caption(gap) -> str:
    from derivation.show.html.prose_math import text_html

    return text_html(r"Eq. (7) on a categorical model $E_\theta(k) = \theta_k$ ($K = 8$, $N = 40$): for each "
                     r"state $k$, the positive phase (blue) minus the negative phase (orange) is the black mark, "
                     r"and autograd of the exact NLL is the red dot on it; largest gap "
                     f"{_sci(gap)}.") + " The same figure as <code>eq7 figures</code> draws in phases.png."


def intro_html() -> str:
    """The section's first paragraphs: what is computed, eq. (7) displayed, its two phases in words."""
    from derivation.show.html.mathml import math_html
    from derivation.show.html.prose_math import text_html

    return (f"<p>{text_html(INTRO)}</p>"
            f'<div class="math-display">{math_html(EQ7_TEX, display=True)}</div><p>{OUTRO}</p>')


def phases_figure_html() -> tuple[str, bool]:
    """The phases figure as an <img> with an SVG data URI (nothing fetched when the page is viewed)."""
    import numpy as np

    from toy_models.figures import phases_figure

    with tempfile.TemporaryDirectory(prefix="eq7-companion-") as tmp:
        path, narrow = Path(tmp) / "phases.svg", Path(tmp) / "phases_narrow.svg"
        try:
            gap = phases_figure(path, np.random.default_rng([FIGURE_SEED, 0]))
            svg = path.read_bytes()
            # the same figure drawn for a phone's width: it fits instead of scrolling, still legible
            phases_figure(narrow, np.random.default_rng([FIGURE_SEED, 0]), narrow=True)
            svg_narrow = narrow.read_bytes()
        except Exception as exc:  # matplotlib missing a backend, a font, ...: the page is still written
            return (f'<p class="note">The figure could not be drawn here ({escape(type(exc).__name__)}: '
                    f"{escape(str(exc))}); <code>eq7 figures</code> draws it as a PNG.</p>", False)
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    uri_narrow = "data:image/svg+xml;base64," + base64.b64encode(svg_narrow).decode("ascii")
    alt = ("Bar chart over the 8 states of a categorical model: the positive phase (data frequency of each "
           "state) and the negative phase (the model's probability of it); their difference, eq. (7), lies "
           "on the gradient autograd takes of the exact NLL.")
    cap = figure_caption(gap)
    return (f'<figure class="phases"><div class="scroll"><picture>'
            f'<source media="(max-width: 600px)" srcset="{uri_narrow}" width="331" height="461">'
            f'<img class="figure" id="phases-figure" src="{uri}" alt="{escape(alt)}" '
            f'width="648" height="432"></picture></div><figcaption>{cap}</figcaption></figure>', True)


def numbers_section(seed: int | None = None, n_data: int = 20) -> Numbers:
    from toy_models.cli import DEFAULT_SEED, verify
    from toy_models.examples import KINDS

    seed = DEFAULT_SEED if seed is None else seed
    rows = verify(list(KINDS), None, seed, n_data)
    passed = sum(r["passed"] for r in rows)
    intro = intro_html()
    figure, ok = phases_figure_html()
    verdict = (f'<p class="{"pass" if passed == len(rows) else "fail"}">{passed} of {len(rows)} models pass.</p>')
    return Numbers(intro + verdict + verify_table(rows, seed) + figure, passed, len(rows), ok)
