#!/usr/bin/env python3
"""hostile11 (adapted from hostile10): the body of ANALYSIS.md from results.json (written by run.py) and cases.json.

    python analyze.py > ANALYSIS.body.md

Every false verdict (false proved / holds / invalid) and every 'either' row judged invalid, with the document,
the labelled row, the checker's reading and message, grouped by cause; then the rows not read (undecided,
unreadable, missing), grouped by the checker's message (its first sentence, numbers blanked) so that causes
can be named; then budget failures and tracebacks.
"""
import json
import os
import re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cases = {c["id"]: c for c in json.load(open(os.path.join(HERE, "cases.json")))}
    res = json.load(open(os.path.join(HERE, "results.json")))
    groups, unread = defaultdict(list), defaultdict(list)
    for r in res["results"]:
        c = cases[r["id"]]
        for s in r["steps"]:
            if s["mark"] or (s["truth"] == "either" and s["verdict"] == "invalid"):
                groups[c["cause"]].append((r, c, s, s["mark"] or "either row invalid"))
            if s["verdict"] not in ("proved", "holds", "invalid"):
                msg = (s.get("explanation") or "(no message)").split(" | ")[0]
                msg = re.sub(r"line \d+|column \d+|row \d+|\d+(\.\d+)? ?s\b", "#", msg)
                key = f"{s['verdict']}: {msg[:160]}"
                unread[key].append(f"{c['id']}:{s['line']}({s['truth']})")
    print(f"main {res['main']}\n")
    t = res["tally"]
    n = t.get("labelled", 0)
    read = sum(t.get(k, 0) for k in ("proved", "holds", "invalid"))
    secs = sorted(r["seconds"] for r in res["results"])
    print(f"- false proved {t.get('FALSE PROVED', 0)}, false holds {t.get('FALSE HOLDS', 0)}, false invalid {t.get('FALSE INVALID', 0)}")
    print(f"- read {read}/{n} = {read / max(n, 1):.0%}")
    print(f"- over budget (wall > 60 s + 2 s or killed) {t.get('over budget', 0)}; over the chain/step budget {t.get('over chain/step budget', 0)}; "
          f"tracebacks/internal errors {t.get('traceback', 0)}")
    if secs:
        slowest = max(res["results"], key=lambda r: r["seconds"])
        print(f"- wall time: max {secs[-1]:.2f} s ({slowest['id']}), median {secs[len(secs) // 2]:.2f} s; start-up {res['startup']:.2f} s")
    if res.get("not_run"):
        print(f"- not run: {', '.join(res['not_run'])}")
    print()
    print("## False verdicts\n")
    for cause in sorted(groups):
        print(f"### {cause}\n")
        for r, c, s, label in groups[cause]:
            print(f"#### {c['id']} line {s['line']}: truth {s['truth']}, verdict {s['verdict']} ({label}); steps on the line {s.get('parts')}\n")
            print(f"note: {c.get('note', '')}\n")
            print("```markdown\n" + c["text"].replace("\r\n", "\n").strip() + "\n```\n")
            print(f"- read as: `{s.get('reading')}`")
            print(f"- checker: {s.get('explanation', '')[:1200]}")
            if s.get("counterexample"):
                print(f"- counterexample: `{json.dumps(s['counterexample'])[:600]}`")
            print()
    print("## Rows not read, grouped by the checker's message\n")
    for key, ids in sorted(unread.items(), key=lambda kv: -len(kv[1])):
        print(f"- {len(ids)} x {key}\n  {', '.join(ids)}")
    print("\n## Budget failures and tracebacks\n")
    for r in res["results"]:
        if r.get("crash"):
            print(f"- {r['id']}: traceback: {r['crash'][:800]}")
        if r["exit"] is None:
            print(f"- {r['id']}: killed")
        elif r.get("over"):
            print(f"- {r['id']}: {r['seconds']} s wall")
        elif r.get("over_tight"):
            print(f"- {r['id']}: {r['seconds']} s wall, over its chain/step budget {r['budget']:g} s + 2 s (+ start-up)")


if __name__ == "__main__":
    main()
