"""pgmpy's classes for the benchmarks' outside reference (variable elimination), or None without pgmpy
(`python -m pip install -e ".[bench]"`). pgmpy 1.0 renamed MarkovNetwork to DiscreteMarkovNetwork.
Also `within`: a wall-clock bound on a peer's run (pgmpy's and quimb's Python can be interrupted)."""
import signal
import warnings


class OverBudget(Exception):
    pass


def within(seconds, fn):
    """fn() or OverBudget after `seconds` of wall time (SIGALRM interrupts the peer's Python)."""
    def stop(*_):
        raise OverBudget
    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(int(seconds))
    try:
        return fn()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


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
