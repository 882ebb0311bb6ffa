"""python tools/causes.py: after the scoring run, counts the causes of unread labelled steps (valid/invalid/either) from out/*.json,
splitting each checker message into its '; '-separated causes (each cause counted once per step). Runs no checker."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
from score import checker_steps, pair  # noqa: E402

READ = ("proved", "holds", "invalid")


def norm(c):
    c = re.sub(r"row \d+: line \d+, column \d+: ", "", c.strip())
    c = re.sub(r"row \d+: ", "", c)
    c = re.sub(r"line \d+", "line N", c)
    c = re.sub(r"`[^`]*`", "`…`", c)
    c = re.sub(r"\b\d+\b", "#", c)
    c = re.sub(r"(Z|x|y|N)_[#?A-Za-z.]", r"\1_·", c)
    c = re.sub(r"\([^()]*\)$", "", c).strip()
    return c[:110]


key = json.load(open(os.path.join(HERE, "key.json")))
cause, missing, verdicts, fmt = Counter(), Counter(), Counter(), defaultdict(Counter)
for e in key:
    try:
        d = json.load(open(os.path.join(HERE, "out", e["doc"] + ".json")))
    except Exception:
        d = {"derivations": []}
    for s, cs in pair(e, checker_steps(d)):
        if s["expect"] not in ("valid", "invalid", "either"):
            continue
        v = cs.get("verdict") if cs else "missing"
        if v in READ:
            continue
        verdicts[v] += 1
        kind = "tm" if "_tm" in e["doc"] else "typ" if "_typ" in e["doc"] else "md"
        fmt[kind][v] += 1
        if not cs:
            missing[e["doc"]] += 1
            continue
        msg = (cs.get("explanation") or cs.get("limit") or "").replace("\n", " ")
        msg = re.sub(r"^(Unreadable|Undecided):\s*", "", msg)
        parts = {norm(p) for p in re.split(r";\s+|\.\s+(?=[A-Z])", msg) if p.strip()}
        for p in parts:
            cause[(v, p)] += 1
print("unread labelled steps by verdict:", dict(verdicts))
print("by format:", {k: dict(c) for k, c in fmt.items()})
print("\nno checker step at the line (missing), by document:")
for doc, n in missing.most_common():
    print(f"  {n:3d}  {doc}")
print("\ncauses (verdict, cause): count of unread steps naming it")
for (v, p), n in cause.most_common(40):
    print(f"  {n:3d}  {v}: {p}")
