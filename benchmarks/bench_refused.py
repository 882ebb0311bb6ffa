"""What the peers do on the graphs the contraction route refuses: each in a child process of its own,
bounded by CPU time and memory, so a refusal is compared with what a peer computes in 60 s.

    python benchmarks/bench_refused.py [--only "3-regular 180"] [--seconds 60] [--gib 8]

For every model of bench_reach.py that `log_partition(model, route="contraction")` refuses
(StateSpaceTooLarge: the order found is too wide for MAX_TABLE_ENTRIES), the refusal (its width) is
printed, then pgmpy's variable elimination (log Z) and quimb + cotengra (log Z, the path search of a
ReusableHyperOptimizer included, as bench_reach runs it) are run, each in a fresh child with
RLIMIT_CPU = --seconds and RLIMIT_AS = --gib GiB (8 GiB: 8x the memory the route itself may hold, a
third of this shared machine). A child that is killed by the CPU limit is 'over 60 s'; one that cannot
allocate is 'out of memory'. Peers that are not installed are said so. Our figures are CPU seconds.
Run it where the peers are installed (pip install -e ".[bench]" quimb cotengra).
"""
from __future__ import annotations

import argparse
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_CHILD = r"""
import sys, time, warnings
sys.path.insert(0, {here!r})
import numpy as np
from bench_reach import models
model = dict(models(set()))[{name!r}]
peer = {peer!r}
t = time.process_time()
if peer == "pgmpy":
    from _pgmpy import ising_log_z
    run = ising_log_z(model)
    if run is None:
        print("RESULT not installed"); sys.exit(0)
    value = run()
else:
    try:
        import cotengra as ctg
        import quimb.tensor as qtn
    except ImportError:
        print("RESULT not installed"); sys.exit(0)
    S = np.array([-1.0, 1.0])
    c, h = model.params["coupling"], model.params["field"]
    tensors = [qtn.Tensor(np.exp(ck * np.outer(S, S) - abs(ck)), inds=(f"x{{i}}", f"x{{j}}"))
               for (i, j), ck in zip(model.edges.tolist(), c)]
    tensors += [qtn.Tensor(np.exp(hi * S - abs(hi)), inds=(f"x{{i}}",)) for i, hi in enumerate(h)]
    opt = ctg.ReusableHyperOptimizer(max_repeats=64, max_time=10, parallel=False, progbar=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tn = qtn.TensorNetwork(tensors)
        tree = tn.contraction_tree(optimize=opt, output_inds=())
        print(f"WIDTH {{tree.contraction_width():.0f}}", flush=True)
        value = float(np.log(tn.contract(..., optimize=opt, output_inds=()))) + float(np.abs(c).sum() + np.abs(h).sum())
print(f"RESULT log Z = {{value:.6f}} in {{time.process_time() - t:.2f}} s CPU")
"""


def _limits(seconds, gib):
    def apply():
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
        resource.setrlimit(resource.RLIMIT_AS, (gib << 30, gib << 30))
    return apply


def peer(name, which, seconds, gib) -> str:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    code = _CHILD.format(here=str(HERE), name=name, peer=which)
    before = os.times()
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       preexec_fn=_limits(seconds, gib))
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    lines = p.stdout.splitlines()
    width = next((l.split()[1] for l in lines if l.startswith("WIDTH")), None)
    said = f" (its tree's width {width})" if width else ""
    result = next((l[len("RESULT "):] for l in lines if l.startswith("RESULT")), None)
    if result:
        return result + said
    if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL) or cpu >= seconds:
        return f"over {seconds} s CPU, stopped{said}"
    if "MemoryError" in p.stderr or "Unable to allocate" in p.stderr or "memory" in p.stderr.lower():
        return f"out of memory ({gib} GiB){said} after {cpu:.1f} s CPU"
    tail = (p.stderr.strip().splitlines() or ["no message"])[-1][:160]
    return f"failed (exit {p.returncode}: {tail}){said} after {cpu:.1f} s CPU"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="one model name of bench_reach (default: every refused one)")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--gib", type=int, default=8)
    args = parser.parse_args()
    from bench_reach import models
    from toy_models.identity import log_partition
    print(f"peers on the graphs the contraction route refuses: each in a child with {args.seconds} s of CPU "
          f"and {args.gib} GiB of memory; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, model in models(set()):
        if args.only and name != args.only:
            continue
        t = time.process_time()
        try:
            value = log_partition(model, route="contraction")
        except ValueError as exc:   # StateSpaceTooLarge: refused before any work
            print(f"{name}: ours REFUSED in {time.process_time() - t:.2f} s: {str(exc)[:260]}", flush=True)
        else:
            if args.only:
                print(f"{name}: ours log Z = {value:.6f} in {time.process_time() - t:.2f} s CPU (not refused)")
            continue
        for which in ("pgmpy", "quimb + cotengra"):
            print(f"  {which:17s} {peer(name, which, args.seconds, args.gib)}", flush=True)


if __name__ == "__main__":
    main()
