#!/usr/bin/env python3
"""hostile6: score eq7 ONCE on this set.

    . /work/venv/bin/activate; cd /work/heldout6h; python run.py > SCORE.md
    python run.py --cases tryout.json --out tryout_results.json      (the throwaway test of this script)
    options: --only ID,ID   --minutes M (time guard, default 32: documents not started by then are listed as not run)
Documents run one at a time in a fixed interleaved order (sha1 of the id), so a cut-short run still covers every cause.

Each case's document is written to a private temporary .md file and checked by `eq7 check --json FILE`
(its own process group, killed after 30 s). Labelled rows are matched to the JSON steps by `to_line`
(several steps ending on one line are taken in order); a labelled row with no step whose line is in the
JSON `errors` counts as unreadable, otherwise as missing.

Counted per labelled row (truth true / false / either; 'def' rows, the model and energies, are not scored
but an `invalid` on one is listed):
  false proved / false holds : truth false, verdict proved / holds
  false invalid              : truth true, verdict invalid
  either                     : two readings, one true and one false: proved/holds/invalid are all consistent
                               with some reading; an `invalid` is listed apart (DESIGN: invalid needs every
                               reading refuted), not counted as a false invalid
  read                       : proved + holds + invalid;  read share = read / labelled
  false rows unjudged        : truth false, verdict unjudged (shown, not judged): listed
Budget: the step budget is 3 s (eq7's default); a document's budget is 3 s per step the checker reports
(at least one per labelled row), at most 20 s. OVER BUDGET: wall time minus eq7's start-up (measured on a
one-row document before the run) above budget + 2 s, or killed at 30 s.
Tracebacks: 'Traceback' on stderr, an exit code other than 0/1/2, no JSON, or 'Traceback' / 'internal
error' in an explanation.
"""
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
STEP_BUDGET, SLACK, DOC_CAP = 3.0, 2.0, 20.0
KILL = float(os.environ.get("HOSTILE6_KILL", 30.0))  # only lowered to test the kill path
READ = ("proved", "holds", "invalid")
TMP = tempfile.mkdtemp(prefix="hostile6_")


def run_doc(text, limit=KILL):
    fd, path = tempfile.mkstemp(suffix=".md", dir=TMP)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    t0 = time.time()
    p = subprocess.Popen(["eq7", "check", "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=TMP, start_new_session=True)
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


def main():
    args = sys.argv[1:]
    opt = lambda k, d: args[args.index(k) + 1] if k in args else d
    cases = json.load(open(opt("--cases", os.path.join(HERE, "cases.json"))))
    only = set(opt("--only", "").split(",")) - {""}
    if only:
        cases = [c for c in cases if c["id"] in only]
    out_path = opt("--out", os.path.join(HERE, "results.json"))
    # a fixed interleaved order, so that a run cut short by the time guard still covers every cause
    import hashlib
    cases.sort(key=lambda c: hashlib.sha1(c["id"].encode()).hexdigest())
    stop_at = time.time() + 60 * float(opt("--minutes", "32"))
    head = subprocess.run(["git", "-C", "/work/main", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    t_start = time.time()
    boot = min(run_doc("$$\nu = u\n$$\n", 120)[2] for _ in range(2))
    print(f"# hostile6: one scoring run\n\nmain {head}; started {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}; "
          f"{len(cases)} documents; eq7 start-up (one-row document) {boot:.2f} s\n", flush=True)
    tally, by_cause, by_truth = Counter(), defaultdict(Counter), defaultdict(Counter)
    falses, problems, eithers, defs, results = [], [], [], [], []
    exit_codes = Counter()
    not_run = []
    for c in cases:
        if time.time() > stop_at:
            not_run.append(c["id"])
            continue
        rc, out, dt, err = run_doc(c["text"])
        d, crash = None, None
        if rc is None:
            crash = None
        else:
            exit_codes[rc] += 1
            try:
                d = json.loads(out)
            except Exception:
                crash = f"exit {rc}, no JSON: {(err or '')[-400:]}"
            if "Traceback" in (err or "") or rc not in (0, 1, 2):
                crash = f"exit {rc}: {(err or '')[-800:]}"
        by_line, rendered, err_lines = defaultdict(list), {}, set()
        nsteps = 0
        if d is not None:
            steps = d.get("steps", [])
            nsteps = len(steps)
            for s in steps:
                by_line[s.get("to_line")].append(s)
                ex = s.get("explanation") or ""
                if "Traceback" in ex or "internal error" in ex.lower():
                    crash = (crash or "") + f" explanation on line {s.get('to_line')}: {ex[:400]}"
            for der in d.get("derivations", [d]):
                for r in der.get("rows", []):
                    rendered.setdefault(r.get("line"), r.get("rendered"))
            err_lines = {e.get("line") for e in d.get("errors", [])}
        labelled = [s for s in c["steps"] if s["truth"] != "def"]
        budget = min(STEP_BUDGET * max(nsteps, len(labelled), 1), DOC_CAP)
        over = rc is None or dt - boot > budget + SLACK
        rec = {"id": c["id"], "cause": c["cause"], "seconds": round(dt, 2), "budget": budget, "exit": rc, "over": over, "steps": []}
        taken = defaultdict(int)
        lines = c["text"].split("\n")
        for s in c["steps"]:
            k = taken[s["line"]]
            taken[s["line"]] += 1
            lst = by_line.get(s["line"], [])
            if rc is None:
                v, st = "killed", {}
            elif k < len(lst):
                st = lst[k]
                v = st.get("verdict")
            elif s["line"] in err_lines:
                v, st = "unreadable", {}
            else:
                v, st = "missing", {}
            expl = (st.get("explanation") or "").strip()
            cex = st.get("counterexample")
            row = lines[s["line"] - 1].strip()
            reading = rendered.get(s["line"])
            detail = (f"      row {s['line']}: {row[:400]}\n      read as: {reading}\n      checker: {expl[:900]}"
                      + (f"\n      counterexample: {json.dumps(cex)[:500]}" if cex else ""))
            if s["truth"] == "def":
                if v == "invalid":
                    defs.append(f"{c['id']} line {s['line']} (definition row) judged invalid\n{detail}")
                continue
            mark = ""
            if s["truth"] == "false" and v in ("proved", "holds"):
                mark = "FALSE " + v.upper()
            elif s["truth"] == "true" and v == "invalid":
                mark = "FALSE INVALID"
            rec["steps"].append({"line": s["line"], "truth": s["truth"], "verdict": v, "mark": mark,
                                 "reading": reading, "explanation": expl[:1500], "counterexample": cex})
            key = v if v in READ + ("undecided", "unreadable", "unjudged") else "missing/killed"
            for t in (tally, by_cause[c["cause"]], by_truth[s["truth"]]):
                t[key] += 1
                t["labelled"] += 1
                if mark:
                    t[mark] += 1
            if mark:
                falses.append(f"{c['id']} [{c['cause']}] truth {s['truth']}, got {v}: {mark}   note: {c.get('note', '')}\n{detail}")
            if s["truth"] == "either":
                eithers.append(f"{c['id']} line {s['line']}: either -> {v}   ({c.get('note', '')})\n{detail}")
            if s["truth"] == "false" and v == "unjudged":
                tally["false row unjudged"] += 1
                problems.append(f"{c['id']} line {s['line']}: a false row shown as unjudged\n{detail}")
        if over:
            tally["over budget"] += 1
            by_cause[c["cause"]]["over budget"] += 1
            problems.append(f"{c['id']}: {dt:.1f} s (budget {budget:g} s + {SLACK:g} s, start-up {boot:.1f} s) OVER BUDGET"
                            + (f" (killed at {KILL:g} s)" if rc is None else ""))
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
    print("## Total\n")
    print(f"- labelled rows {n} (true {by_truth['true']['labelled']}, false {by_truth['false']['labelled']}, "
          f"either {by_truth['either']['labelled']}) in {len(cases)} documents")
    print(f"- **false proved {tally['FALSE PROVED']}, false holds {tally['FALSE HOLDS']}, false invalid {tally['FALSE INVALID']}**")
    print(f"- read {read}/{n} = {read / max(n, 1):.0%} (proved {tally['proved']}, holds {tally['holds']}, invalid {tally['invalid']}); "
          f"undecided {tally['undecided']}, unreadable {tally['unreadable']}, unjudged {tally['unjudged']} "
          f"(false rows unjudged {tally['false row unjudged']}), missing/killed {tally['missing/killed']}")
    print(f"- over budget (+{SLACK:g} s, or killed at 30 s) {tally['over budget']}; tracebacks {tally['traceback']}")
    if not_run:
        print(f"- NOT RUN (time guard, --minutes): {len(not_run)} documents: {', '.join(not_run)}")
    print(f"- exit codes {dict(sorted(exit_codes.items(), key=str))}; {time.time() - t_start:.0f} s in all; details in {os.path.basename(out_path)}")
    print("\n## By truth\n")
    for tr, t in sorted(by_truth.items()):
        print(f"- {tr:6} {t['labelled']:3}: proved {t['proved']}, holds {t['holds']}, invalid {t['invalid']}, undecided {t['undecided']}, "
              f"unreadable {t['unreadable']}, unjudged {t['unjudged']}, missing/killed {t['missing/killed']}")
    print("\n## By cause\n")
    print("| cause | labelled | read | undecided | unreadable | unjudged | false proved | false holds | false invalid | over budget | tracebacks |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for cause, t in sorted(by_cause.items()):
        print(f"| {cause} | {t['labelled']} | {sum(t[k] for k in READ)} | {t['undecided']} | {t['unreadable']} | {t['unjudged']} | "
              f"{t['FALSE PROVED']} | {t['FALSE HOLDS']} | {t['FALSE INVALID']} | {t['over budget']} | {t['traceback']} |")
    print("\n## False verdicts" + ("" if falses else ": none") + "\n")
    for f in falses:
        print("- " + f)
    print("\n## Over budget, tracebacks, false rows unjudged" + ("" if problems else ": none") + "\n")
    for p in problems:
        print("- " + p)
    print("\n## 'either' rows (any of proved/holds/invalid is consistent with a reading; invalid listed for DESIGN)\n")
    for e in eithers:
        print("- " + e)
    print("\n## Definition rows judged invalid (not scored)" + ("" if defs else ": none") + "\n")
    for e in defs:
        print("- " + e)


if __name__ == "__main__":
    main()
