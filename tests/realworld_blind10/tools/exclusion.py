"""python tools/exclusion.py > EXCLUSION.txt: exclusion check (excl_check.sh), documents per owner, line-overlap check."""
import glob, json, os, subprocess, sys, collections, datetime
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, HERE)
from sources import DOCS
repos = []
for d in DOCS:
    if d[1]['repo'] not in repos:
        repos.append(d[1]['repo'])
out = subprocess.run([os.path.join(HERE, 'excl_check.sh')] + repos, capture_output=True, text=True).stdout
print("# Exclusion check (excl_check.sh: the owner name searched case-insensitively in /work/used_repos.txt, realworld-dev"
      " key.json/README.md, /work/main/tests/realworld_blind*/{SOURCES.md,README.md,key.json,sources.py}, and every file"
      f" directly under /work/heldout6*..heldout10* and /work/heldout11h), run {datetime.datetime.utcnow():%H:%M} UTC")
print(out.rstrip())
cnt = collections.Counter(d[1]['repo'].split('/')[0] for d in DOCS)
print(f"\nDocuments per owner (at most 4; {len(cnt)} owners, {len(repos)} repositories, {len(DOCS)} documents):")
print("  " + ", ".join(f"{o}: {n}" for o, n in cnt.most_common()))
others = []
for pat in ['/work/shared/realworld-dev/*.md', '/work/heldout6*/docs/*', '/work/heldout7*/docs/*', '/work/heldout8*/docs/*',
            '/work/heldout9*/docs/*', '/work/heldout10*/docs/*', '/work/main/tests/realworld_blind*/docs/*']:
    others += [p for p in glob.glob(pat) if os.path.isfile(p)]
seen = set()
for p in others:
    try:
        for l in open(p, encoding='utf-8', errors='replace'):
            l = l.strip()
            if len(l) > 30:
                seen.add(l)
    except Exception:
        pass
shared = []
for p in sorted(glob.glob(os.path.join(HERE, 'docs', '*'))):
    for i, l in enumerate(open(p, encoding='utf-8'), 1):
        s = l.strip()
        if len(s) > 30 and s in seen:
            shared.append(f"{os.path.basename(p)}:{i}: {s[:80]}")
print(f"\nOverlap: {len(others)} files compared; {len(shared)} shared lines longer than 30 characters")
print("  (lines of docs/ longer than 30 characters against ../shared/realworld-dev, ../heldout6*..10* docs, tests/realworld_blind*/docs)")
for s in shared:
    print("  " + s)
