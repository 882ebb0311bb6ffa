"""The page's one stylesheet: readable from a phone's width up, a print layout, and a colour per
verdict that is never the only sign (every badge carries its name and a symbol).

Every rule is scoped under `.eq7` so the same CSS can sit inside a notebook's output cell.
"""
from __future__ import annotations

# verdict -> (symbol, text colour, background); anything else gets the neutral style.
VERDICT_STYLE = {
    "proved": ("✓", "#0f5d2a", "#dcf5e3"),
    "holds": ("≈", "#174f86", "#dcebfa"),
    "invalid": ("✗", "#9b1c1c", "#fde2e1"),
    "undecided": ("?", "#7a4b00", "#fdf0c8"),
    "unreadable": ("!", "#5b2a86", "#efe3fa"),
}
NEUTRAL = ("•", "#3d4451", "#e9ebef")


def verdict_css() -> str:
    fg, bg = NEUTRAL[1:]
    rules = [f".eq7 .badge{{color:{fg};background:{bg};border-color:{fg}}}"]
    for name, (_, fg, bg) in VERDICT_STYLE.items():
        rules.append(f".eq7 .badge.v-{name}{{color:{fg};background:{bg};border-color:{fg}}}")
        rules.append(f".eq7 .row.v-{name}{{border-left-color:{fg}}}")
    return "\n".join(rules)


BASE = """
.eq7{--ink:#1d2330;--muted:#566073;--rule:#d6dae1;--panel:#f6f7f9;--link:#1f5fbf;
  color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
.eq7 a{color:var(--link)}
.eq7 h1{font-size:1.55rem;line-height:1.25;margin:.2rem 0 .6rem}
.eq7 h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--rule)}
.eq7 h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.eq7 p{margin:.4rem 0}
.eq7 math{font-family:"STIX Two Math","Latin Modern Math","Cambria Math",math;font-size:1.08em}
.eq7 .math-display{overflow-x:auto;overflow-y:hidden;padding:.35rem .1rem;max-width:100%}
.eq7 .math-display math{font-size:1.15em}
/* Scroll shadows, CSS only: a formula wider than the screen shows a shade at the cut edge. */
.eq7 .math-display,.eq7 .scroll{--bg:#fff;background:
  linear-gradient(to right,var(--bg) 30%,rgba(255,255,255,0)) left center/2rem 100% no-repeat local,
  linear-gradient(to left,var(--bg) 30%,rgba(255,255,255,0)) right center/2rem 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.28),transparent) left center/.7rem 100% no-repeat scroll,
  radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.28),transparent) right center/.7rem 100% no-repeat scroll}
.eq7 .counterexample .scroll{--bg:#fffafa}
.eq7 .correction .math-display{--bg:#f7fdf8}
.eq7 code,.eq7 pre{font:.85rem/1.45 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
.eq7 h1,.eq7 h2,.eq7 p,.eq7 li{overflow-wrap:break-word}
.eq7 code{overflow-wrap:anywhere}
.eq7 pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);padding:.5rem .6rem;
  border-radius:4px;margin:.3rem 0;user-select:all}
.eq7 merror{color:#9b1c1c;font-size:.85em}
.eq7 .tex-fallback{display:block;white-space:pre-wrap;overflow-wrap:anywhere;background:#fff7e0;padding:.3rem .5rem}
.eq7 .result{font-size:1.05rem;font-weight:600;background:var(--panel);border:1px solid var(--rule);
  border-radius:6px;padding:.6rem .8rem}
.eq7 .result .numbers{display:block;font-weight:400;margin-top:.2rem}
.eq7 .badge{display:inline-block;font-size:.8rem;font-weight:700;letter-spacing:.03em;text-transform:uppercase;
  padding:.05rem .5rem;border:1px solid;border-radius:999px;white-space:nowrap;vertical-align:.08em}
.eq7 .legend{list-style:none;padding:0;margin:.5rem 0;display:grid;gap:.35rem}
.eq7 .legend li{margin:0}
.eq7 ol.rows{list-style:none;padding:0;margin:0}
.eq7 .row{border-left:5px solid var(--rule);background:#fff;padding:.45rem .2rem .45rem .8rem;margin:.7rem 0;
  box-shadow:0 0 0 1px var(--rule) inset;border-radius:0 6px 6px 0}
.eq7 .row:target{box-shadow:0 0 0 2px var(--link) inset}
.eq7 .row-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .7rem;padding-right:.6rem}
.eq7 .row-link{font-weight:700;text-decoration:none}
.eq7 .where,.eq7 .step-title{color:var(--muted);font-size:.9rem}
.eq7 .finding{padding-right:.6rem}
.eq7 .finding>p{margin:.3rem 0}
.eq7 .rules{font-size:.95rem}
.eq7 .rules b{font-weight:600}
.eq7 .note{background:#fff7e0;border-radius:4px;padding:.2rem .5rem;font-size:.92rem}
.eq7 .track{font-size:.92rem;font-style:italic;color:#7a3b00}
.eq7 details.tex{margin:.2rem 0;font-size:.9rem}
.eq7 details.tex summary{cursor:pointer;color:var(--muted)}
.eq7 .read-as{color:var(--muted)}
.eq7 .scroll{overflow-x:auto;max-width:100%}
.eq7 table{border-collapse:collapse;margin:.3rem 0;font-size:.92rem;font-variant-numeric:tabular-nums}
.eq7 th,.eq7 td{border:1px solid var(--rule);padding:.2rem .55rem;text-align:right;white-space:nowrap}
.eq7 th{background:var(--panel);font-weight:600}
.eq7 th[scope=row],.eq7 table.instance tr:first-child th:first-child{text-align:left}
.eq7 figcaption{font-size:.95rem;margin:.1rem 0 .3rem}
.eq7 figure{margin:.5rem 0}
.eq7 .counterexample{border:1px solid #f0b4b0;background:#fffafa;border-radius:6px;padding:.4rem .6rem}
.eq7 .correction{border:1px solid #a6d8b5;background:#f7fdf8;border-radius:6px;padding:.4rem .6rem;margin:.5rem 0}
.eq7 .claim{border:1px solid var(--rule);border-radius:6px;padding:.5rem .8rem;margin:1rem 0;background:var(--panel)}
.eq7 .pass{color:#0f5d2a;font-weight:700}
.eq7 .fail{color:#9b1c1c;font-weight:700}
.eq7 img.figure{max-width:100%;height:auto;display:block}
.eq7 table.verify th[scope=col]{white-space:normal;vertical-align:bottom}
.eq7 table.verify th[scope=col]:first-child{text-align:left}
.eq7 table.verify th[scope=row]{font-weight:400;white-space:normal}
.eq7 nav ul{padding-left:1.2rem;margin:.3rem 0}
@media (max-width:600px){
  .eq7{font-size:15px}
  .eq7 h1{font-size:1.3rem}
  .eq7 .math-display math{font-size:1em}
  .eq7 .row{padding-left:.55rem}
  .eq7 th,.eq7 td{padding:.15rem .35rem}
  /* the verify table as one card per model; the figure has a narrow drawing for this width (<picture>) */
  .eq7 table.verify thead{display:none}
  .eq7 table.verify,.eq7 table.verify tbody,.eq7 table.verify tr,.eq7 table.verify th,.eq7 table.verify td{display:block}
  .eq7 table.verify tr{border:1px solid var(--rule);border-radius:6px;margin:.5rem 0;padding:.3rem .5rem}
  .eq7 table.verify th,.eq7 table.verify td{border:0;text-align:left;white-space:normal;padding:.05rem 0}
  .eq7 table.verify th[scope=row]{font-weight:600;background:none}
  .eq7 table.verify td::before{content:attr(data-label) ": ";color:var(--muted)}
}
"""

PAGE = """
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff}
main.eq7,header.eq7,footer.eq7{max-width:60rem;margin:0 auto;padding:0 1rem}
header.eq7{padding-top:1rem}
footer.eq7{color:#566073;font-size:.85rem;padding-bottom:2rem;border-top:1px solid #d6dae1;margin-top:2rem}
@media print{
  body{font-size:10.5pt}
  nav,.eq7 details.tex{display:none}
  main.eq7,header.eq7,footer.eq7{max-width:none;padding:0}
  .eq7 a{color:inherit;text-decoration:none}
  .eq7 .row,.eq7 figure,.eq7 .claim,.eq7 table{break-inside:avoid}
  .eq7 .row{box-shadow:none;border:1px solid #999;border-left-width:5px}
  .eq7 .math-display,.eq7 .scroll{overflow:visible}
  .eq7 .badge{background:none!important}
  .eq7 .math-display,.eq7 .scroll{background:none}
  .eq7 table.verify{font-size:.85em}
  .eq7 table.verify th,.eq7 table.verify td{white-space:normal;padding:.15rem .3rem}
  .eq7 h2{break-after:avoid}
}
"""


def css(page: bool = True) -> str:
    return BASE + verdict_css() + (PAGE + _page_math_font() if page else "")


def _page_math_font() -> str:
    """The embedded math font first in the page's math family (html/math_font.py)."""
    from .math_font import FAMILY, font_face
    face = font_face()
    return face + f'.eq7 math{{font-family:"{FAMILY}","STIX Two Math","Latin Modern Math","Cambria Math",math}}' \
        if face else ""
