"""The checker's budget for one step: time, digits of any number, size and depth of any expression.

Every step gets a verdict within its budget. What would blow a limit is refused BEFORE the work
starts (SymPy evaluates `9**(9**9)` eagerly and cannot be interrupted inside a big-integer power),
and the work itself runs under a deadline: checked cooperatively by the evaluators, and enforced by
SIGALRM when the checker runs on the main thread of a process with interval timers (elsewhere, as
under Pyodide, only the cooperative checks apply). What SymPy does inside one C call (a big-integer
power) no signal can stop: derivation/run/worker.py runs a document in a process that can be killed.
A step over budget is `undecided`, and its explanation names the limit reached.

    Budget(seconds=3.0, max_digits=1000, max_nodes=5000, max_depth=80, max_exponent=100,
           chain_seconds=20.0, max_tower=4)

    scan(expr, budget)            raise OverBudget before any work if expr is too large
    power_digits(base, exponent)  how many digits base**exponent would have (numbers only)
    TooLarge(reason)              what the reader builds in place of a number over budget
    deadline(seconds)             context manager; check_time() raises OverBudget once it has passed
"""
from __future__ import annotations

import math
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace

import sympy


@dataclass(frozen=True)
class Budget:
    seconds: float = 3.0       # per step (proof + counterexample search + diagnosis)
    max_digits: int = 1000     # digits of any integer or rational, read or computed
    max_nodes: int = 5000      # nodes of a side's expression tree
    max_depth: int = 80        # nesting of a side's expression tree
    max_exponent: int = 100    # |n| in u^n for a u that is not a number (cancel expands it)
    chain_seconds: float = 20.0  # a whole derivation (one display): steps past it are undecided
    max_tower: int = 4         # nested exp, log and powers with a non-constant exponent (SymPy's evalf
                               # of log(log(...)) 8 deep takes seconds, 9 deep minutes)

    def __post_init__(self):
        for name in ("seconds", "chain_seconds"):
            v = getattr(self, name)
            if isinstance(v, bool) or not (isinstance(v, (int, float)) and v > 0 and math.isfinite(v)):
                raise ValueError(f"Budget: {name} must be a positive finite number, got {v!r}")
        for name in ("max_digits", "max_nodes", "max_depth", "max_exponent", "max_tower"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 1:
                raise ValueError(f"Budget: {name} must be a positive int, got {v!r}")


DEFAULT = Budget()


def make_budget(timeout=None, budget: Budget | None = None) -> Budget:
    """The step budget from `timeout` (seconds) and/or `budget`; ValueError naming a bad one."""
    if budget is not None and not isinstance(budget, Budget):
        raise TypeError(f"budget must be a derivation.meaning.budget.Budget, got {type(budget).__name__}")
    budget = budget or DEFAULT
    if timeout is None:
        return budget
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0 \
            or timeout == float("inf"):
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    ratio = budget.chain_seconds / budget.seconds   # a longer step timeout lengthens the chain's too
    return replace(budget, seconds=float(timeout), chain_seconds=max(budget.chain_seconds, ratio * timeout))


class OverBudget(Exception):
    """A step needs more than its budget. `limit` names it: time, digits, size, depth, exponent, tower."""

    def __init__(self, limit: str, detail: str):
        self.limit, self.detail = limit, detail
        super().__init__(f"over the {limit} budget: {detail}")


class TooLarge(sympy.Symbol):
    """Stands for a number the reader refused to build (its name says what and why)."""
    limit = "digits"

    def _latex(self, printer, exp=None):
        return r"\text{[%s]}" % self.name


class TooDeep(TooLarge):
    """Stands for a construct nested past what the reader builds (a derivative of order 150)."""
    limit = "depth"


def power_digits(base, exponent) -> float:
    """Decimal digits of base**exponent for rational numbers (of numerator or denominator)."""
    b, n = sympy.Rational(base), sympy.Rational(exponent)
    size = max(abs(b.p), b.q)
    if size <= 1 or n == 0:
        return 1.0
    return abs(n.p) * math.log10(size) / n.q + 1


def _digits(n) -> int:
    r = sympy.Rational(n)
    return max(_int_digits(r.p), _int_digits(r.q))


def _int_digits(v: int) -> int:
    v = abs(v)
    return 1 if v < 10 else int(v.bit_length() * 0.30103) + 1


def scan(expr, budget: Budget = DEFAULT, side: str = "a side") -> None:
    """Raise OverBudget if expr is larger than the budget allows (iterative: no recursion limit)."""
    if expr.atoms(TooLarge):
        first = sorted(expr.atoms(TooLarge), key=lambda a: a.name)[0]
        raise OverBudget(first.limit, f"{side} holds {first.name}")
    nodes = 0
    stack = [(expr, 1, 0)]
    while stack:
        e, depth, tower = stack.pop()
        nodes += 1
        if nodes > budget.max_nodes:
            raise OverBudget("size", f"{side} has more than {budget.max_nodes} nodes")
        if depth > budget.max_depth:
            raise OverBudget("depth", f"{side} nests deeper than {budget.max_depth} levels")
        if e.is_Rational and _digits(e) > budget.max_digits:
            raise OverBudget("digits", f"{side} holds a number of {_digits(e)} digits "
                                       f"(the limit is {budget.max_digits})")
        if isinstance(e, sympy.Pow):
            b, n = e.args
            if n.is_Integer and not b.is_number and abs(int(n)) > budget.max_exponent:
                raise OverBudget("exponent", f"{side} raises an expression to the power {n} "
                                             f"(the limit is {budget.max_exponent})")
            if b.is_Rational and n.is_Rational and power_digits(b, n) > budget.max_digits:
                raise OverBudget("digits", f"{side} holds {b}^{n}, a number of about "
                                           f"{power_digits(b, n):.3g} digits (the limit is {budget.max_digits})")
            if not n.is_Number:
                tower += 1
        elif isinstance(e, (sympy.exp, sympy.log)):
            tower += 1
        if tower > budget.max_tower:
            raise OverBudget("tower", f"{side} nests exp, log or powers more than {budget.max_tower} deep "
                                      "(the checker cannot evaluate such values within its budget)")
        stack.extend((a, depth + 1, tower) for a in e.args)


# ---- the deadline -----------------------------------------------------------------------------
_local = threading.local()


def check_time() -> None:
    """Raise OverBudget('time') when the current step's deadline has passed (cheap; call often)."""
    end = getattr(_local, "deadline", None)
    if end is not None and time.monotonic() > end:
        raise OverBudget("time", f"the step took longer than {_local.seconds:g} s")


def remaining() -> float | None:
    end = getattr(_local, "deadline", None)
    return None if end is None else end - time.monotonic()


def _on_alarm(signum, frame):
    check_time()


def _main_thread() -> bool:
    return hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()


def _has_timer() -> bool:
    """An interval timer to arm: Pyodide has SIGALRM but no setitimer, Windows neither."""
    return _main_thread() and hasattr(signal, "setitimer") and hasattr(signal, "getitimer")


def _can_alarm() -> bool:
    if not _has_timer():
        return False
    try:  # someone else's alarm (pytest-timeout, a notebook's) is left alone
        return signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None) \
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    except (ValueError, OSError, AttributeError):
        return False


@contextmanager
def deadline(seconds: float):
    """Run the block under a deadline `seconds` from now. Nested: the earlier deadline rules, and
    an inner one (a share of the step's time, as for the proof) re-arms the alarm and gives it back.
    Where no interval timer exists only the cooperative checks (check_time) apply; whatever happens
    while arming, the previous deadline is restored on the way out (never a stale one left behind)."""
    outer_end, outer_seconds = getattr(_local, "deadline", None), getattr(_local, "seconds", None)
    end = time.monotonic() + seconds
    if outer_end is not None and outer_end <= end:
        yield
        return
    # the outermost block owns the deadlines inside it: a token they share says whether it is still in force
    owner = outer_end is None
    token = object() if owner else getattr(_local, "token", None)
    fresh = ours = False
    previous = None
    try:
        _local.deadline, _local.seconds = end, seconds
        if owner:
            _local.token = token
        ours = _has_timer() and signal.getsignal(signal.SIGALRM) is _on_alarm   # inside our own deadline
        fresh = not ours and _can_alarm()
        if fresh:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
        if ours or fresh:
            signal.setitimer(signal.ITIMER_REAL, seconds + 0.05, 0.25)  # re-fires if a handler swallowed it
    except Exception:  # noqa: BLE001 - no timer after all (none, or refused): the cooperative checks remain
        if fresh and previous is not None:
            signal.signal(signal.SIGALRM, previous)
        fresh = ours = False
    try:
        yield
    finally:
        # A block left after its owner (a generator suspended inside it, closed late) restores nothing and arms no
        # timer: re-arming then left an interval timer with the default handler, which killed the process by
        # SIGALRM (seen scoring hostile set 8 in one process), and restoring left a stale deadline behind.
        live = owner or getattr(_local, "token", None) is token
        if live:
            _local.deadline, _local.seconds = outer_end, outer_seconds  # first: a late alarm finds no deadline
        if owner:
            _local.token = None
        if fresh:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        elif ours and live and outer_end is not None:
            signal.setitimer(signal.ITIMER_REAL, max(outer_end - time.monotonic(), 0.0) + 0.05, 0.25)
