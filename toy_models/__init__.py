"""The numeric half of eq7: toy energy models with exact partition functions.

    from toy_models import Categorical, Ising, Potts, RBM, NeuralEnergy
    from toy_models import log_partition, nll, nll_gradient, check_identity
    from toy_models import positive_phase, negative_phase

Importing this package loads NumPy and autograd only (no matplotlib).
"""
from .errors import InputError, StateSpaceTooLarge
from .identity import (check_identity, log_partition, negative_phase, nll, nll_gradient,
                       positive_phase)
from .models import RBM, Categorical, Ising, NeuralEnergy, Potts
from .models.graph import IsingGraph, PottsGraph
from .spaces import Binary, Qary, RBMJoint, Spin

__all__ = ["Categorical", "Ising", "Potts", "RBM", "NeuralEnergy",
           "log_partition", "nll", "nll_gradient", "check_identity",
           "positive_phase", "negative_phase",
           "Binary", "Spin", "Qary", "RBMJoint", "InputError", "StateSpaceTooLarge"]
__all__ += ["IsingGraph", "PottsGraph"]
