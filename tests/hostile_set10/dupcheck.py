"""hostile11 (adapted from hostile10): compare every labelled row with every labelled row of the committed hostile sets (difflib)."""
import difflib
import glob
import json

old = set()
for p in glob.glob('/work/main/tests/hostile_set*/cases.json'):
    for c in json.load(open(p)):
        lines = c.get('text', '').replace('\r\n', '\n').split('\n')
        for s in c.get('steps', []):
            if s.get('line') and s['line'] <= len(lines):
                old.add(lines[s['line'] - 1].strip().lstrip('§'))
oldl = sorted(old)
hits = 0
for c in json.load(open('/work/heldout11h/cases.json')):
    lines = c['text'].split('\n')
    for s in c['steps']:
        if s['truth'] == 'def':
            continue
        r = lines[s['line'] - 1].strip()
        # every old row whose quick_ratio (an upper bound of ratio) reaches the threshold, then the true ratio
        cands = [o for o in oldl if difflib.SequenceMatcher(None, o, r).quick_ratio() >= 0.975] or oldl[:1]
        best = max(cands, key=lambda o: difflib.SequenceMatcher(None, o, r).ratio())
        rr = difflib.SequenceMatcher(None, best, r).ratio()
        if rr >= 0.975:
            hits += 1
            print(f"{c['id']} {rr:.3f} {r[:80]} | {best[:80]}")
print(f"{len(oldl)} old rows; {hits} labelled rows at or above 0.975")
