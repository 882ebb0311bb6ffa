"""The random numbers of the instances, in pure Python: NumPy's default_rng stream, without NumPy.

The symbolic half must run where NumPy cannot be had (Pyodide without a NumPy wheel), and its verdicts
must not change: so this is NumPy's own algorithm, number for number (tests/derivation/test_no_numpy.py
compares it with NumPy where NumPy is installed): SeedSequence (the entropy hashed into four 64-bit
words), PCG64 (a 128-bit linear congruential state, XSL-RR output), 32-bit draws taken from halves of
64-bit ones, Lemire's bounded integers, and shuffles by masked rejection (random_interval).

    default_rng(seed)          a Generator for a non-negative int seed
    Generator.integers(low, high, size=None)   like NumPy's (high exclusive); size -> IntArray
    Generator.permutation(n)   IntArray of 0..n-1 shuffled;  Generator.shuffle(list) in place
"""
from __future__ import annotations

_M32, _M64, _M128 = (1 << 32) - 1, (1 << 64) - 1, (1 << 128) - 1
_PCG_MULT = (2549297995355413924 << 64) + 4865540595714422341

# SeedSequence's constants (numpy/random/bit_generator.pyx)
_INIT_A, _MULT_A, _INIT_B, _MULT_B = 0x43B0D7E5, 0x931E8875, 0x8B51F9DD, 0x58F38DED
_MIX_L, _MIX_R, _POOL = 0xCA01F9DD, 0x4973F715, 4


def _words(n: int) -> list[int]:
    """A non-negative int as little-endian 32-bit words (0 -> [0])."""
    out = []
    while True:
        out.append(n & _M32)
        n >>= 32
        if not n:
            return out


def _seed_state(entropy: int) -> list[int]:
    """SeedSequence(entropy).generate_state(4, uint64)."""
    const = _INIT_A

    def hashmix(value):
        nonlocal const
        value ^= const
        const = (const * _MULT_A) & _M32
        value = (value * const) & _M32
        return value ^ (value >> 16)

    def mix(x, y):
        r = (_MIX_L * x - _MIX_R * y) & _M32
        return r ^ (r >> 16)

    ent = _words(entropy)
    pool = [hashmix(ent[i] if i < len(ent) else 0) for i in range(_POOL)]
    for src in range(_POOL):
        for dst in range(_POOL):
            if src != dst:
                pool[dst] = mix(pool[dst], hashmix(pool[src]))
    for src in range(_POOL, len(ent)):
        for dst in range(_POOL):
            pool[dst] = mix(pool[dst], hashmix(ent[src]))
    const, words = _INIT_B, []
    for i in range(8):
        v = pool[i % _POOL] ^ const
        const = (const * _MULT_B) & _M32
        v = (v * const) & _M32
        words.append(v ^ (v >> 16))
    return [words[2 * i] | (words[2 * i + 1] << 32) for i in range(4)]


class IntArray(tuple):
    """A tuple of ints that adds a number to every element (`rng.permutation(k) + 1`, as with arrays)."""

    def __add__(self, other):
        if isinstance(other, int):
            return IntArray(v + other for v in self)
        return tuple.__add__(self, other)

    __radd__ = __add__


class Generator:
    def __init__(self, seed: int):
        if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
            raise ValueError(f"default_rng: seed must be a non-negative int, got {seed!r}")
        s = _seed_state(seed)
        init_state, init_seq = (s[0] << 64) | s[1], (s[2] << 64) | s[3]
        self._inc = ((init_seq << 1) | 1) & _M128
        self._state = 0
        self._step()
        self._state = (self._state + init_state) & _M128
        self._step()
        self._half = None   # the high half of the last 64-bit draw, not used yet

    def _step(self) -> None:
        self._state = (self._state * _PCG_MULT + self._inc) & _M128

    def _next64(self) -> int:
        self._step()
        s = self._state
        x, rot = ((s >> 64) ^ s) & _M64, s >> 122
        return ((x >> rot) | (x << ((64 - rot) & 63))) & _M64

    def _next32(self) -> int:
        if self._half is not None:
            v, self._half = self._half, None
            return v
        v = self._next64()
        self._half = v >> 32
        return v & _M32

    def _bounded(self, rng: int) -> int:
        """0..rng inclusive (Lemire's method on 32-bit draws, as NumPy for ranges below 2^32)."""
        if rng == 0:
            return 0
        if rng > _M32 - 1:
            raise ValueError("rng.integers: ranges of 2^32 or more values are not supported")
        excl = rng + 1
        m = self._next32() * excl
        if (m & _M32) < excl:
            threshold = (_M32 - rng) % excl
            while (m & _M32) < threshold:
                m = self._next32() * excl
        return m >> 32

    def integers(self, low: int, high: int, size: int | None = None):
        low, high = int(low), int(high)
        if high <= low:
            raise ValueError(f"rng.integers: high ({high}) must exceed low ({low})")
        if size is None:
            return low + self._bounded(high - 1 - low)
        return IntArray(low + self._bounded(high - 1 - low) for _ in range(int(size)))

    def _interval(self, top: int) -> int:
        """0..top by masked rejection (NumPy's random_interval)."""
        if top == 0:
            return 0
        mask = (1 << top.bit_length()) - 1
        draw = self._next32 if top <= _M32 else self._next64
        while True:
            v = draw() & mask
            if v <= top:
                return v

    def shuffle(self, x) -> None:
        for i in range(len(x) - 1, 0, -1):
            j = self._interval(i)
            x[i], x[j] = x[j], x[i]

    def permutation(self, n: int) -> IntArray:
        out = list(range(int(n)))
        self.shuffle(out)
        return IntArray(out)


def default_rng(seed: int) -> Generator:
    return Generator(seed)
