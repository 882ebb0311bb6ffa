"""Finite state spaces and their chunked enumeration.

A space is a product {values}^d. State number k (0 <= k < n_states) is the row whose
coordinates are the base-q digits of k, the FIRST coordinate most significant -- the
order of `itertools.product(values, repeat=d)`. Enumeration builds each chunk of rows
from a range of integer codes in one vectorized step, so memory is bounded by
`chunk_rows * d` whatever d is, and nothing loops over states in Python.
"""
from __future__ import annotations

import math

import numpy as np

from .errors import InputError, StateSpaceTooLarge

# A space with more states than this is refused before any work: 2^27 states of
# d coordinates is already minutes of NumPy time; beyond it the answer is "use a
# smarter exact route" (toy_models.routes), not "wait".
MAX_ENUMERABLE_STATES = 2 ** 27
DEFAULT_CHUNK_ROWS = 2 ** 15
# Rough throughput of the plain route in state coordinates per second: log Z of a
# d = 24 Ising model (4e8 coordinates) took 8.4 s on a shared, loaded 2-core machine
# (benchmarks/bench_plain_enumeration.py). Only used to tell a user how long a refused
# enumeration would have taken, so a factor of 2 either way does not matter.
COORDINATES_PER_SECOND = 5e7


def _human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB", "PB"):
        if n < 1024 or unit == "PB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024
    raise AssertionError  # pragma: no cover


def _human_seconds(s: float) -> str:
    for unit, size in (("years", 3.15e7), ("days", 86400), ("hours", 3600), ("minutes", 60)):
        if s >= size:
            return f"{s / size:,.1f} {unit}"
    return f"{s:.2g} seconds"


# Coordinates of a space at most: beyond, neither d log q nor log Z fits in a float (and
# Python will not print an int of more than 4300 digits in a message).
MAX_COORDINATES = 10 ** 300
# Counts with more digits than this are written as powers (2^4000, about 10^1204).
EXACT_DIGITS = 30


def count_text(n: int, noun: str = "", power: str | None = None) -> str:
    """An exact count for messages: "1,099,511,627,776 states (2^40)", or for huge counts
    "2^4000 states (about 10^1204)". Never converts n to a float (q^d may exceed 1e308) and
    never prints more than EXACT_DIGITS digits (Python refuses ints over 4300 digits)."""
    n = int(n)
    noun = f" {noun}" if noun else ""
    log10_n = math.log10(n) if n > 0 else 0.0  # math.log10 takes ints of any size
    if log10_n < EXACT_DIGITS:
        return f"{n:,}{noun}" if power is None else f"{n:,}{noun} ({power})"
    about = f"about 10^{int(log10_n)}"
    return f"{about}{noun}" if power is None else f"{power}{noun} ({about})"


def _human_bytes_log10(log10_b: float) -> str:
    if log10_b > 18:  # beyond a petabyte: the power says it better
        return f"about 10^{int(log10_b)} bytes"
    return _human_bytes(10.0 ** log10_b)


def _human_seconds_log10(log10_s: float) -> str:
    if log10_s > 12:  # beyond ~30,000 years
        return f"10^{int(log10_s - math.log10(3.15e7))} years"
    return _human_seconds(10.0 ** log10_s)


def _check_positive_int(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise InputError(f"{name} must be a positive integer, got {value!r}")
    if value < 1:
        raise InputError(f"{name} must be a positive integer, got {value}")
    return int(value)


class ProductSpace:
    """{values}^d; `values` sorted, distinct. Binary, Spin and Qary are its instances."""

    kind = "product"

    def __init__(self, d: int, values, dtype=np.float64):
        self.d = _check_positive_int(d, "d")
        if self.d > MAX_COORDINATES:
            raise InputError(f"d must be at most 10^300 (no float can hold log Z, or even d log 2, "
                             f"beyond it), got about 10^{int(math.log10(self.d))}")
        self.values = np.asarray(values, dtype=dtype)
        if self.values.ndim != 1 or len(self.values) < 2 or np.any(np.diff(self.values) <= 0):
            raise InputError(f"values must be >= 2 distinct increasing numbers, got {values!r}")
        self.q = len(self.values)
        self.dtype = np.dtype(dtype)

    @property
    def n_states(self) -> int:
        """Number of states, an exact Python int (q**d never overflows)."""
        return self.q ** self.d

    def __repr__(self) -> str:
        return f"{type(self).__name__}(d={self.d}, values={self.values.tolist()})"

    # -- enumeration -------------------------------------------------------------
    def more_states_than(self, limit: int) -> bool:
        """n_states > limit, without computing q**d when it is far larger (3**(10**8) alone
        takes minutes): the logarithm decides unless the two are within a factor of 2."""
        if self.d * math.log2(self.q) > math.log2(max(int(limit), 1)) + 1:
            return True
        return self.n_states > limit

    def enumeration_cost(self) -> str:
        """What a full enumeration costs, in words (used in refusals); see count_text."""
        row_bytes = self.d * self.values.itemsize
        log10_n = self.d * math.log10(self.q)
        power = f"{self.q}^{self.d}"
        states = (count_text(self.n_states, "states", power) if log10_n < EXACT_DIGITS
                  else f"{power} states (about 10^{int(log10_n)})")
        return (f"{states}; one table of them would take "
                f"{_human_bytes_log10(log10_n + math.log10(row_bytes))}, and streaming through them "
                f"roughly {_human_seconds_log10(log10_n + math.log10(self.d / COORDINATES_PER_SECOND))}")

    def require_enumerable(self, limit: int | None = None) -> None:
        """Raise StateSpaceTooLarge, before any work, if n_states exceeds `limit`."""
        limit = MAX_ENUMERABLE_STATES if limit is None else limit
        if self.more_states_than(limit):
            raise StateSpaceTooLarge(
                f"{self!r} is too large to enumerate: {self.enumeration_cost()}; the limit "
                f"is {count_text(limit, 'states')} (toy_models.spaces.MAX_ENUMERABLE_STATES). Use a smaller "
                f"model or an exact route that does not enumerate (toy_models.routes).")

    def states_from_codes(self, codes: np.ndarray) -> np.ndarray:
        """Rows for integer codes (int64 array), vectorized: digit i = code // q^(d-1-i) % q."""
        if self.q == 2:  # shifts and masks: ~2.5x faster than // and % (the binary spaces)
            shifts = np.arange(self.d - 1, -1, -1, dtype=np.int64)
            return self.values[(codes[:, None] >> shifts) & 1]
        powers = self.q ** np.arange(self.d - 1, -1, -1, dtype=np.int64)
        digits = (codes[:, None] // powers[None, :]) % self.q
        return self.values[digits]

    def codes_of(self, states) -> np.ndarray:
        """The integer codes (enumeration positions) of checked states: the inverse of
        states_from_codes, so `probabilities(model)[space.codes_of(data)]` is P(data)."""
        x = self.check_data(states, "states")
        self.require_enumerable(np.iinfo(np.int64).max)  # codes must fit in int64
        digits = np.searchsorted(self.values, x).astype(np.int64)
        powers = self.q ** np.arange(self.d - 1, -1, -1, dtype=np.int64)
        return digits @ powers

    def chunks(self, chunk_rows: int | None = None, limit: int | None = None):
        """Yield the states in order, as arrays of at most `chunk_rows` rows.

        chunk_rows=None means the module's DEFAULT_CHUNK_ROWS, read at call time (a
        benchmark may change it).

        The size guard runs when this is called (not at the first `next`), so a refusal
        comes before any work and before the caller can start a loop.
        """
        chunk_rows = _check_positive_int(DEFAULT_CHUNK_ROWS if chunk_rows is None else chunk_rows, "chunk_rows")
        self.require_enumerable(limit)
        return self._chunks(chunk_rows)

    def _chunks(self, chunk_rows: int):
        n = self.n_states
        for start in range(0, n, chunk_rows):
            yield self.states_from_codes(np.arange(start, min(start + chunk_rows, n), dtype=np.int64))

    def all_states(self, limit: int | None = None) -> np.ndarray:
        """All states as one (n_states, d) array; for small spaces (default limit 2^20 rows)."""
        self.require_enumerable(2 ** 20 if limit is None else limit)
        return self.states_from_codes(np.arange(self.n_states, dtype=np.int64))

    # -- data --------------------------------------------------------------------
    def check_data(self, data, name: str = "data") -> np.ndarray:
        """Return `data` as an (N, d) array of this space's dtype, or raise InputError.

        Refuses: non-numeric input, wrong shape, N = 0, non-finite entries, and any
        entry outside `values` (the error says which row and column).
        """
        try:
            arr = np.asarray(data)
        except Exception as exc:  # ragged lists and the like
            raise InputError(f"{name} must be an array of shape (N, {self.d}): {exc}") from None
        if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number) or arr.dtype == bool):
            raise InputError(f"{name} must be numeric, got dtype {arr.dtype}")
        if arr.ndim == 1 and self.d == 1:
            arr = arr[:, None]
        if arr.ndim != 2 or arr.shape[1] != self.d:
            raise InputError(f"{name} must have shape (N, {self.d}) for {self!r}, got {arr.shape}")
        if arr.shape[0] == 0:
            raise InputError(f"{name} is empty: the data average needs N >= 1 rows")
        if not np.all(np.isfinite(arr)):
            raise InputError(f"{name} holds NaN or inf")
        inside = np.isin(arr, self.values)
        if not inside.all():
            i, j = np.argwhere(~inside)[0]
            raise InputError(f"{name}[{i}, {j}] = {arr[i, j].item()!r} is outside the allowed values "
                             f"{self.values.tolist()} of {self!r}")
        return arr.astype(self.dtype)

    def contains(self, data) -> bool:
        """Whether every row of data is a state of this space."""
        try:
            self.check_data(data)
        except InputError:
            return False
        return True


class Binary(ProductSpace):
    """{0, 1}^d."""

    def __init__(self, d: int):
        super().__init__(d, (0.0, 1.0))

    def __repr__(self) -> str:
        return f"Binary(d={self.d})"


class Spin(ProductSpace):
    """{-1, +1}^d."""

    def __init__(self, d: int):
        super().__init__(d, (-1.0, 1.0))

    def __repr__(self) -> str:
        return f"Spin(d={self.d})"


class Qary(ProductSpace):
    """{0, 1, ..., q-1}^d, integer states (they index Potts couplings)."""

    def __init__(self, d: int, q: int):
        q = _check_positive_int(q, "q")
        if q < 2:
            raise InputError(f"q must be >= 2, got {q}")
        super().__init__(d, np.arange(q), dtype=np.int64)

    def __repr__(self) -> str:
        return f"Qary(d={self.d}, q={self.q})"


class RBMJoint(ProductSpace):
    """The joint visible x hidden space {0,1}^(n_visible + n_hidden) of an RBM.

    A row is (v, h): the first n_visible columns are v. Visible bits are the most
    significant, so the states come grouped by v.
    """

    def __init__(self, n_visible: int, n_hidden: int):
        self.n_visible = _check_positive_int(n_visible, "n_visible")
        self.n_hidden = _check_positive_int(n_hidden, "n_hidden")
        super().__init__(self.n_visible + self.n_hidden, (0.0, 1.0))

    def split(self, x: np.ndarray):
        """(v, h) views of joint rows."""
        return x[:, :self.n_visible], x[:, self.n_visible:]

    def __repr__(self) -> str:
        return f"RBMJoint(n_visible={self.n_visible}, n_hidden={self.n_hidden})"
