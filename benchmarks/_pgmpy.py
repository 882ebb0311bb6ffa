"""pgmpy's classes for the benchmarks' outside reference (variable elimination), or None without pgmpy
(`python -m pip install -e ".[bench]"`). pgmpy 1.0 renamed MarkovNetwork to DiscreteMarkovNetwork."""
import warnings


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
