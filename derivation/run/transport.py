"""What crosses between the caller and its worker (derivation/run/worker.py): pickles that rebuild SymPy
exactly, and objects shared by reference.

Plain pickling rebuilds an expression through its class (cls(*args)), which evaluates: a side built
unevaluated, (N-1)/(N-1), would come back as 1, and a judged step could change its verdict. Here an
expression is rebuilt from its own arguments without running its constructor, the vocabulary's
symbols by name, and objects registered with share() (before the worker is forked) by reference.

    dumps(value) / loads(data)      the pickles
    share(*objects)                 cross as themselves; generation() counts the registrations
"""
from __future__ import annotations

import io
import pickle
import sys


def dumps(value) -> bytes:
    """pickle.dumps, with SymPy expressions rebuilt exactly (_exact) and the vocabulary's symbols by
    name (State('x') takes no assumptions, which plain pickling passes to it)."""
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buf.getvalue()


_shared: dict = {}     # id -> object the child already holds (registered before it was forked)
_generation = 0


def generation() -> int:
    """How many times share() was called: a child forked before the last one lacks those objects."""
    return _generation


def share(*objects) -> None:
    """Objects passed to call() that must reach the child as themselves, not pickled copies: a SymPy
    side built unevaluated ((N-1)/(N-1)) would be evaluated (to 1) by unpickling. The child is forked
    after the registration and receives them by reference; results naming them come back as them."""
    global _generation
    for obj in objects:
        _shared[id(obj)] = obj
    _generation += 1


def loads(data: bytes):
    """pickle.loads of what dumps wrote: shared objects by reference, SymPy expressions rebuilt exactly
    as they were (never evaluated on the way: see _exact)."""
    return _Unpickler(io.BytesIO(data)).load()


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        obj = _shared.get(pid)
        if obj is None:
            raise pickle.UnpicklingError("a shared object unknown to this process")
        return obj


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj):
        return id(obj) if id(obj) in _shared and _shared[id(obj)] is obj else None

    def reducer_override(self, obj):
        sympy = sys.modules.get("sympy")
        if sympy is None or isinstance(obj, type) or not isinstance(obj, sympy.Basic):
            return NotImplemented
        if isinstance(obj, sympy.Symbol):
            if type(obj).__new__ is not sympy.Symbol.__new__ and type(obj).__module__.startswith("derivation"):
                return _symbol, (type(obj), obj.name, obj.assumptions0)
            return NotImplemented
        if isinstance(obj, sympy.Atom):
            return NotImplemented
        return _exact, (type(obj), obj.args, _extra_state(obj))


def _extra_state(obj) -> dict:
    """What an expression holds besides its arguments (attributes a vocabulary class sets in __new__)."""
    state = dict(getattr(obj, "__dict__", {}))
    for klass in type(obj).__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name not in ("_mhash", "_args", "_assumptions", "__dict__", "__weakref__") and hasattr(obj, name):
                state[name] = getattr(obj, name)
    return state


def _exact(cls, args, state):
    """The expression as it was, built from its arguments without running its class's constructor
    (which would evaluate: (N-1)/(N-1) -> 1, or add a factor 1 to a sum's term)."""
    from sympy.core.basic import Basic
    from sympy.core.operations import AssocOp

    obj = cls._from_args(args) if issubclass(cls, AssocOp) and len(args) > 1 else Basic.__new__(cls, *args)
    for name, value in state.items():
        setattr(obj, name, value)
    return obj


def _symbol(cls, name, assumptions):
    try:
        return cls(name, **assumptions)
    except TypeError:
        return cls(name)
