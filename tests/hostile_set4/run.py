#!/usr/bin/env python3
"""hostile4 (adapted from hostile3/run.py): score eq7 once on this set.

    . /work/venv/bin/activate; export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1
    python tests/hostile_set4/run.py [--cases FILE] [--only ID,ID] [-v] [--out FILE] [--deadline MIN]

Documents: each written to a private temporary .md file and checked by `eq7 check --json FILE` in its own
process group (sequentially), killed past its allowance. Step pairs: `derivation.classroom.check_step(lhs, rhs)`
in one persistent worker process, killed and restarted when a case passes its allowance.

Budgets: a step 3 s (the checker's default); a document 3 s per labelled row, at most 20 s. A case is OVER
BUDGET when it takes more than budget + 2 s (documents: after subtracting eq7's start-up, measured on a
one-row document). Cases are killed at budget + 2 s + start-up + 5 s.

Counted per labelled step (truth valid/invalid; 'def' rows are not scored; 'either' rows: see below):
false proved / false holds (truth invalid), false invalid (truth valid), read (proved + holds + invalid),
undecided, unreadable, unjudged (shown, not judged: inequalities, definitions), missing/killed; over budget,
tracebacks/crashes. 'either' rows (two readings that disagree) are counted too: invalid on one is a
FALSE INVALID (the checker must say undecided); proved/holds on one are listed apart. Every false verdict is printed with the checker's explanation.
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
READ = ("proved", "holds", "invalid")
TMP = tempfile.mkdtemp(prefix="hostile4_")

WORKER = r'''
import json, sys, traceback
real, sys.stdout = sys.stdout, sys.stderr
from derivation.classroom import check_step
for line in sys.stdin:
    c = json.loads(line)
    try:
        v = check_step(c["lhs"], c["rhs"])
        out = {"verdict": v.verdict, "explanation": (v.explanation or "")[:600]}
    except Exception:
        out = {"verdict": "EXCEPTION", "traceback": traceback.format_exc()[-1500:]}
    real.write("@@R@@" + json.dumps(out) + "\n"); real.flush()
'''


class StepWorker:
    def __init__(self):
        self.p = None

    def start(self):
        self.err = tempfile.TemporaryFile("w+", dir=TMP)
        self.p = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=self.err, text=True, bufsize=1, cwd=TMP, start_new_session=True)
        self.ask({"lhs": "x", "rhs": "x"}, 180)

    def ask(self, case, limit):
        import selectors
        self.p.stdin.write(json.dumps(case) + "\n"); self.p.stdin.flush()
        sel = selectors.DefaultSelector(); sel.register(self.p.stdout, selectors.EVENT_READ)
        end = time.time() + limit
        while True:
            left = end - time.time()
            if left <= 0 or not sel.select(timeout=left):
                self.kill(); return None
            line = self.p.stdout.readline()
            if not line:
                self.err.seek(0); err = self.err.read()[-1500:]
                self.kill(); return {"verdict": "CRASH", "traceback": err}
            if line.startswith("@@R@@"):
                return json.loads(line[5:])

    def kill(self):
        if self.p is not None:
            try:
                os.killpg(self.p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.p.wait(); self.p = None


def run_doc(text, limit):
    fd, path = tempfile.mkstemp(suffix=".md", dir=TMP)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    t0 = time.time()
    p = subprocess.Popen(["eq7", "check", "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, cwd=TMP, start_new_session=True)
    try:
        out, err = p.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        return None, None, time.time() - t0, ""
    finally:
        os.unlink(path)
    return p.returncode, out, time.time() - t0, err


def startup_time():
    return min(run_doc("$$\nx = x\n$$\n", 120)[2] for _ in range(2))


def main():
    args = sys.argv[1:]
    opt = lambda k, d: args[args.index(k) + 1] if k in args else d
    verbose = "-v" in args
    only = set(opt("--only", "").split(",")) - {""}
    cases = json.load(open(opt("--cases", os.path.join(HERE, "cases.json"))))
    if only:
        cases = [c for c in cases if c["id"] in only]
    out_path = opt("--out", os.path.join(HERE, "results.json"))
    deadline = time.time() + 60 * float(opt("--deadline", "40"))
    t_start = time.time()
    boot = startup_time() if any(c["kind"] == "doc" for c in cases) else 0.0
    print(f"eq7 start-up (one-row document): {boot:.1f} s; {len(cases)} cases", flush=True)
    worker = StepWorker()
    results, problems, falses, eithers = [], [], [], []
    tally = Counter(); by_cause = defaultdict(Counter); by_truth = defaultdict(Counter)
    exit_codes = Counter()
    for c in cases:
        labelled = [s for s in c["steps"] if s["truth"] != "def"]
        if time.time() > deadline:
            tally["not run"] += 1; results.append({"id": c["id"], "status": "not run"}); continue
        rec = {"id": c["id"], "cause": c["cause"], "kind": c["kind"]}
        crash = None
        if c["kind"] == "doc":
            budget = min(STEP_BUDGET * max(len(labelled), 1), DOC_CAP)
            rc, out, dt, err = run_doc(c["text"], boot + budget + SLACK + 5.0)
            over = rc is None or dt - boot > budget + SLACK
            got = defaultdict(list)
            if rc is not None:
                exit_codes[rc] += 1; rec["exit"] = rc
                try:
                    d = json.loads(out)
                    for der in d.get("derivations", [d]):
                        for s in der.get("steps", []):
                            got[s.get("to_line")].append((s.get("verdict"), s.get("explanation") or ""))
                except Exception:
                    crash = f"exit {rc}, no JSON: {(err or '')[-300:]}"
                if "Traceback" in (err or "") or rc not in (0, 1, 2):
                    crash = f"exit {rc}: {(err or '')[-600:]}"
            answers, taken = [], defaultdict(int)
            for s in c["steps"]:
                k = taken[s["line"]]; taken[s["line"]] += 1
                lst = got[s["line"]]
                answers.append(lst[k] if k < len(lst) else ("killed" if rc is None else "missing", ""))
        else:
            budget = STEP_BUDGET
            if worker.p is None:
                worker.start()
            t0 = time.time()
            ans = worker.ask({"lhs": c["lhs"], "rhs": c["rhs"]}, STEP_BUDGET + SLACK + 5.0)
            dt = time.time() - t0
            over = ans is None or dt > STEP_BUDGET + SLACK
            if ans is None:
                answers = [("killed", "")]
            else:
                answers = [(ans["verdict"], ans.get("explanation", ""))]
                if ans["verdict"] in ("EXCEPTION", "CRASH"):
                    crash = ans.get("traceback", "")
                elif "Traceback" in ans.get("explanation", ""):
                    crash = "traceback in the explanation: " + ans["explanation"][-400:]
        rec.update(seconds=round(dt, 2), budget=budget, steps=[])
        for s, (v, expl) in zip(c["steps"], answers):
            if s["truth"] == "def":
                continue
            mark = ""
            if s["truth"] == "invalid" and v in ("proved", "holds"):
                mark = "FALSE " + v.upper()
            elif s["truth"] in ("valid", "either") and v == "invalid":
                mark = "FALSE INVALID"
            rec["steps"].append({"line": s["line"], "truth": s["truth"], "verdict": v, "mark": mark})
            if s["truth"] == "either":
                eithers.append(f"{c['id']} line {s['line']}: either -> {v}   {expl[:300]}")
            key = v if v in READ + ("undecided", "unreadable", "unjudged") else "missing/killed"
            for t in (tally, by_cause[c["cause"]], by_truth[s["truth"]]):
                t[key] += 1; t["labelled"] += 1
                if mark:
                    t[mark] += 1
            if mark:
                src = c["text"] if c["kind"] == "doc" else f"check_step({c['lhs']!r}, {c['rhs']!r})"
                row = src.split("\n")[s["line"] - 1] if c["kind"] == "doc" else src
                falses.append(f"{c['id']} line {s['line']} [{c['cause']}]: truth {s['truth']}, got {v}  {mark}\n"
                              f"      row: {row.strip()[:300]}\n      note: {c.get('note', '')}\n"
                              f"      checker: {expl.strip()[:700]}")
            if s["truth"] == "invalid" and v == "unjudged":
                tally["false row unjudged"] += 1
                problems.append(f"{c['id']} line {s['line']}: a false row shown as unjudged (not judged)")
        if over:
            tally["over budget"] += 1; by_cause[c["cause"]]["over budget"] += 1
            problems.append(f"{c['id']}: {rec['seconds']} s (budget {budget:g} s + {SLACK:g}"
                            f"{'' if c['kind'] == 'step' else f', start-up {boot:.1f} s'})  OVER BUDGET"
                            f"{' (killed)' if any(a[0] == 'killed' for a in answers) else ''}")
        if crash:
            tally["crash/traceback"] += 1; by_cause[c["cause"]]["crash/traceback"] += 1
            problems.append(f"{c['id']}: CRASH {crash.strip()[-500:]}"); rec["crash"] = crash
        results.append(rec)
        if verbose:
            print(f"{c['id']:5} {rec['seconds']:6.1f} s  " + ", ".join(f"{s['truth']}->{s['verdict']}" for s in rec["steps"][:12])
                  + (" ..." if len(rec["steps"]) > 12 else ""), flush=True)
    worker.kill()
    shutil.rmtree(TMP, ignore_errors=True)
    json.dump({"tally": dict(tally), "results": results}, open(out_path, "w"), indent=1)
    print("\n## False verdicts" + ("" if falses else ": none"))
    for f in falses:
        print("  " + f)
    print("\n## Other problems (over budget, crashes, false rows left unjudged)" + ("" if problems else ": none"))
    for line in problems:
        print("  " + line)
    print("\n## 'either' rows (two readings; counted in the totals, invalid = false invalid)")
    for line in eithers:
        print("  " + line)
    print("\n## By cause (labelled steps; read = proved + holds + invalid)")
    for cause, t in sorted(by_cause.items()):
        print(f"  {cause:24} labelled {t['labelled']:3}  read {sum(t[k] for k in READ):3}  undecided {t['undecided']:3}  "
              f"unreadable {t['unreadable']:3}  unjudged {t['unjudged']:3}  false proved {t['FALSE PROVED']}  false holds "
              f"{t['FALSE HOLDS']}  false invalid {t['FALSE INVALID']}  over budget {t['over budget']}  crashes {t['crash/traceback']}")
    print("\n## By truth")
    for tr, t in sorted(by_truth.items()):
        print(f"  {tr:8} labelled {t['labelled']:3}: proved {t['proved']}, holds {t['holds']}, invalid {t['invalid']}, "
              f"undecided {t['undecided']}, unreadable {t['unreadable']}, unjudged {t['unjudged']}, missing/killed {t['missing/killed']}")
    read = sum(tally[k] for k in READ)
    print(f"\n## Total: {len(cases)} cases, {tally['labelled']} labelled steps (of which {len(eithers)} either)")
    print(f"  false proved {tally['FALSE PROVED']}, false holds {tally['FALSE HOLDS']}, false invalid {tally['FALSE INVALID']}")
    print(f"  read {read} (proved {tally['proved']}, holds {tally['holds']}, invalid {tally['invalid']}), undecided "
          f"{tally['undecided']}, unreadable {tally['unreadable']}, unjudged {tally['unjudged']} (false rows unjudged "
          f"{tally['false row unjudged']}), missing/killed {tally['missing/killed']}")
    print(f"  over budget (+{SLACK:g} s) {tally['over budget']}, crashes/tracebacks {tally['crash/traceback']}, not run {tally['not run']}")
    print(f"  document exit codes {dict(exit_codes)}; {time.time() - t_start:.0f} s; details in {out_path}")


if __name__ == "__main__":
    main()
