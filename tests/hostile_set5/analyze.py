#!/usr/bin/env python3
"""hostile6: the skeleton of ANALYSIS.md from results.json (written by run.py) and cases.json.

    python analyze.py > ANALYSIS.body.md

Every false verdict (false proved / holds / invalid), every false row left unjudged, every over-budget or
traceback case, with the document, the labelled row, the checker's reading ('rendered') and its message,
grouped by the case's cause. The commentary on causes is written by hand above it.
"""
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    cases = {c["id"]: c for c in json.load(open(os.path.join(HERE, "cases.json")))}
    res = json.load(open(os.path.join(HERE, "results.json")))
    groups = defaultdict(list)
    for r in res["results"]:
        c = cases[r["id"]]
        for s in r["steps"]:
            bad = s["mark"] or (s["truth"] == "false" and s["verdict"] == "unjudged") \
                or (s["truth"] == "either" and s["verdict"] == "invalid")
            if not bad:
                continue
            label = s["mark"] or ("false row unjudged" if s["truth"] == "false" else "either row invalid")
            groups[c["cause"]].append((r, c, s, label))
    print(f"main {res['main']}\n")
    for cause in sorted(groups):
        print(f"## {cause}\n")
        for r, c, s, label in groups[cause]:
            print(f"### {c['id']} line {s['line']}: truth {s['truth']}, verdict {s['verdict']} ({label})\n")
            print(f"note: {c.get('note', '')}\n")
            print("```markdown\n" + c["text"].strip() + "\n```\n")
            print(f"- read as: `{s.get('reading')}`")
            print(f"- checker: {s.get('explanation', '')[:1200]}")
            if s.get("counterexample"):
                print(f"- counterexample: `{json.dumps(s['counterexample'])[:600]}`")
            print()
    print("## Over budget and tracebacks\n")
    for r in res["results"]:
        if r.get("crash"):
            print(f"- {r['id']}: traceback: {r['crash'][:800]}")
        if r["exit"] is None:
            print(f"- {r['id']}: killed at 30 s")
        elif r.get("over"):
            print(f"- {r['id']}: {r['seconds']} s against a budget of {r['budget']} s + 2 s + start-up {res.get('startup', 0):.1f} s")


if __name__ == "__main__":
    main()
