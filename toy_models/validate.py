"""Checks every entry point runs on a model's parameters, so an edited model is checked
like a new one.

`model.params` is a plain dict the user may edit at any time (training loops do). Before
any computation, `EnergyModel.validate()` calls `check_params` here:

  * params is a dict with exactly the entries the model was built with, each of the shape
    it was built with (recorded at construction, EnergyModel.__setattr__);
  * every entry is real and float64. Real integers and lower-precision floats are CAST to
    float64 (in the dict) when the cast is exact (|int| <= 2^53, float16/32); anything else
    is refused: complex (its imaginary part would be dropped), bool, strings, objects, and
    ints or long doubles float64 cannot hold exactly. Without the cast an int array makes
    autograd return a zero gradient for it, silently;
  * every entry is finite;
and then `check_energy_bound`: a bound on |E(x)| over all states, from the parameters
alone (each model's `energy_bound()`), must stay below MAX_ENERGY_BOUND. Every route
then works with sums of at most a few such terms, so no route meets inf - inf (NaN)
where the plain route would meet -inf; they all refuse the same models, here.
"""
from __future__ import annotations

import functools

import numpy as np

from .errors import InputError

# |E(x)| <= bound for every state x. The routes form differences and small multiples of
# energies (blocked: a chunk maximum subtracted, ~3x the bound; transfer: 2K), so a bound of
# 1e300 leaves a factor ~1e8 to the float64 maximum 1.8e308. Energies near 1e300 are far
# beyond anything a model meant as a probability distribution needs (exp(-E) is a point
# mass long before).
MAX_ENERGY_BOUND = 1e300


def as_float64(value, name: str) -> np.ndarray:
    """`value` as a float64 ndarray when that is exact, else InputError naming the dtype.

    Returns `value` itself when it already is a float64 ndarray (no copy)."""
    if type(value) is np.ndarray and value.dtype == np.float64:
        return value
    try:
        arr = np.array(value, subok=False)  # a copy: later edits of `value` do not leak in
    except Exception as exc:  # ragged nested lists and the like
        raise InputError(f"{name} must be a numeric array (real numbers): {exc}") from None
    kind = arr.dtype.kind
    if kind == "c":
        raise InputError(f"{name} must be real, got complex dtype {arr.dtype}: the energy is a real "
                         f"number (pass value.real explicitly if the imaginary part is meant to go)")
    if kind not in "iuf":
        raise InputError(f"{name} must be a numeric array (real numbers), got dtype {arr.dtype} "
                         f"({type(value).__name__})")
    out = arr.astype(np.float64)
    if kind in "iu" or arr.dtype.itemsize > 8:  # ints beyond 2^53, long doubles: not always exact
        with np.errstate(invalid="ignore", over="ignore"):
            back = out.astype(arr.dtype)
            if kind == "f":  # NaN and inf are left to the finiteness check
                exact = ~np.isfinite(arr) | (np.isfinite(out) & (back == arr))
            else:  # 2^63 does not cast back into int64: compare only inside the int range
                info = np.iinfo(arr.dtype)
                top = 2.0 ** (info.bits - (kind == "i"))
                exact = (out < top) & (out >= -top if kind == "i" else True) & (back == arr)
        if not np.all(exact):
            where = tuple(int(i) for i in np.argwhere(~np.broadcast_to(exact, arr.shape))[0])
            raise InputError(f"{name} has dtype {arr.dtype} and its entry {where} = {arr[where]!r} "
                             f"has no exact float64 value; pass float64 values")
    return out


def check_params(model) -> None:
    """Names, dtype (cast exactly or refused), shape and finiteness of model.params."""
    params = model.params
    if not isinstance(params, dict):
        raise InputError(f"params must be a dict, got {type(params).__name__}")
    expected = model.__dict__.get("_param_shapes")
    if expected is not None and set(params) != set(expected):
        raise InputError(f"params of {model!r} must have exactly the entries {sorted(expected)}, "
                         f"got {sorted(map(str, params))}")
    for name in list(params):
        arr = as_float64(params[name], f"parameter {name}")
        if expected is not None and arr.shape != expected[name]:
            raise InputError(f"parameter {name} must have shape {expected[name]}, got {arr.shape}")
        if not np.all(np.isfinite(arr)):
            raise InputError(f"parameter {name} holds NaN or inf")
        if arr is not params[name]:
            params[name] = arr  # the exact float64 cast, so every route sees float64


def check_energy_bound(model) -> None:
    """Refuse parameters under which an energy could overflow float64 (see module doc)."""
    bound = model.energy_bound()
    if bound is None:  # a model without a bound: the plain route's own checks remain
        return
    with np.errstate(over="ignore", invalid="ignore"):
        bound = float(bound)
    if not bound <= MAX_ENERGY_BOUND:  # also catches inf and nan
        raise InputError(
            f"the parameters of {model!r} are too large: |E(x)| may reach {bound:.3g}, beyond "
            f"{MAX_ENERGY_BOUND:g} (toy_models.validate.MAX_ENERGY_BOUND), where float64 sums of "
            f"energies overflow; scale the parameters down")


def sum_abs(*arrays) -> float:
    """sum of |entries| of all arrays, as a float (inf on overflow, never NaN)."""
    with np.errstate(over="ignore"):
        return float(sum(np.sum(np.abs(np.asarray(a, dtype=np.float64))) for a in arrays))


def route_entry(fn):
    """Decorator for a route's log_partition[_and_negative_phase](model): validate the model
    first (a route is an entry point of its own), and refuse a non-finite answer rather
    than return it (FloatingPointError, as the plain route does for a -inf energy)."""
    route = fn.__module__.rsplit(".", 1)[-1]

    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        model.validate()
        out = fn(model, *args, **kwargs)
        log_z, negative = out if isinstance(out, tuple) else (out, {})
        bad = [] if np.isfinite(log_z) else ["log Z"]
        bad += [f"the negative phase of {k}" for k, v in negative.items() if not np.all(np.isfinite(v))]
        if bad:
            raise FloatingPointError(f"route {route}: {' and '.join(bad)} of {model!r} came out "
                                     f"non-finite; please report this model")
        return out
    return wrapper
