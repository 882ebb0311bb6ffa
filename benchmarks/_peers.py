"""The peers of bench_reach.py, each run in a forked child of its own, bounded by CPU time and memory.

A peer that passes its budget or its memory is stopped and reported as such ('over 60 s', 'out of
memory (6 GiB)'), never skipped because it might: the must-show list asks what a peer computes in 60 s.
Forked children share the parent's imports and models (copy on write); each step of a child has its
own CPU budget (_pgmpy.within: SIGPROF on the child's CPU time, so a peer waiting for a core on a
loaded machine is not stopped early), and the parent gives up on the child after a wall-clock time
several budgets long (a child stuck in C code that SIGPROF cannot interrupt) and kills it by its pid.

  pgmpy   VariableElimination's log Z (it plans on every call)
  quimb   quimb + cotengra: a ReusableHyperOptimizer's path search (64 repeats, 10 s; again with slicing
          where its tree holds a tensor past 2^27 entries, 1 GiB, as our reverse pass may keep), log Z on it
          ('first': search + contraction, each step its own budget), then log Z + gradient by autograd
          through the contraction, path cached
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import time
import warnings

import numpy as np

from _pgmpy import OverBudget, ising_log_z, within

S = np.array([-1.0, 1.0])
MEMORY_GIB = 6          # per child, beyond what it inherits: a quarter of this shared machine's memory
PEER_SLICE_ENTRIES = 2 ** 27


def isolated(steps, budget, gib=MEMORY_GIB):
    """Run `steps` ([(name, fn)]; fn(state) with a dict shared by the steps) in a forked child, each
    within `budget` CPU seconds; {name: (value, cpu seconds)} for those that finished, and
    {"failed": (name, why)} for the first that did not ('over N s', 'out of memory (G GiB)', ...)."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child():
        size = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
        cap = size + (gib << 30)   # what the child inherited (mapped, mostly shared) plus gib
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        state = {}
        for name, fn in steps:
            t = time.process_time()
            try:
                value = within(budget, lambda: fn(state))
            except OverBudget:
                send.send(("failed", (name, f"over {budget} s")))
                return
            except MemoryError:
                send.send(("failed", (name, f"out of memory ({gib} GiB)")))
                return
            except Exception as exc:   # a peer's own error: said, not hidden
                send.send(("failed", (name, f"{type(exc).__name__}: {str(exc)[:80]}")))
                return
            send.send((name, (value, time.process_time() - t)))

    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        proc = ctx.Process(target=child, daemon=True)
        proc.start()
    send.close()   # the child's end only: EOF when it exits
    # SIGPROF stops a step at `budget` CPU seconds; the parent kills the child only if a step's CPU time
    # passes that by 15 s (stuck in C code that the signal cannot interrupt), or after 30 budgets of wall
    # time: on a machine loaded 10x over its cores a peer's 60 s of CPU took over 270 s of wall time
    wall_end, spent = time.monotonic() + len(steps) * 30 * budget, _cpu(proc.pid)
    while True:
        try:
            if not recv.poll(1.0):
                if _cpu(proc.pid) - spent > budget + 15 or time.monotonic() > wall_end:
                    out["failed"] = (next(n for n, _ in steps if n not in out), f"over {budget} s (killed)")
                    os.kill(proc.pid, 9)   # our own child, by its pid
                    break
                continue
            name, value = recv.recv()
        except EOFError:   # exited: done, or killed (the kernel's OOM killer, a crash in C)
            if len(out) < len(steps) and "failed" not in out:
                out["failed"] = (next(n for n, _ in steps if n not in out), f"died (exit {proc.exitcode})")
            break
        out[name], spent = value, _cpu(proc.pid)
        if name == "failed" or len(out) == len(steps):
            break
    proc.join(5)
    recv.close()
    return out


def _cpu(pid) -> float:
    """CPU seconds (user + system) of a process so far, from /proc; 0 once it has gone."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pgmpy_steps(model, repeat):
    """pgmpy's log Z, the least CPU time of `repeat` runs (as ours) while a run takes under a second."""
    run = ising_log_z(model)

    def least(state):
        best = np.inf
        for _ in range(repeat):
            t = time.process_time()
            value = run()
            best = min(best, time.process_time() - t)
            if best >= 1:
                break
        return value, best
    return None if run is None else [("pgmpy", least)]


def quimb_steps(model):
    """[(name, fn)]: the path search and first log Z, then the gradient; None without quimb/cotengra."""
    try:
        import autograd
        import autograd.numpy as anp
        import cotengra as ctg
        import quimb.tensor as qtn
        from autograd.tracer import getval
    except ImportError:
        return None
    edges, n = model.edges.tolist(), model.n
    params = dict(model.params)

    def log_z(params, opt):
        T = params["coupling"][:, None, None] * np.outer(S, S)[None]
        U = params["field"][:, None] * S[None]
        mt, mu = np.max(getval(T), axis=(1, 2)), np.max(getval(U), axis=1)
        tensors = [qtn.Tensor(anp.exp(T[k] - mt[k]), inds=(f"x{i}", f"x{j}")) for k, (i, j) in enumerate(edges)]
        tensors += [qtn.Tensor(anp.exp(U[i] - mu[i]), inds=(f"x{i}",)) for i in range(n)]
        z = qtn.TensorNetwork(tensors).contract(..., optimize=opt, output_inds=())
        return anp.log(z) + mt.sum() + mu.sum()

    def search(state):
        """cotengra's path search; again with slicing when its tree holds a tensor past PEER_SLICE_ENTRIES
        (with slicing options on every search, a 20 x 20 grid's search and log Z passed 60 s in one run)."""
        warnings.simplefilter("ignore")
        shapes = qtn.TensorNetwork([qtn.Tensor(np.ones((2, 2)), inds=(f"x{i}", f"x{j}")) for i, j in edges] +
                                   [qtn.Tensor(np.ones(2), inds=(f"x{i}",)) for i in range(n)])
        for slicing in ({}, {"slicing_opts": {"target_size": PEER_SLICE_ENTRIES}}):
            opt = state["opt"] = ctg.ReusableHyperOptimizer(max_repeats=64, max_time=10, parallel=False,
                                                            progbar=False, **slicing)
            tree = shapes.contraction_tree(optimize=opt, output_inds=())
            if 2 ** tree.contraction_width() <= PEER_SLICE_ENTRIES:
                break
        state["width"] = f"{tree.contraction_width():.0f}" + (f"/{tree.multiplicity}s" if tree.multiplicity > 1 else "")
        return state["width"]

    def first(state):
        return float(log_z(params, state["opt"]))

    def grad(state):
        value, g = autograd.value_and_grad(lambda p: log_z(p, state["opt"]))(params)
        return float(value), {k: np.asarray(v) for k, v in g.items()}

    return [("ctg_search", search), ("ctg_first", first), ("ctg_grad", grad)]


def run_peers(model, row, budget, neg, repeat=3, peers=("pgmpy", "quimb")):
    """Fill row with the peers' figures (CPU seconds) or why they stopped ('*_over'); `peers`: which run."""
    steps = pgmpy_steps(model, repeat) if "pgmpy" in peers else None
    if steps:
        out = isolated(steps, budget)
        if "pgmpy" in out:
            row["pgmpy_log_z"], row["pgmpy"] = out["pgmpy"][0]
        else:
            row["pgmpy_over"] = out["failed"][1]
    steps = quimb_steps(model) if "quimb" in peers else None
    if steps:
        out = isolated(steps, budget)
        if "ctg_search" in out:
            row["ctg_width"], search = out["ctg_search"]
        if "ctg_first" in out:   # 'first': the search and log Z on it
            row["ctg_log_z"], row["ctg_first"] = out["ctg_first"][0], out["ctg_first"][1] + search
        if "ctg_grad" in out:
            (_, g), row["ctg_grad"] = out["ctg_grad"]
            if neg is not None:
                row["ctg_grad_gap"] = max(float(np.max(np.abs(-g[k] - neg[k]))) for k in ("coupling", "field"))
        if "failed" in out:
            step, why = out["failed"]
            row["ctg_grad_over" if step == "ctg_grad" else "ctg_over"] = why if step != "ctg_search" else f"search {why}"
            if step != "ctg_grad":
                row["ctg_grad_over"] = "not run"
