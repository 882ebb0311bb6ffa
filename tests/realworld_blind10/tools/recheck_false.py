"""python tools/recheck_false.py: after the scoring run, rechecks every FALSE ACCEPT / FALSE REJECT of SCORE.md:
prints the key's step, the checker's verdict and message, and recomputes the lab's check for that step
(valid: ok(r) on 20 fresh instances; invalid: the counterexample). Hand notes go into RECHECK_FALSE.txt."""
import importlib, json, os, re, sys
import numpy as np
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, "lab")); sys.path.insert(0, HERE)
from sources import DOCS  # noqa: E402
from cut import line_map  # noqa: E402
from recompute import close, fmt  # noqa: E402

meta = {d[0]: d for d in DOCS}
mods = {}
for f in os.listdir(os.path.join(HERE, "lab")):
    if re.match(r"d\d+\.py$", f):
        m = importlib.import_module(f[:-3]); mods[m.DOC] = m
key = {e["doc"]: e for e in json.load(open(os.path.join(HERE, "key.json")))}
lines = [l for l in open(os.path.join(HERE, "SCORE.md")) if "FALSE " in l]
for l in lines:
    mm = re.match(r"- (\S+) line (\d+): expect (\w+), got (\w+) (FALSE \w+) — (.*)", l.strip())
    if not mm:
        print("unparsed:", l.strip()); continue
    doc, dl, x, v, kind, msg = mm.groups(); dl = int(dl)
    m = mods[doc]; ranges = meta[doc][3]; lm = line_map(ranges) if ranges else None
    steps = [s for s in m.STEPS if (lm.get(s.line) if lm else s.line) == dl and s.expect == x]
    text = open(os.path.join(HERE, "docs", doc)).read().split("\n")[dl - 1].strip()
    print(f"== {kind}: {doc} doc line {dl} (expect {x}, checker {v})\n   row: {text[:200]}\n   checker: {msg[:400]}")
    for s in steps:
        print(f"   key ({s.expect}, source {s.line}): {s.why}")
        try:
            if s.expect == "valid" and s.ok:
                rng = np.random.default_rng(12345 + dl)
                res = [s.ok(rng) for _ in range(20)]
                print(f"   recomputed: {'agree' if all(close(a, b) for a, b in res) else 'DISAGREE'} on 20 fresh instances "
                      f"(e.g. {fmt(res[0][0])} vs {fmt(res[0][1])})")
            elif s.expect == "invalid" and s.cx:
                a, b = s.cx(); print(f"   recomputed counterexample: {fmt(a)} vs {fmt(b)} ({'differ' if not close(a, b) else 'EQUAL'})")
            else:
                print("   (plain valid label: no check in lab/; recheck by hand)")
        except Exception as ex:
            print("   recompute error:", ex)
    print()
