"""Statistical bounds the sampler tests share, computed here (SciPy is not a dependency)."""
import numpy as np

from toy_models.exact import probabilities

# z of the upper 0.1% of N(0, 1): the level of every chi-square test below.
Z_999 = 3.090232306167813


def chi_square_critical(dof: int, z: float = Z_999) -> float:
    """Upper quantile of chi-square(dof) by the Wilson-Hilferty cube (accurate to ~1% for
    dof >= 3, far finer than the margins these tests need)."""
    a = 2.0 / (9.0 * dof)
    return dof * (1.0 - a + z * np.sqrt(a)) ** 3


def chi_square(model, states, reference_model=None):
    """(statistic, degrees of freedom, smallest expected count) of the states' frequencies
    against the exact P of `reference_model` (default: `model`)."""
    p = probabilities(reference_model or model)
    codes = model.space.codes_of(states)
    counts = np.bincount(codes, minlength=p.shape[0])
    expected = p * states.shape[0]
    return float(np.sum((counts - expected) ** 2 / expected)), p.shape[0] - 1, float(expected.min())
