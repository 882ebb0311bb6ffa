"""The vocabulary of the energy-based-model chapter: each object with a fixed meaning (see README.md)."""
from .base import (COMPONENTS, DataPoint, Index, Hidden, K, M, N, Obj, Param, State, VectorParam, depends,  # noqa: F401
                   is_param)
from .divergences import (CrossEntropy, Entropy, KL, Second, SecondCond, SecondCondDist, SecondDist,  # noqa: F401
                          SecondLatent, SecondLatentDist, SecondLogit, SecondProb)
from .expectation import Cov, DataDist, Expect, ModelDist, PosteriorDist, Var  # noqa: F401
from .functions import Arbitrary, ArbitraryFn, StateFn  # noqa: F401
from .model import (Conditional, FreeEnergy, Helmholtz, Model, ModelEnergy, ModelProb, NLL,  # noqa: F401
                    ModelPartition, Posterior, Unnorm)
from .space import Mass  # noqa: F401
from .units import Base, HiddenIndex, NH, NV, Unit, VisibleIndex  # noqa: F401

PRIMITIVES = (ModelEnergy, SecondLogit, StateFn, ArbitraryFn, Mass, Unit, Base)
