"""One BLAS thread for the routes' many small matrix products.

The blocked and layer-sum routes do thousands of small products (a chunk of one half's
states against the other half's table). OpenBLAS splits any product above ~2.6e5
multiply-adds over its threads; on a shared, loaded 2-core machine that made the same
sums 10-50x SLOWER (Potts d = 14 q = 3: 2.1-2.7 s with threads, 0.05 s with one; Ising
d = 27: 8.8 s vs 0.6 s). So those routes run inside `single_threaded()`, which sets
OpenBLAS to one thread for the duration and restores the old count after.

No dependency: the OpenBLAS that NumPy loaded is found in /proc/self/maps and its
get/set_num_threads symbols called through ctypes (the same thing threadpoolctl does).
Anywhere that fails (no /proc, MKL, Accelerate, other symbol names), it does nothing.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools

_NAMES = [(f"{p}_get_num_threads{s}", f"{p}_set_num_threads{s}")
          for p in ("scipy_openblas", "openblas") for s in ("64_", "")]


@functools.lru_cache(maxsize=1)
def _openblas_threads():
    """(get, set) of the loaded OpenBLAS, or None."""
    try:
        with open("/proc/self/maps") as maps:
            paths = sorted({line.split()[-1] for line in maps
                            if "openblas" in line.lower() and line.split()[-1].startswith("/")})
    except OSError:
        return None
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for get_name, set_name in _NAMES:
            get, set_ = getattr(lib, get_name, None), getattr(lib, set_name, None)
            if get is not None and set_ is not None:
                get.restype, get.argtypes = ctypes.c_int, []
                set_.restype, set_.argtypes = None, [ctypes.c_int]
                return get, set_
    return None


@contextlib.contextmanager
def single_threaded():
    fns = _openblas_threads()
    if fns is None:
        yield
        return
    get, set_ = fns
    old = get()
    set_(1)
    try:
        yield
    finally:
        set_(old)


def blas_single_threaded(fn):
    """Decorator form of single_threaded()."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with single_threaded():
            return fn(*args, **kwargs)
    return wrapper
