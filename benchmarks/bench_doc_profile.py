"""Where a document's warm check spends its time: the judge's phases, the slowest steps, and SymPy's
automatic evaluation of exp().

    python benchmarks/bench_doc_profile.py [DOC ...]     (default: the three slowest of ../shared/realworld-dev
                                                          as bench_startup --realworld found them this session)

One process, EQ7_NO_WORKER=1 (its CPU time is the check's), the post checked first (imports, the parser,
SymPy's caches of the vocabulary warm), then each document once, printing:
  - its CPU seconds, the decisions made and the repeats answered from memory (judge/decisions.py), and the
    share of the seconds inside check.py's phases: prove (the normal forms),
    search (find_counterexample: float and exact values on instances), diagnose (why an invalid step is
    wrong), gaps (coverage bounds); each phase is timed where check.py calls it (wrapped here, not changed);
  - SymPy's exp.eval: the calls, how many distinct arguments, its CPU share by the argument's type (exp(arg)
    asks arg.is_zero at the end of its eval, and on a Sum or an Add of Sums that query walks SymPy's whole
    assumption system on an expression that is new every time: nothing to cache);
  - the slowest steps, with their verdict and the seconds of each phase.
It changes nothing in the checker; the wrappers only time calls.
"""
from __future__ import annotations

import collections
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_057ffb5cb76831e7.txt"
DEV = ROOT.parent / "shared" / "realworld-dev"
SLOWEST = ("23_tirmisula_rbm_gradient_cdk.md", "21_tirmisula_mle_kl_cd.md", "10_lisa_rbm_update_equations.md")


def _wrap(module, name, label, spent):
    fn = getattr(module, name)

    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - t
    setattr(module, name, timed)


def main():
    os.environ["EQ7_NO_WORKER"] = "1"
    sys.path.insert(0, str(ROOT))
    from sympy import exp
    import derivation.judge.check as check
    from derivation.run.checkdoc import check_text

    docs = [Path(a) for a in sys.argv[1:]] or [DEV / name for name in SLOWEST]
    check_text(SEED.read_text(), "post")
    spent: collections.Counter = collections.Counter()
    for name, label in (("prove", "prove"), ("find_counterexample", "search"), ("diagnose", "diagnose"),
                        ("bounded_gaps", "gaps"), ("polynomial_gaps", "gaps")):
        _wrap(check, name, label, spent)
    steps = []
    decide = check._decide

    def one_step(lhs, rhs, *args):
        before = dict(spent)
        t = time.process_time()
        out = decide(lhs, rhs, *args)
        report = out if hasattr(out, "verdict") else out[0]
        steps.append((time.process_time() - t, report.verdict,
                      {k: spent[k] - before.get(k, 0.0) for k in spent if spent[k] - before.get(k, 0.0) > 0.005}))
        return out
    check._decide = one_step
    from derivation.judge import decisions   # how many decisions were repeats, answered from memory
    asked, remember = [0], decisions.decided

    def counted(*args):
        asked[0] += 1
        return remember(*args)
    check.decided = counted
    plain_eval = exp.eval.__func__
    calls, by_type, distinct = [0], collections.Counter(), set()

    def exp_eval(cls, arg):
        t = time.process_time()
        try:
            return plain_eval(cls, arg)
        finally:
            calls[0] += 1
            distinct.add(arg)
            by_type[type(arg).__name__] += time.process_time() - t
    exp.eval = classmethod(exp_eval)
    for doc in docs:
        spent.clear(), steps.clear(), by_type.clear(), distinct.clear()
        calls[0] = asked[0] = 0
        t = time.process_time()
        check_text(doc.read_text(), doc.name)
        cpu = time.process_time() - t
        print(f"{doc.name}: {cpu:.2f} s CPU warm, {len(steps)} decisions, {asked[0] - len(steps)} repeats answered "
              f"from memory (judge/decisions.py) ("
              + ", ".join(f"{k} {v:.2f} s {100 * v / cpu:.0f}%" for k, v in spent.most_common()) + ")")
        # nested exp() calls are counted in their caller too: the types' shares may overlap a little
        top = sum(v for v in by_type.values())
        print(f"  SymPy exp.eval: {calls[0]} calls on {len(distinct)} distinct arguments, {top:.2f} s "
              f"({100 * top / cpu:.0f}% of the CPU): " + ", ".join(f"{k} {v:.2f} s" for k, v in by_type.most_common(4)))
        print("  slowest steps: " + "; ".join(f"{s:.2f} s {v} ({', '.join(f'{k} {x:.2f}' for k, x in parts.items())})"
                                             for s, v, parts in sorted(steps, key=lambda r: -r[0])[:5]))


if __name__ == "__main__":
    main()
