"""Whether a latent letter an average's body writes is the row's own free letter: `E_{v ~ p(v)}[p(h | v)] = p(h)`.

A latent-variable row's average of f(v, h) averages h over its posterior too (meaning_operators._with_latent):
<v_i h_j>_data leaves no h free. But where the row also writes h outside every average, that h is one letter of the
row, free on both sides: read bound inside the average and free outside it, E_v[p(h | v)] became
E_v[sum_h p(h | v)^2] and a true row was refuted (hostile set 9, D15). An average never binds a letter the row
uses free."""
from __future__ import annotations

# the nodes that bind a letter of their body: what is written inside them is not free in the row
_BINDERS = ("expect", "expect_given", "bracket", "sum", "prod", "int", "var", "cov", "kl")


def letter_key(node):
    """A letter as a binder knows it: (name, decoration, primes); None for anything else."""
    return (node[1], node[2], node[4]) if node[0] == "sym" else None


def free_in_row(sides, key) -> bool:
    """Whether the letter `key` (name, decoration, primes) occurs in the row's `sides` outside every average, sum
    and integral."""
    def free(node):
        if isinstance(node, list):
            return any(free(a) for a in node)
        if not isinstance(node, tuple) or not node:
            return False
        if node[0] in _BINDERS:
            return False
        if node[0] == "sym" and letter_key(node) == key:
            return True
        return any(free(a) for a in node[1:] if isinstance(a, (tuple, list)))
    return any(free(s) for s in sides or ())
