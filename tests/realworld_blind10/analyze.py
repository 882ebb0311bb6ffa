"""python analyze.py: after the scoring run, groups the unread labelled steps by the checker's message (from out/*.json)
and lists every false verdict, for ANALYSIS.md. Reads only the saved reports; runs no checker."""
import json, os, re, sys
from collections import defaultdict, Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score import checker_steps, pair  # noqa: E402


def norm(msg):
    m = (msg or "").replace("\n", " ")
    m = re.sub(r"row \d+: line \d+: ", "", m)
    m = re.sub(r"line \d+", "line N", m)
    m = re.sub(r"\d+(/\d+)?", "#", m)
    return m[:140]


def main():
    key = json.load(open(os.path.join(HERE, "key.json")))
    causes, false, per_doc = defaultdict(list), [], Counter()
    for e in key:
        p = os.path.join(HERE, "out", e["doc"] + ".json")
        try:
            d = json.load(open(p))
        except Exception:
            d = {"derivations": []}
        got = checker_steps(d)
        for s, cs in pair(e, got):
            x = s["expect"]
            if x not in ("valid", "invalid", "either"):
                continue
            v = cs.get("verdict") if cs else "missing"
            msg = cs.get("explanation") if cs else ""
            if v not in ("proved", "holds", "invalid"):
                key_ = f"{v}: {norm(msg)}" if cs else "missing: no checker step at the line"
                causes[key_].append(f"{e['doc']}:{s['end_line']} ({x})")
                per_doc[e["doc"]] += 1
            elif (x == "valid" and v == "invalid") or (x == "invalid" and v in ("proved", "holds")):
                false.append(f"- {'FALSE REJECT' if x == 'valid' else 'FALSE ACCEPT'} {e['doc']} line {s['end_line']} "
                             f"({s['why'][:80]}): {(msg or '').replace(chr(10), ' ')[:300]}")
    print("## False verdicts\n"); print("\n".join(false) or "none")
    print("\n## Unread labelled steps by the checker's message (largest first)\n")
    for k_, v in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"- {len(v)} x {k_}\n  - " + ", ".join(v[:12]) + (" ..." if len(v) > 12 else ""))
    print("\n## Unread steps per document\n")
    for doc, n in per_doc.most_common():
        print(f"- {doc}: {n}")


if __name__ == "__main__":
    main()
