"""What a rendered companion page must show, checked on the DOM a real browser built.

`expected(docrep)` is computed from the checker's report (not from the page); `dom_facts(driver)`
reads the page as Chromium laid it out; `check(facts, exp)` raises AssertionError listing every
mismatch. A page with a row dropped, a verdict changed, a figure that did not load or a request
leaving the page fails it (tests/browser/test_companion_page.py shows each).
"""
from __future__ import annotations

EXTERNAL_OK = ("data:", "file:", "about:", "chrome:", "blob:")

FACTS_JS = r"""
const rect = e => e.getBoundingClientRect();
const rows = [...document.querySelectorAll('li.row')].map(li => {
  const r = rect(li);
  return {id: li.id, verdict: li.dataset.verdict, section: li.closest('section.derivation')?.id || null,
          badge: (li.querySelector('.row-head .badge')?.textContent || '').trim(),
          instance_tables: li.querySelectorAll('figure.counterexample table.instance').length,
          sides_tables: li.querySelectorAll('figure.counterexample table.sides').length,
          corrections: li.querySelectorAll('.correction').length,
          top: r.top + scrollY, bottom: r.bottom + scrollY, right: r.right, left: r.left,
          maths: li.querySelectorAll(':scope > .math-display > math').length};
});
// a formula the layout hides on purpose (a closed <details>, the table header a phone shows as labels) has no
// size; any other without one was not rendered (checkVisibility: display none, not a zero size)
const maths = [...document.querySelectorAll('math')]
  .filter(m => !m.closest('details:not([open])') && (!m.checkVisibility || m.checkVisibility()))
  .map(m => ({w: rect(m).width, h: rect(m).height}));
const img = document.querySelector('img#phases-figure');
const small = [...document.querySelectorAll('p, li, td, th, summary, figcaption, a, span.badge')]
  .filter(e => e.offsetParent !== null && e.textContent.trim())
  .map(e => parseFloat(getComputedStyle(e).fontSize)).filter(s => s < 12).length;
return {rows, maths,
  fallbacks: document.querySelectorAll('.tex-fallback').length,
  unknown_commands: document.querySelectorAll('merror').length,
  result_links: [...document.querySelectorAll('#result .to-invalid a')].map(a => a.getAttribute('href')),
  targets_ok: [...document.querySelectorAll('#result a')].every(a => !!document.querySelector(a.getAttribute('href'))),
  figure: img ? {complete: img.complete, naturalWidth: img.naturalWidth, width: rect(img).width,
                 fits: !img.closest('.scroll') || img.closest('.scroll').scrollWidth <= img.closest('.scroll').clientWidth + 1} : null,
  resources: performance.getEntriesByType('resource').map(e => e.name),
  scroll_width: document.documentElement.scrollWidth, inner_width: document.documentElement.clientWidth, small_text: small};
"""


def expected(docrep, figure: bool = True) -> dict:
    """From the report: per derivation its rows' verdicts; the invalid rows; whether a figure is due."""
    rows = {}
    for d, rep in enumerate(docrep.reports, 1):
        by_to = {s.step.to_row: s.verdict for s in rep.steps}
        for k, row in enumerate(rep.chain.rows, 1):
            rows[f"d{d}-row{k}"] = by_to.get(k, "unreadable" if row.error else "start")
    return {"rows": rows, "invalid": [r for r, v in rows.items() if v == "invalid"], "figure": figure}


def dom_facts(driver) -> dict:
    facts = driver.execute_script(FACTS_JS)
    try:  # Chromium's own network log (goog:loggingPrefs performance): every request the page made
        import json
        log = driver.get_log("performance")
        facts["requests"] = [m["params"]["request"]["url"] for m in (json.loads(e["message"])["message"] for e in log)
                             if m.get("method") == "Network.requestWillBeSent"]
    except Exception:
        facts["requests"] = []
    return facts


def check(facts: dict, exp: dict, layout: bool = True) -> None:
    problems = []
    got = {r["id"]: r["verdict"] for r in facts["rows"]}
    if len(facts["rows"]) != len(exp["rows"]):
        problems.append(f"{len(facts['rows'])} rows on the page, the report has {len(exp['rows'])}")
    for rid, verdict in exp["rows"].items():
        if rid not in got:
            problems.append(f"row {rid} is missing")
        elif got[rid] != verdict:
            problems.append(f"row {rid} shows verdict {got[rid]!r}, the report says {verdict!r}")
    invalid = [r for r in facts["rows"] if r["verdict"] == "invalid"]
    if len(invalid) != len(exp["invalid"]):
        problems.append(f"{len(invalid)} invalid rows on the page, the report has {len(exp['invalid'])}")
    for r in facts["rows"]:
        if r["verdict"] not in r["badge"]:
            problems.append(f"row {r['id']}: badge {r['badge']!r} does not name its verdict {r['verdict']!r}")
        if r["verdict"] == "invalid" and not (r["instance_tables"] == 1 and r["sides_tables"] == 1):
            problems.append(f"row {r['id']} is invalid but has no counterexample table")
        if r["verdict"] == "invalid" and r["corrections"] != 1:
            problems.append(f"row {r['id']} is invalid but shows no corrected row (or a note that none was found)")
        if r["maths"] != 1:
            problems.append(f"row {r['id']} has {r['maths']} rendered formulas, expected 1")
    if sorted(facts["result_links"]) != sorted("#" + r for r in exp["invalid"]):
        problems.append(f"the result line links to {facts['result_links']}, the invalid rows are {exp['invalid']}")
    if not facts["targets_ok"]:
        problems.append("a link in the result line points nowhere")
    if facts["fallbacks"]:
        problems.append(f"{facts['fallbacks']} formulas were left as TeX (not rendered)")
    if facts["unknown_commands"]:
        problems.append(f"{facts['unknown_commands']} commands were not rendered (shown by name)")
    flat = [m for m in facts["maths"] if not (m["w"] > 0 and m["h"] > 0)]
    if not facts["maths"] or flat:
        problems.append(f"{len(flat)} of {len(facts['maths'])} math elements have no width or height")
    if exp["figure"]:
        f = facts["figure"]
        if not f or not f["complete"] or f["naturalWidth"] <= 0 or f["width"] <= 0:
            problems.append(f"the figure did not load: {f}")
    leaving = [u for u in facts["resources"] + facts.get("requests", []) if not u.startswith(EXTERNAL_OK)]
    if leaving:
        problems.append(f"requests leave the page: {sorted(set(leaving))}")
    if layout:
        if exp["figure"] and facts["figure"] and not facts["figure"]["fits"]:
            problems.append(f"the figure is cut at this width (it scrolls): {facts['figure']}")
        if facts["scroll_width"] > facts["inner_width"] + 1:
            problems.append(f"the page is {facts['scroll_width']} px wide in a {facts['inner_width']} px window")
        rows = sorted(facts["rows"], key=lambda r: r["top"])
        for a, b in zip(rows, rows[1:]):
            if a["bottom"] > b["top"] + 0.5:
                problems.append(f"rows {a['id']} and {b['id']} overlap")
        if facts["small_text"]:
            problems.append(f"{facts['small_text']} text elements are smaller than 12 px")
    if problems:
        raise AssertionError("the rendered page does not match the report:\n  " + "\n  ".join(problems))
