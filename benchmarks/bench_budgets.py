"""The post and every document of tests/derivations, checked with the per-step budgets on.

Run: python benchmarks/bench_budgets.py [--step-timeout SECONDS] [repeats]
Prints, per document, the wall time of the check (reading included; import not included; best of
`repeats`), the verdict counts, and the slowest step. Goals: no step of these documents is
`undecided` under the default budget, and the post stays under 2 s. The last lines say whether both
hold. Then the hostile rows of issue 9, one by one, with their verdict and time: each must be
answered well inside the budget, never by a hang.
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
    from derivation.latex.checkdoc import shipped_post
    text, name = shipped_post()
    yield "the post (" + name + ")", text
    for p in sorted((ROOT / "tests" / "derivations").iterdir()):
        yield p.name, p.read_text(encoding="utf-8")


def timed_check(text, name, timeout):
    from derivation.latex.checkdoc import check_text
    t = time.perf_counter()
    rep = check_text(text, name, timeout=timeout)
    return time.perf_counter() - t, rep


def slowest_step(text, name, timeout):
    """The slowest step of a document, timed one by one (a second pass, for the table only)."""
    from derivation.check import check_step, make_budget
    from derivation.latex.reader import read_text
    from derivation.latex.to_sympy import chains_of
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repeats", nargs="?", type=int, default=3)
    ap.add_argument("--step-timeout", type=float, default=None, help="seconds per step (default: the budget's)")
    args = ap.parse_args(argv)
    from derivation.budget import DEFAULT
    from derivation.latex.checkdoc import check_text
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
