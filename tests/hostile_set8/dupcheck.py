"""hostile9 (adapted from hostile8): compare every labelled row with every labelled row of the committed hostile sets (difflib)."""
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
oldl = list(old)
hits = 0
for c in json.load(open('cases.json')):
    lines = c['text'].split('\n')
    for s in c['steps']:
        if s['truth'] == 'def':
            continue
        r = lines[s['line'] - 1].strip()
        best = max(oldl, key=lambda o: difflib.SequenceMatcher(None, o, r).quick_ratio())
        rr = difflib.SequenceMatcher(None, best, r).ratio()
        if rr > 0.93:
            hits += 1
            print(f"{c['id']} {rr:.3f} {r[:80]} | {best[:80]}")
print(f"{len(oldl)} old rows; {hits} labelled rows above 0.93")
