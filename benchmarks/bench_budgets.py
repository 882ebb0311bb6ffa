"""Budgets that preempt (issue 18, part 7): each stressor against the budget it states, and the documents.

Run: python benchmarks/bench_budgets.py [--only NAME,...] [--documents [repeats]] [--step-timeout SECONDS]

Stressors (default): each runs in a fresh process, as a user would run it (`eq7 check`, `eq7 companion`,
`check_step`, the `%%derivation` magic, the pytest plugin), and prints its wall time, the budget it
states, the wall time minus the process's start-up (measured once) and whether that stays within the
budget + 2 s with no traceback. Exit 1 when one does not.

--documents: the post and every document of tests/derivations checked with the per-step budgets on
(wall time best of `repeats`, verdict counts, the slowest step), then the hostile rows of issue 9
one by one; goals: no step `undecided`, the post under 2 s.
"""
import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOSTILE = [r"10^{10^{10}}", r"9^{9^{9}}", r"(Z+1)^{100000}", r"2^{2^{2^{2^{2}}}}", r"Z^{Z^{Z^{Z^{Z}}}}",
           r"\log" * 16 + " Z", "7" * 5000, " + ".join(["E(x)"] * 1000), "{" * 500 + "Z" + "}" * 500,
           r"e^{1000}", r"\frac{1}{0}", r"(Z+E(x)+N+\frac{\partial E(x)}{\partial\Theta})^{24}"]


def documents():
    from derivation.run.checkdoc import shipped_post
    text, name = shipped_post()
    yield "the post (" + name + ")", text
    for p in sorted((ROOT / "tests" / "derivations").iterdir()):
        yield p.name, p.read_text(encoding="utf-8")


def timed_check(text, name, timeout):
    from derivation.run.checkdoc import check_text
    t = time.perf_counter()
    rep = check_text(text, name, timeout=timeout)
    return time.perf_counter() - t, rep


def slowest_step(text, name, timeout):
    """The slowest step of a document, timed one by one (a second pass, for the table only)."""
    from derivation.judge.check import check_step, make_budget
    from derivation.read.reader import read_text
    from derivation.meaning.chains import chains_of
    budget = make_budget(timeout)
    worst = (0.0, "")
    for chain, _ in chains_of(read_text(text, name)):
        for st in chain.steps():
            if st.lhs is None or st.rhs is None:
                continue
            t = time.perf_counter()
            check_step(st.lhs, st.rhs, step=st, budget=budget)
            worst = max(worst, (time.perf_counter() - t, f"lines {st.from_line}->{st.to_line}"))
    return worst


SLACK = 2.0
DOC_BUDGET = 10.0   # the stressor documents run with --document-timeout 10: the budget they state
STEP = 3.0          # the checker's default step budget


def _row(tex):
    return f"$$\n{tex}\n$$\n"


def _logs(n):
    return r"\log(" * n + "Z" + ")" * n


def _derivs(n):
    return r"\frac{\partial}{\partial \Theta}" * n + r" \log Z"


LEGAL = [r"\log Z_\theta = \log \sum_x e^{-E_\theta(x)}", r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}",
         r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)]",
         r"\log p_\theta(x) = -E_\theta(x) - \log Z_\theta"]


def _long_rows(n):
    """One display: a chain of n rows, each a legal rewriting of the one before (Z + 0 + 0 ...)."""
    rows = [r"\log Z_\theta"] + [r"= \log Z_\theta" + " + 0" * (k % 7) for k in range(1, n)]
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join("&" + r for r in rows) + "\n\\end{aligned}\n$$\n"


DOCS = {   # name -> (document text, budget in seconds the command states)
    "nested logarithms (30 deep)": (_row(_logs(30) + " = " + _logs(29)), DOC_BUDGET),
    "nested derivatives (25 deep)": (_row(_derivs(25) + " = 0"), DOC_BUDGET),
    "9^{9^{9}} then 9^{9^{9}} + 0": ("Let\n\n$$\nx = 9^{9^{9}}\n$$\n\nthen\n\n$$\nx = 9^{9^{9}} + 0\n$$\n\n"
                                     "and\n\n$$\nZ = Z\n$$\n", DOC_BUDGET),
    "40 short displays": ("\n".join(_row(LEGAL[k % len(LEGAL)]) for k in range(40)), DOC_BUDGET),
    "300 rows": (_long_rows(300), DOC_BUDGET),
    "3000 rows": (_long_rows(3000), DOC_BUDGET),
}

STEP_CODE = """import sys, time
sys.stdout = sys.stderr
from derivation.classroom import check_step
t = time.perf_counter()
v = check_step({lhs!r}, {rhs!r})
print("ANSWER", v.verdict, round(time.perf_counter() - t, 2), file=sys.__stdout__)
"""

MAGIC_CODE = """import sys, time
from IPython.core.interactiveshell import InteractiveShell
sh = InteractiveShell.instance()
sh.run_line_magic("load_ext", "eq7")
import derivation.run.bounded   # noqa: F401  (the imports are start-up, not the cell's time)
t = time.perf_counter()
r = sh.run_cell("%%derivation --quiet\\n" + {cell!r})
print("ANSWER", "error" if r.error_in_exec else "ok", round(time.perf_counter() - t, 2))
"""


def _commands(tmp):
    """name -> (argv, budget stated, what the budget is)."""
    out = {}
    for name, (text, budget) in DOCS.items():
        path = tmp / (name.split()[0] + "_" + str(abs(hash(name)) % 10**6) + ".md")
        path.write_text(text, encoding="utf-8")
        out[f"eq7 check: {name}"] = (["eq7", "check", str(path), "--document-timeout", str(budget)], budget)
    long = tmp / "derivation_long.md"
    long.write_text(DOCS["300 rows"][0] + _row(_logs(30) + " = " + _logs(29)), encoding="utf-8")
    out["eq7 companion: 300 rows + nested logs"] = (
        ["eq7", "companion", str(long), "-o", str(tmp / "c.html"), "--document-timeout", str(DOC_BUDGET)],
        DOC_BUDGET + 20.0)   # the checks, then the page's corrections (bounded.RENDER_SECONDS)
    out["check_step: (Z+1)^{10^{8}} = 1"] = (
        [sys.executable, "-c", STEP_CODE.format(lhs=r"(Z+1)^{10^{8}}", rhs="1")], STEP)
    out["check_step: nested logarithms"] = (
        [sys.executable, "-c", STEP_CODE.format(lhs=_logs(30), rhs=_logs(29))], STEP)
    out["%%derivation: nested logarithms"] = (
        [sys.executable, "-c", MAGIC_CODE.format(cell=_row(_logs(30) + " = " + _logs(29)))], 60.0)
    plug = tmp / "plugin"
    plug.mkdir(exist_ok=True)
    (plug / "derivation_stress.md").write_text(_row(_logs(30) + " = " + _logs(29)) + _row(_derivs(25) + " = 0"),
                                               encoding="utf-8")
    out["pytest plugin: nested logs, derivatives"] = (
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--derivations", str(plug)],
        2 * (2 * STEP + 1))   # two items (steps), each in a worker of 2 step budgets + 1 s
    return out


def _run(argv, limit):
    import os
    import subprocess
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    t = time.perf_counter()
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=limit, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t, None, "killed"
    return time.perf_counter() - t, p.returncode, p.stdout + p.stderr


def stressors(only=None) -> int:
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="eq7_budgets_"))
    (tmp / "one.md").write_text(_row("Z = Z"), encoding="utf-8")
    (tmp / "plugin_one").mkdir()
    (tmp / "plugin_one" / "derivation_one.md").write_text(_row("Z = Z"), encoding="utf-8")
    startup = {"eq7": statistics.median(_run(["eq7", "check", str(tmp / "one.md")], 120)[0] for _ in range(3)),
               "pytest": statistics.median(_run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                                 "--derivations", str(tmp / "plugin_one")], 120)[0]
                                           for _ in range(3))}
    print(f"start-up (median of 3, subtracted below): eq7 check on a one-row document {startup['eq7']:.2f} s, "
          f"pytest on a one-step derivation file {startup['pytest']:.2f} s; check_step and the magic time "
          f"themselves inside the process (imports excluded)")
    print(f"{'stressor':48s} {'wall s':>7s} {'-start':>7s} {'budget':>7s}  ok  exit")
    bad = 0
    for name, (argv, budget) in _commands(tmp).items():
        if only and not any(o in name for o in only):
            continue
        wall, rc, out = _run(argv, budget + SLACK + 60)
        inner = [line.split() for line in out.splitlines() if line.startswith("ANSWER")] if rc is not None else []
        net = float(inner[-1][2]) if inner else wall - startup["eq7" if argv[0] == "eq7" else "pytest"]
        trace = rc is None or "Traceback" in out
        ok = net <= budget + SLACK and not trace
        bad += not ok
        tail = "killed" if rc is None else f"{rc}" + (" TRACEBACK" if "Traceback" in out else "")
        print(f"{name[:48]:48s} {wall:7.2f} {net:7.2f} {budget:7.1f}  {'yes' if ok else 'NO ':3s} {tail}",
              flush=True)
    print(f"over budget + {SLACK:g} s or with a traceback: {bad}")
    return 1 if bad else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", nargs="?", type=int, const=3, default=None, metavar="REPEATS",
                    help="time the post and tests/derivations instead of the stressors")
    ap.add_argument("--only", default="", help="comma-separated parts of stressor names")
    ap.add_argument("--step-timeout", type=float, default=None, help="seconds per step (default: the budget's)")
    args = ap.parse_args(argv)
    if args.documents is None:
        return stressors([o for o in args.only.split(",") if o])
    args.repeats = args.documents
    from derivation.meaning.budget import DEFAULT
    from derivation.run.checkdoc import check_text
    check_text("$$Z = Z$$")  # warm-up: parser tables, SymPy caches of the notation
    print(f"per-step budget: {args.step_timeout or DEFAULT.seconds:g} s, {DEFAULT.max_digits} digits, "
          f"{DEFAULT.max_nodes} nodes, depth {DEFAULT.max_depth}, exponent {DEFAULT.max_exponent}, "
          f"tower {DEFAULT.max_tower}")
    print(f"{'document':52s} {'best s':>7s} {'median':>7s}  verdicts; slowest step")
    undecided, post_time = 0, None
    for name, text in documents():
        runs = [timed_check(text, name, args.step_timeout) for _ in range(args.repeats)]
        times = [t for t, _ in runs]
        rep = runs[0][1]
        counts = Counter(s.verdict for r in rep.reports for s in r.steps)
        undecided += counts["undecided"]
        slow_t, slow_where = slowest_step(text, name, args.step_timeout)
        print(f"{name[:52]:52s} {min(times):7.3f} {statistics.median(times):7.3f}  "
              + ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
              + f"; {slow_where} {slow_t:.3f} s")
        if post_time is None:
            post_time = min(times)
    print(f"undecided steps in these documents: {undecided} (goal 0)")
    print(f"the post: {post_time:.3f} s (goal < 2 s, reading and checking, import excluded)")
    from derivation.classroom import check_step
    print("\nhostile rows (row = 1), one step each:")
    worst = 0.0
    for row in HOSTILE:
        t = time.perf_counter()
        v = check_step(row, "1", timeout=args.step_timeout)
        took = time.perf_counter() - t
        worst = max(worst, took)
        print(f"  {row[:44]!s:46s} {v.verdict:10s} {took:6.3f} s  {v.explanation[:70]}")
    print(f"slowest hostile row: {worst:.3f} s")
    return 0 if undecided == 0 and post_time < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
