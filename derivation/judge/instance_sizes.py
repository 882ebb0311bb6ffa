"""The sizes of the finite instances and their generation (split from instances.py, which searches them).

K and N grow from 1 to 6 (SMALL), then to 64 (LARGE), then to the sizes the degree of a step asks for
(extra_sizes); past the small grid some instances divide every e^{-E} by a scale, so that energies take
both signs. Re-exported by instances.py for its callers.
"""
from __future__ import annotations

import sympy

from .instance import MAX_TERMS, Instance
from .points import theta_at


SMALL = sorted(((k, n) for k in range(1, 7) for n in range(1, 7)), key=lambda kn: (kn[0] + kn[1], kn))
# After the small grid, sizes where identities true only for small K or N first fail (a polynomial
# in N of degree d needs d + 1 values of N to be refuted): up to MAX_TERMS states or data points.
LARGE = [(7, 7), (8, 3), (3, 8), (9, 9), (12, 5), (5, 12), (16, 16), (24, 7), (7, 24), (32, 32), (64, 8),
         (8, 64)]
SIZES = SMALL + LARGE
# Past the small grid, some instances divide every e^{-E} by a scale: energies ln(scale / w) of both
# signs and zero (with scale 1 they are all <= 0, and sqrt(E^2) = -E would hold on every instance).
SCALES = (1, 3, 5)
MAX_POINTS = 64   # values of the free indices tried per instance (all of them when there are fewer)
MAX_EXTRA = 120   # extra sizes the degree of a step may ask for
EXACT_CONFIRMATIONS = 3   # points where the floats agree that are recomputed exactly all the same,
SPOT_EVERY = 9            # and the first point of every 9th small instance (a gap only for K > 1, ...)


def random_instances(rng, count: int, second_order: bool = False, explicit: bool = False, extra=()):
    """`count` instances, smallest first: K and N grow from 1 to 6, then to 64 (SIZES), then the
    `extra` sizes (K, N) asked for; data alternate between draws with repeats (unseen states
    likely) and draws that visit every state when N >= K."""
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"random_instances: count must be a positive int, got {count!r}")
    sizes = [SIZES[t % len(SIZES)] for t in range(count)] + list(extra)
    for t, (k, n) in enumerate(sizes):
        if t % 2 and n >= k:
            data = list(rng.permutation(k) + 1) + list(rng.integers(1, k + 1, n - k))
            rng.shuffle(data)
        else:
            data = rng.integers(1, k + 1, n)
        yield Instance(
            states=k, data=tuple(int(s) for s in data),
            weights=tuple(int(w) for w in rng.integers(1, 5, k)),
            denergy=tuple(int(v) for v in rng.integers(-3, 4, k)),
            d2energy=tuple(int(v) for v in rng.integers(-2, 3, k)) if second_order else (0,) * k,
            theta=theta_at(t) if explicit else sympy.Integer(0),
            hidden=1 + t % (3 if t < len(SMALL) else 5),   # M up to 5 past the small grid (issue 18: M varied)
            components=1 + (t // 2) % 2 if t < 4 else 2, seed=t,
            scale=SCALES[t % len(SCALES)] if t >= len(SMALL) else 1)


def extra_sizes(reach) -> tuple[list, str | None]:
    """Sizes (K, N) up to reach = (K_max, N_max) not already in SIZES; what cannot be reached, in words."""
    if not reach:
        return [], None
    kmax, nmax = reach
    note = None
    if kmax > MAX_TERMS or nmax > MAX_TERMS:
        need = " and ".join(f"{name} up to {v}" for name, v in (("K", kmax), ("N", nmax)) if v > 1)
        note = (f"the sides differ by a polynomial of high degree, which may vanish at every size the "
                f"instances reach (refuting it may need {need}; instances stop at {MAX_TERMS})")
    have = set(SIZES)
    out = [(k, n) for k in range(1, min(kmax, MAX_TERMS) + 1) for n in range(1, min(nmax, MAX_TERMS) + 1)
           if (k, n) not in have]
    if len(out) > MAX_EXTRA:
        note = note or f"refuting it may need {len(out)} more instance sizes (the limit is {MAX_EXTRA})"
        out = out[:MAX_EXTRA]
    return out, note
