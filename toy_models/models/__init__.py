"""The toy energy models, one file each; base.py holds what they share."""
from .base import EnergyModel
from .categorical import Categorical
from .ising import Ising
from .neural import NeuralEnergy
from .potts import Potts
from .rbm import RBM

__all__ = ["EnergyModel", "Categorical", "Ising", "Potts", "RBM", "NeuralEnergy"]
