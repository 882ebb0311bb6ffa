#!/usr/bin/env python3
"""hostile11 (adapted from hostile10): score eq7 ONCE on this set.

    export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
    cd /work/heldout11h; python3 run.py > SCORE.md        (eq7 is /work/venv/bin/eq7, the editable install of /work/main)
    python run.py --cases tryout.json --out tryout_results.json     (the throwaway test of this script)
    options: --only ID,ID   --minutes M (time guard, default 40: documents not started by then are listed as not run)

Each document is written byte for byte (CRLF kept) to a private temporary .md file and checked by
`eq7 check --json FILE` in its own process group, killed after 90 s; documents run one at a time in a fixed
interleaved order (sha1 of the id), so a run cut short still covers every cause.

A labelled row is matched to the JSON steps whose `to_line` is its line. Several steps ending on one line (a
row `a = b \\approx c`, `a = b = c`, `A \\Rightarrow B`) are combined into the row's verdict, the worst first:
invalid > unreadable > undecided > unjudged > holds > proved. A labelled row with no step is `unreadable` when
its line has an error (JSON `errors` or the row's `error`), otherwise `missing`.
Counted per labelled row (truth true / false / either; 'def' rows, the model, are not scored, but an `invalid`
on one is listed):
  false proved / false holds : truth false, verdict proved / holds
  false invalid              : truth true, verdict invalid
  either                     : an `invalid` is listed apart, not counted as a false invalid
  read                       : proved + holds + invalid;  read share = read / labelled
Budget: a document whose wall time is over 60 s + 2 s (the CLI's document budget; or killed) is a budget failure. Also counted:
wall time minus eq7's start-up above min(60 s, 20 s per chain (JSON derivation), 3 s per reported step) + 2 s (issue 18: step 3 s,
chain 20 s).
Tracebacks: 'Traceback' or 'internal error' on stderr, an exit code other than 0/1/2, no JSON, or 'Traceback' / 'internal error'
in an explanation or anywhere in the JSON.
"""
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_BUDGET, SLACK, STEP_BUDGET = 60.0, 2.0, 3.0  # eq7 check --help: --document-timeout default 60, --step-timeout default 3
KILL = float(os.environ.get("HOSTILE11_KILL", 90.0))
CHAIN_BUDGET = 20.0  # issue 18: the chain budget
EQ7 = os.environ.get("EQ7", "/work/venv/bin/eq7")
READ = ("proved", "holds", "invalid")
ORDER = ["invalid", "unreadable", "undecided", "unjudged", "holds", "proved"]
TMP = tempfile.mkdtemp(prefix="hostile11_")


def run_doc(text, limit=KILL):
    fd, path = tempfile.mkstemp(suffix=".md", dir=TMP)
    with os.fdopen(fd, "w", newline="") as f:
        f.write(text)
    t0 = time.time()
    p = subprocess.Popen([EQ7, "check", "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd="/work/main", start_new_session=True)
    try:
        out, err = p.communicate(timeout=limit)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        out, err, rc = None, "", None
    finally:
        os.unlink(path)
    return rc, out, time.time() - t0, err


def combine(vs):
    vs = [v or "missing" for v in vs]
    for o in ORDER:
        if o in vs:
            return o
    return vs[0]


def main():
    args = sys.argv[1:]
    opt = lambda k, d: args[args.index(k) + 1] if k in args else d
    cases = json.load(open(opt("--cases", os.path.join(HERE, "cases.json"))))
    only = set(opt("--only", "").split(",")) - {""}
    if only:
        cases = [c for c in cases if c["id"] in only]
    out_path = opt("--out", os.path.join(HERE, "results.json"))
    cases.sort(key=lambda c: hashlib.sha1(c["id"].encode()).hexdigest())
    stop_at = time.time() + 60 * float(opt("--minutes", "40"))
    head = subprocess.run(["git", "-C", "/work/main", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    t_start = time.time()
    boot = min(run_doc("$$\nu = u\n$$\n", 120)[2] for _ in range(2))
    print(f"# hostile11: one scoring run\n\nmain {head}; started {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}; "
          f"{len(cases)} documents; eq7 start-up (one-row document) {boot:.2f} s\n", flush=True)
    tally, by_cause, by_truth = Counter(), defaultdict(Counter), defaultdict(Counter)
    falses, problems, eithers, defs, slow, results, not_run = [], [], [], [], [], [], []
    exit_codes, times = Counter(), []
    for c in cases:
        if time.time() > stop_at:
            not_run.append(c["id"])
            continue
        rc, out, dt, err = run_doc(c["text"])
        times.append(dt)
        d, crash = None, None
        if rc is not None:
            exit_codes[rc] += 1
            try:
                d = json.loads(out)
            except Exception:
                crash = f"exit {rc}, no JSON: {(err or '')[-400:]}"
            if "Traceback" in (err or "") or "internal error" in (err or "").lower() or rc not in (0, 1, 2):
                crash = f"exit {rc}: {(err or '')[-800:]}"
            if out and "internal error" in out.lower() and "internal error" not in (crash or ""):
                crash = (crash or "") + " 'internal error' in the JSON output"
        by_line, rendered, err_lines, nsteps, nchains = defaultdict(list), {}, {}, 0, 1
        if d is not None:
            steps = d.get("steps", [])
            nsteps = len(steps)
            for s in steps:
                by_line[s.get("to_line")].append(s)
                ex = s.get("explanation") or ""
                if "Traceback" in ex or "internal error" in ex.lower():
                    crash = (crash or "") + f" explanation on line {s.get('to_line')}: {ex[:400]}"
            nchains = max(1, len(d.get("derivations", [])))
            for der in d.get("derivations", [d]):
                for r in der.get("rows", []):
                    rendered.setdefault(r.get("line"), r.get("rendered"))
                    if r.get("error"):
                        err_lines[r.get("line")] = str(r.get("error"))
            for e in d.get("errors", []):
                if isinstance(e, dict):
                    err_lines.setdefault(e.get("line"), e.get("message") or json.dumps(e)[:300])
        labelled = [s for s in c["steps"] if s["truth"] != "def"]
        over = rc is None or dt > DOC_BUDGET + SLACK
        step_budget = STEP_BUDGET * max(nsteps, len(labelled), 1)
        # the tightest budget that applies: 3 s a step, 20 s a chain (derivation), 60 s the document
        tight = min(DOC_BUDGET, CHAIN_BUDGET * nchains, step_budget)
        over_tight = (not over) and rc is not None and dt - boot > tight + SLACK
        rec = {"id": c["id"], "cause": c["cause"], "seconds": round(dt, 2), "exit": rc, "over": over, "over_tight": over_tight,
               "nsteps": nsteps, "nchains": nchains, "budget": tight, "steps": []}
        lines = c["text"].replace("\r\n", "\n").split("\n")
        for s in c["steps"]:
            lst = by_line.get(s["line"], [])
            if rc is None:
                v, parts = "killed", []
            elif lst:
                parts = [st.get("verdict") for st in lst]
                v = combine(parts)
            elif s["line"] in err_lines:
                v, parts = "unreadable", []
            else:
                v, parts = "missing", []
            expl = " | ".join((st.get("explanation") or "").strip() for st in lst) or err_lines.get(s["line"], "")
            cex = [st.get("counterexample") for st in lst if st.get("counterexample")]
            row = lines[s["line"] - 1].strip()
            reading = rendered.get(s["line"])
            detail = (f"      row {s['line']}: {row[:400]}\n      read as: {reading}\n      steps on the line: {parts}\n"
                      f"      checker: {expl[:900]}" + (f"\n      counterexample: {json.dumps(cex[0])[:500]}" if cex else ""))
            if s["truth"] == "def":
                if v == "invalid":
                    defs.append(f"{c['id']} line {s['line']} (definition row) judged invalid\n{detail}")
                continue
            mark = ""
            if s["truth"] == "false" and v in ("proved", "holds"):
                mark = "FALSE " + v.upper()
            elif s["truth"] == "true" and v == "invalid":
                mark = "FALSE INVALID"
            rec["steps"].append({"line": s["line"], "truth": s["truth"], "verdict": v, "parts": parts, "mark": mark,
                                 "reading": reading, "explanation": expl[:1500], "counterexample": cex[0] if cex else None})
            key = v if v in READ + ("undecided", "unreadable", "unjudged", "missing") else "killed"
            for t in (tally, by_cause[c["cause"]], by_truth[s["truth"]]):
                t[key] += 1
                t["labelled"] += 1
                if mark:
                    t[mark] += 1
            if mark:
                falses.append(f"{c['id']} [{c['cause']}] truth {s['truth']}, got {v}: {mark}   note: {c.get('note', '')}\n{detail}")
            if s["truth"] == "either":
                eithers.append(f"{c['id']} line {s['line']}: either -> {v}   ({c.get('note', '')})\n{detail}")
        if over:
            tally["over budget"] += 1
            by_cause[c["cause"]]["over budget"] += 1
            problems.append(f"{c['id']}: {dt:.1f} s wall, over {DOC_BUDGET:g} s + {SLACK:g} s" + (f" (killed at {KILL:g} s)" if rc is None else ""))
        elif over_tight:
            tally["over chain/step budget"] += 1
            by_cause[c["cause"]]["over chain/step budget"] += 1
            slow.append(f"{c['id']}: {dt:.1f} s wall ({nsteps} steps, {nchains} chains: budget min(60, 20 x chains, 3 x steps) = {tight:g} s "
                        f"+ {SLACK:g} s + start-up {boot:.1f} s)")
        if crash:
            tally["traceback"] += 1
            by_cause[c["cause"]]["traceback"] += 1
            problems.append(f"{c['id']}: TRACEBACK {crash.strip()[-900:]}")
            rec["crash"] = crash
        results.append(rec)
        print(f"    {c['id']:5} {dt:5.1f} s  " + ", ".join(f"{s['truth']}->{s['verdict']}" for s in rec["steps"]), file=sys.stderr, flush=True)
    shutil.rmtree(TMP, ignore_errors=True)
    json.dump({"main": head, "startup": boot, "tally": dict(tally), "not_run": not_run, "results": results}, open(out_path, "w"), indent=1)
    read = sum(tally[k] for k in READ)
    n = tally["labelled"]
    times.sort()
    print("## Total\n")
    print(f"- labelled rows {n} (true {by_truth['true']['labelled']}, false {by_truth['false']['labelled']}, "
          f"either {by_truth['either']['labelled']}) in {len(cases) - len(not_run)} documents")
    print(f"- **false proved {tally['FALSE PROVED']}, false holds {tally['FALSE HOLDS']}, false invalid {tally['FALSE INVALID']}**")
    print(f"- read {read}/{n} = {read / max(n, 1):.0%} (proved {tally['proved']}, holds {tally['holds']}, invalid {tally['invalid']}); "
          f"undecided {tally['undecided']}, unreadable {tally['unreadable']}, unjudged {tally['unjudged']}, "
          f"missing (no step on the row's line, no error) {tally['missing']}, killed {tally['killed']}")
    print(f"- over the chain/step budget (wall minus start-up over min(60 s, 20 s x chains, 3 s x steps) + {SLACK:g} s): "
          f"{tally['over chain/step budget']}")
    print(f"- budget failures (wall over {DOC_BUDGET:g} s + {SLACK:g} s, or killed at {KILL:g} s): {tally['over budget']}; "
          f"tracebacks/crashes {tally['traceback']}")
    if times:
        print(f"- wall time per document: median {times[len(times) // 2]:.2f} s, 90th percentile {times[int(len(times) * .9)]:.2f} s, "
              f"max {times[-1]:.2f} s; {time.time() - t_start:.0f} s in all")
    if not_run:
        print(f"- NOT RUN (time guard): {len(not_run)} documents: {', '.join(not_run)}")
    print(f"- exit codes {dict(sorted(exit_codes.items(), key=str))}; details in {os.path.basename(out_path)}")
    print("\n## By truth\n")
    for tr, t in sorted(by_truth.items()):
        print(f"- {tr:6} {t['labelled']:3}: proved {t['proved']}, holds {t['holds']}, invalid {t['invalid']}, undecided {t['undecided']}, "
              f"unreadable {t['unreadable']}, unjudged {t['unjudged']}, missing {t['missing']}, killed {t['killed']}")
    print("\n## By cause\n")
    print("| cause | labelled | read | undecided | unreadable | missing | false proved | false holds | false invalid | over budget | over chain/step | tracebacks |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for cause, t in sorted(by_cause.items()):
        print(f"| {cause} | {t['labelled']} | {sum(t[k] for k in READ)} | {t['undecided']} | {t['unreadable']} | {t['missing'] + t['unjudged']} | "
              f"{t['FALSE PROVED']} | {t['FALSE HOLDS']} | {t['FALSE INVALID']} | {t['over budget']} | {t['over chain/step budget']} | {t['traceback']} |")
    print("\n## False verdicts" + ("" if falses else ": none") + "\n")
    for f in falses:
        print("- " + f)
    print("\n## Budget failures and tracebacks" + ("" if problems else ": none") + "\n")
    for p in problems:
        print("- " + p)
    print("\n## Over the chain/step budget (wall minus start-up over min(60, 20 x chains, 3 x steps) + 2 s)" + ("" if slow else ": none") + "\n")
    for p in slow:
        print("- " + p)
    print("\n## Slowest documents (wall time, start-up included)\n")
    for r in sorted(results, key=lambda r: -r["seconds"])[:12]:
        print(f"- {r['id']} [{r['cause']}]: {r['seconds']:.2f} s, {r['nsteps']} steps, {r['nchains']} chains, exit {r['exit']}")
    print("\n## 'either' rows\n")
    for e in eithers:
        print("- " + e)
    print("\n## Definition rows judged invalid (not scored)" + ("" if defs else ": none") + "\n")
    for e in defs:
        print("- " + e)


if __name__ == "__main__":
    main()
