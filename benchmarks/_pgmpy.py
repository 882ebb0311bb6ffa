"""pgmpy's classes for the benchmarks' outside reference (variable elimination), or None without pgmpy
(`python -m pip install -e ".[bench]"`). pgmpy 1.0 renamed MarkovNetwork to DiscreteMarkovNetwork.
Also `within`: a CPU-time bound on a peer's run (pgmpy's and quimb's Python can be interrupted), and
`ising_log_z`: the one pgmpy computation both benchmarks compare against."""
import signal
import warnings

import numpy as np


class OverBudget(Exception):
    pass


def within(seconds, fn):
    """fn() or OverBudget after `seconds` of this process's CPU time (SIGPROF interrupts the peer's Python).
    CPU, not wall time: on a machine shared with other jobs a peer that needs 20 s is not stopped at 60 s of
    waiting for a core, and every figure it is compared with is CPU time too."""
    def stop(*_):
        raise OverBudget
    old = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, float(seconds))
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def pgmpy_classes():
    """(DiscreteFactor, VariableElimination, Network) or None when pgmpy is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pgmpy.factors.discrete import DiscreteFactor
            from pgmpy.inference import VariableElimination
            try:
                from pgmpy.models import DiscreteMarkovNetwork as Network
            except ImportError:  # pgmpy < 1.0
                from pgmpy.models import MarkovNetwork as Network
    except ImportError:
        return None
    return DiscreteFactor, VariableElimination, Network


def ising_log_z(model):
    """A callable: log Z of an Ising graph model (spins +-1) by pgmpy's variable elimination, or None without
    pgmpy. Each factor is scaled by e^{-|c|} (e^{-|h|}) so Z stays in range; the shift is added back."""
    classes = pgmpy_classes()
    if classes is None:
        return None
    DiscreteFactor, VariableElimination, Network = classes
    s = np.array([-1.0, 1.0])
    names = [f"x{i}" for i in range(model.n)]
    c, h = model.params["coupling"], model.params["field"]

    def run():
        net = Network()
        net.add_nodes_from(names)
        net.add_edges_from([(names[i], names[j]) for i, j in model.edges.tolist()])
        shift = float(np.abs(c).sum() + np.abs(h).sum())
        net.add_factors(*[DiscreteFactor([names[i], names[j]], [2, 2], np.exp(ck * np.outer(s, s) - abs(ck)).ravel())
                          for (i, j), ck in zip(model.edges.tolist(), c)],
                        *[DiscreteFactor([names[i]], [2], np.exp(hi * s - abs(hi))) for i, hi in enumerate(h)])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            marginal = VariableElimination(net).query([names[0]], joint=True, show_progress=False)
        return float(np.log(marginal.values.sum())) + shift   # a Markov network's query is unnormalised
    return run
