import json, sys
k = json.load(open('key.json'))
sel = sys.argv[1:]
for e in k:
    if sel and not any(e['doc'].startswith(s) for s in sel):
        continue
    lines = open('docs/' + e['doc']).read().split('\n')
    lab = {}
    for s in e['steps']:
        lab.setdefault(s['end_line'], []).append(s['expect'][:3])
    print('=====', e['doc'])
    for i, l in enumerate(lines, 1):
        if '$' in l or '\\' in l or i in lab:
            print(f"{i:4d} {' '.join(lab.get(i, [])):14s}| {l[:150]}")
