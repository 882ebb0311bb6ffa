#!/usr/bin/env python3
"""Score `eq7 check` (JSON output) on the eleventh blind set (docs/ + key.json of this directory).

    cd /work/main && python /work/heldout11b/score.py [-v] [--out DIR] [--key KEY --docs DIR]

Rules of ../shared/tools/realworld_score.py: a labelled step is read when judged proved, holds or invalid
(undecided, unreadable, unjudged or no step at that line are not); false accept = labelled invalid, judged proved or
holds; false reject = labelled valid, judged invalid; errors caught = labelled invalid, judged invalid. Reach (the
headline) counts the steps labelled valid or invalid; steps labelled either are reported beside it.
Adaptations, as the fourth blind set's scorer: (1) steps are taken from every derivation of the JSON (context
derivations included); when the checker reports as many steps at a line as the key lists relations there, they are
paired by position, otherwise the k-th labelled (valid / invalid / either) step at a line takes the k-th checker step
there; (2) when the checker reports nothing at a step's line but does at its `finder_line`, those steps are used.
Each document runs in its own process, one at a time, with a 90 s wall limit. Prints Markdown (SCORE.md) and
saves every report under --out (default ./out next to this file).
"""
import json, os, subprocess, sys, time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
READ = ("proved", "holds", "invalid")
LIMIT = 90


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def json_flag():
    """`--format json` on current CLIs, `--json` on older ones (decided from `eq7 check --help`, which checks nothing)."""
    h = subprocess.run(["eq7", "check", "--help"], capture_output=True).stdout.decode(errors="replace")
    return ["--format", "json"] if "--format" in h else ["--json"]


FLAG = None


def run(path, out):
    global FLAG
    if FLAG is None:
        FLAG = json_flag()
    t0 = time.time()
    try:
        p = subprocess.run(["eq7", "check", *FLAG, path], capture_output=True, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return None, LIMIT, "timeout"
    dt = time.time() - t0
    base = os.path.join(out, os.path.basename(path))
    open(base + ".json", "wb").write(p.stdout)
    open(base + ".stderr", "wb").write(p.stderr)
    try:
        d = json.loads(p.stdout.decode())
    except Exception:
        err = p.stderr.decode(errors="replace").strip()[-300:]
        return None, dt, f"no JSON (exit {p.returncode}): {err}"
    if "Traceback" in p.stderr.decode(errors="replace"):
        return d, dt, f"traceback on stderr (exit {p.returncode})"
    return d, dt, f"exit {p.returncode}"


def checker_steps(d):
    got = defaultdict(list)
    for der in d.get("derivations", [d]):  # fixed after the run: single-derivation reports (no "derivations" key)
        if not isinstance(der, dict):
            continue
        for s in der.get("steps", []):
            got[s.get("to_line")].append(s)
    return got


def pair(entry, got):
    """[(key step, checker step or None)] for every labelled step (all labels)."""
    by_line = defaultdict(list)
    for s in entry["steps"]:
        by_line[s["end_line"]].append(s)
    out = []
    for line, steps in by_line.items():
        cs = got.get(line, [])
        fl = [s.get("finder_line") for s in steps if s.get("finder_line")]
        if not cs and fl:
            cs = got.get(fl[0], [])
        if len(cs) == len(steps):
            out += list(zip(steps, cs))
        else:
            k = 0
            for s in steps:
                if s["expect"] in ("valid", "invalid", "either"):
                    out.append((s, cs[k] if k < len(cs) else None)); k += 1
                else:
                    out.append((s, None))
    return out


def main():
    verbose = "-v" in sys.argv
    key = json.load(open(arg("--key", os.path.join(HERE, "key.json"))))
    docs = arg("--docs", os.path.join(HERE, "docs"))
    out = arg("--out", os.path.join(HERE, "out"))
    os.makedirs(out, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True).stdout.decode().strip()
    subj = subprocess.run(["git", "log", "-1", "--format=%s"], capture_output=True).stdout.decode().strip()
    T = defaultdict(Counter)
    by_label = defaultdict(Counter)
    rows, details, extra = [], [], []
    for e in key:
        d, dt, status = run(os.path.join(docs, e["doc"]), out)
        t, tier = T[e["tier"]], e["tier"]
        t["docs"] += 1
        if d is None:
            t["crash"] += 1
            d = {"derivations": []}
        elif status.startswith("traceback"):
            t["crash"] += 1  # a traceback on stderr counts as a crash even when JSON came out
        got = checker_steps(d)
        c = Counter()
        for s, cs in pair(e, got):
            v = cs.get("verdict") if cs else "missing"
            x = s["expect"]
            if x == "not-an-identity":
                if v == "invalid":
                    extra.append(f"- {e['doc']} line {s['end_line']} (not-an-identity: {s['why'][:60]}): invalid — "
                                 f"{(cs.get('explanation') or '')[:200]}")
                continue
            if x not in ("valid", "invalid", "either"):
                continue
            read = v in READ
            c["labelled"] += 1; c[x] += 1; c["read"] += read; c["read_" + x] += read
            by_label[(tier, x)][v] += 1
            mark = ""
            if x == "invalid":
                if v == "invalid":
                    c["caught"] += 1
                elif v in ("proved", "holds"):
                    c["false_accept"] += 1; mark = "FALSE ACCEPT"
            elif x == "valid":
                c["proved"] += v == "proved"
                if v == "invalid":
                    c["false_reject"] += 1; mark = "FALSE REJECT"
            if verbose or mark:
                msg = (cs.get("explanation") or "").replace("\n", " ")[:220] if cs else ""
                details.append(f"- {e['doc']} line {s['end_line']}: expect {x}, got {v} {mark} — {msg}")
        for k_, n in c.items():
            t[k_] += n
        rows.append(f"| {e['doc']} | {tier} | {dt:.1f} | {status} | {c['valid']} / {c['invalid']} / {c['either']} | "
                    f"{c['read_valid'] + c['read_invalid']} | {c['read_either']} | {c['caught']} | {c['false_accept']} | "
                    f"{c['false_reject']} |")
        print(f"{e['doc']}: {dt:.1f} s, {status}", file=sys.stderr)
    print(f"# Score of the eleventh blind set\n\nChecker: main at `{commit}` ({subj}). One run: "
          f"`cd /work/main; python /work/heldout11b/score.py -v` (each document in its own `eq7 check {' '.join(FLAG or [])}` process, one "
          f"at a time, {LIMIT} s wall limit).\n\nReach = steps labelled valid or invalid that were judged proved, holds or "
          f"invalid; steps labelled either are counted apart.\n")
    print("| tier | documents | labelled valid / invalid / either | reach (valid + invalid read) | either read | "
          "errors caught | false accepts | false rejects | valid proved | crashes / timeouts |\n|---|---|---|---|---|---|---|---|---|---|")
    A = Counter()
    for tier in sorted(T):
        t = T[tier]; A.update(t)
        vi = t["valid"] + t["invalid"]; r = t["read_valid"] + t["read_invalid"]
        print(f"| {tier} | {t['docs']} | {t['valid']} / {t['invalid']} / {t['either']} | {r}/{vi} ({100 * r / max(vi, 1):.0f}%) | "
              f"{t['read_either']}/{t['either']} | {t['caught']} of {t['invalid']} | {t['false_accept']} | {t['false_reject']} | "
              f"{t['proved']} | {t['crash']} |")
    vi = A["valid"] + A["invalid"]; r = A["read_valid"] + A["read_invalid"]
    print(f"| all | {A['docs']} | {A['valid']} / {A['invalid']} / {A['either']} | {r}/{vi} ({100 * r / max(vi, 1):.0f}%) | "
          f"{A['read_either']}/{A['either']} | {A['caught']} of {A['invalid']} | {A['false_accept']} | {A['false_reject']} | "
          f"{A['proved']} | {A['crash']} |")
    print("\nVerdicts by label (tier, label: verdict count):\n")
    for (tier, x), cnt in sorted(by_label.items()):
        print(f"- tier {tier}, {x}: " + ", ".join(f"{v} {n}" for v, n in cnt.most_common()))
    print("\n## Per document\n\n| document | tier | seconds | status | valid / invalid / either | reach | either read | "
          "caught | false accepts | false rejects |\n|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print("\n## Steps labelled not-an-identity that the checker judged invalid\n")
    print("\n".join(extra) if extra else "none")
    print("\n## Steps\n")
    print("\n".join(details))


if __name__ == "__main__":
    main()
