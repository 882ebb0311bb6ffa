#!/usr/bin/env python3
"""Run the hostile set against eq7 and report false verdicts, budgets and crashes.

    python tests/hostile_set/run.py [-v] [--only A01,F02] [--out FILE]
                                                                           [--deadline MIN] [--doc-cap S]

Documents: each case is written to a temporary .md file and checked with `eq7 check --json FILE` in its own
process (sequentially), killed after its allowance. Step pairs: `derivation.classroom.check_step(lhs, rhs)`
in one persistent worker process, killed and restarted when a case passes its allowance.

Budgets: a step may take 3 s (the checker's default); a document 3 s per labelled row, at most --doc-cap
(default 20 s, the chain budget of issue 18). A case is OVER BUDGET when it takes more than its budget + 2 s
(for documents: after subtracting eq7's start-up time, measured once on a one-row document). Cases are
killed at budget + 2 s + start-up + 3 s. After --deadline minutes (default 14) no new case starts.

Truth values come from cases.json (written by truth.py, which recomputes them by enumeration). Reported:
false proved/holds (truth invalid), false invalid (truth valid), over budget, tracebacks/crashes, and how
many labelled steps were read (proved, holds or invalid), undecided, unreadable or missing. 'either' steps
(two readings) are listed with their verdict but never counted as false. Exit 1 on any false verdict,
over-budget case or crash.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
STEP_BUDGET = 3.0
SLACK = 2.0
READ = ("proved", "holds", "invalid")

WORKER = r'''
import json, sys, traceback
real, sys.stdout = sys.stdout, sys.stderr   # stray prints go to the log, results to the real stdout
from derivation.classroom import check_step
for line in sys.stdin:
    c = json.loads(line)
    try:
        v = check_step(c["lhs"], c["rhs"])
        out = {"verdict": v.verdict, "explanation": (v.explanation or "")[:300]}
    except Exception:
        out = {"verdict": "EXCEPTION", "traceback": traceback.format_exc()[-1500:]}
    real.write("@@RESULT@@" + json.dumps(out) + "\n"); real.flush()
'''


class StepWorker:
    def __init__(self):
        self.p = None

    def start(self):
        self.err = tempfile.TemporaryFile("w+")  # a file, not a pipe: warnings must not fill a pipe and block
        self.p = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=self.err, text=True, bufsize=1, cwd=tempfile.gettempdir(),
                                  start_new_session=True)
        self.ask({"lhs": "x", "rhs": "x"}, 120)  # warm up: imports

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
            if line.startswith("@@RESULT@@"):
                return json.loads(line[len("@@RESULT@@"):])

    def kill(self):
        if self.p is not None:
            try:
                os.killpg(self.p.pid, signal.SIGKILL)   # the worker's own group (it may start workers)
            except ProcessLookupError:
                pass
            self.p.wait(); self.p = None


def run_doc(text, limit):
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, dir=tempfile.gettempdir()) as f:
        f.write(text); path = f.name
    t0 = time.time()
    # its own process group, so that a kill also ends any worker processes eq7 starts
    p = subprocess.Popen(["eq7", "check", "--json", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL); p.communicate()
        return None, time.time() - t0, ""
    finally:
        os.unlink(path)
    p.stdout_text = out
    return p, time.time() - t0, err


def startup_time():
    best = None
    for _ in range(2):
        _, dt, _ = run_doc("$$\nx = x\n$$\n", 120)
        best = dt if best is None else min(best, dt)
    return best


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    only = set(args[args.index("--only") + 1].split(",")) if "--only" in args else None
    out_path = args[args.index("--out") + 1] if "--out" in args else os.path.join(tempfile.gettempdir(), "hostile_results.json")
    deadline = time.time() + 60 * float(args[args.index("--deadline") + 1] if "--deadline" in args else 14)
    doc_cap = float(args[args.index("--doc-cap") + 1]) if "--doc-cap" in args else 20.0
    cases = json.load(open(os.path.join(HERE, "cases.json")))
    if only:
        cases = [c for c in cases if c["id"] in only]
    t_start = time.time()
    boot = startup_time() if any(c["kind"] == "doc" for c in cases) else 0.0
    print(f"eq7 start-up (one-row document): {boot:.1f} s; {len(cases)} cases")
    worker = StepWorker()
    results, problems = [], []
    tally = Counter(); by_cause = defaultdict(Counter)
    for c in cases:
        labelled = [s for s in c["steps"] if s["truth"] != "def"]
        if time.time() > deadline:
            results.append({"id": c["id"], "status": "not run (deadline)"}); tally["not run"] += 1
            continue
        rec = {"id": c["id"], "cause": c["cause"], "kind": c["kind"]}
        if c["kind"] == "doc":
            budget = min(STEP_BUDGET * max(len(labelled), 1), doc_cap)
            p, dt, err = run_doc(c["text"], boot + budget + SLACK + 3.0)
            rec["seconds"] = round(dt, 2); rec["budget"] = budget
            over = p is None or dt - boot > budget + SLACK
            got = defaultdict(list)
            crash = None
            if p is not None:
                try:
                    d = json.loads(p.stdout_text)
                    for der in d.get("derivations", [d]):
                        for s in der.get("steps", []):
                            got[s.get("to_line")].append(s.get("verdict"))
                except Exception:
                    crash = f"exit {p.returncode}, no JSON: {(err or '')[-300:]}"
                if "Traceback" in (err or "") or p.returncode not in (0, 1, 2):
                    crash = f"exit {p.returncode}: {(err or '')[-600:]}"
            verdicts, taken = [], defaultdict(int)
            for s in c["steps"]:
                k = taken[s["line"]]; taken[s["line"]] += 1
                v = got[s["line"]][k] if k < len(got[s["line"]]) else ("killed" if p is None else "missing")
                verdicts.append(v)
        else:
            if worker.p is None:
                worker.start()
            t0 = time.time()
            ans = worker.ask({"lhs": c["lhs"], "rhs": c["rhs"]}, STEP_BUDGET + SLACK + 3.0)
            dt = time.time() - t0
            rec["seconds"] = round(dt, 2); rec["budget"] = STEP_BUDGET
            over = ans is None or dt > STEP_BUDGET + SLACK
            crash = None
            if ans is None:
                verdicts = ["killed"]
            else:
                verdicts = [ans["verdict"]]
                if ans["verdict"] in ("EXCEPTION", "CRASH"):
                    crash = ans.get("traceback", "")
        rec["steps"] = []
        for s, v in zip(c["steps"], verdicts):
            if s["truth"] == "def":
                continue
            mark = ""
            if s["truth"] == "invalid" and v in ("proved", "holds"):
                mark = "FALSE " + v.upper()
            elif s["truth"] == "valid" and v == "invalid":
                mark = "FALSE INVALID"
            rec["steps"].append({"line": s["line"], "truth": s["truth"], "verdict": v, "mark": mark})
            key = v if v in READ + ("undecided", "unreadable") else "missing/killed"
            if s["truth"] != "either":
                tally[key] += 1; by_cause[c["cause"]][key] += 1
                tally["labelled"] += 1; by_cause[c["cause"]]["labelled"] += 1
            else:
                tally["either"] += 1
            if mark:
                tally[mark] += 1; by_cause[c["cause"]][mark] += 1
                problems.append(f"{c['id']} line {s['line']}: truth {s['truth']}, got {v}  {mark}")
            if s["truth"] == "either" and verbose:
                print(f"  {c['id']} line {s['line']}: either, got {v}")
        if over:
            tally["over budget"] += 1; by_cause[c["cause"]]["over budget"] += 1
            problems.append(f"{c['id']}: {rec['seconds']} s (budget {rec['budget']:g} s + {SLACK:g}"
                            f"{'' if c['kind'] == 'step' else f', start-up {boot:.1f} s'})  OVER BUDGET"
                            f"{' (killed)' if 'killed' in verdicts else ''}")
        if crash:
            tally["crash/traceback"] += 1; by_cause[c["cause"]]["crash/traceback"] += 1
            problems.append(f"{c['id']}: CRASH {crash.strip()[-400:]}")
            rec["crash"] = crash
        results.append(rec)
        if verbose:
            print(f"{c['id']:5} {rec['seconds']:6.1f} s  " + ", ".join(f"{s['truth']}->{s['verdict']}" for s in rec["steps"]))
    worker.kill()
    json.dump({"tally": dict(tally), "results": results}, open(out_path, "w"), indent=1)
    print("\nproblems:" if problems else "\nno problems")
    for line in problems:
        print("  " + line)
    print("\nby cause (labelled steps: read = proved+holds+invalid):")
    for cause, t in sorted(by_cause.items()):
        read = sum(t[k] for k in READ)
        print(f"  {cause:28} labelled {t['labelled']:3}  read {read:3}  undecided {t['undecided']:3}  unreadable {t['unreadable']:3}"
              f"  false proved/holds {t['FALSE PROVED'] + t['FALSE HOLDS']}  false invalid {t['FALSE INVALID']}"
              f"  over budget {t['over budget']}  crashes {t['crash/traceback']}")
    read = sum(tally[k] for k in READ)
    print(f"\ntotal: {len(cases)} cases, {tally['labelled']} labelled steps; read {read} (proved {tally['proved']}, holds "
          f"{tally['holds']}, invalid {tally['invalid']}), undecided {tally['undecided']}, unreadable {tally['unreadable']}, "
          f"missing/killed {tally['missing/killed']}; either {tally['either']}")
    print(f"false proved {tally['FALSE PROVED']}, false holds {tally['FALSE HOLDS']}, false invalid {tally['FALSE INVALID']}, "
          f"over budget {tally['over budget']}, crashes/tracebacks {tally['crash/traceback']}, not run {tally['not run']}; "
          f"{time.time() - t_start:.0f} s; details in {out_path}")
    bad = tally["FALSE PROVED"] + tally["FALSE HOLDS"] + tally["FALSE INVALID"] + tally["over budget"] + tally["crash/traceback"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
