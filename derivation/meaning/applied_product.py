"""`d(a + b)`, `gamma_i(z)`, `k_B(T \\ln Z)`: a letter the vocabulary does not know, before parentheses that hold no
state and no parameter, is a function applied or a product (issue 21, part 3). Both are read and judged
(DESIGN.md, "Several readings, one verdict"):

    main reading     the letter a function applied to the parenthesis (an arbitrary function of its value)
    other reading    the letter a number times the parenthesis (a_i(u) = a_i u)

so a step both readings prove is proved, one both refute is invalid, and one they disagree on is `undecided`,
naming them. A letter people use for functions (f, g, phi), a name of several letters (NN), the letters the
document only ever writes applied (roles.functions) keep their one reading (meaning_values.arbitrary_fn).
"""
from __future__ import annotations

import copy

from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, walk

PRODUCT = ("with {letters} before parentheses a number times them ({example}), not a function applied to them "
           "(the main reading takes {letters} as a function applied)",
           "write a product with \\cdot, or give the function an argument it is a function of")
_OBJECTS = {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION | LOSS} | set(DIST_LETTERS)


def ambiguous_heads(asts, functions, constants) -> set:
    """Names of single letters (any index) written before one parenthesized argument somewhere in the document,
    that are neither the vocabulary's objects nor letters people use for functions: the heads that may be read
    either way (meaning_values.arbitrary_fn decides, per row, whether the parenthesis holds a state or a
    parameter). `functions`: the letters read as functions in any case, `constants`: the Greek names read as
    numbers (meaning_values; a longer name, NN(u), is a function)."""
    out = set()
    for a in asts:
        for n in walk(a):
            if n[0] == "app" and n[1][0] == "sym" and len(n[2]) == 1 and not n[3] and not n[1][4] \
                    and n[1][5] is None and n[1][2] in ("", "rm", "text") and n[1][1] not in functions \
                    and n[1][1] not in _OBJECTS and (len(n[1][1]) == 1 or n[1][1] in constants):
                out.add(n[1][1])
    return out


def applied_or_product(meaning, head, args, env, fn):
    """The value of head(args) where it may be a function applied or a product: `fn` (the function applied,
    an ArbitraryFn) in the main reading, head times the argument in the product reading; None where the
    document's head was not found ambiguous up front (the caller refuses the row)."""
    if head[1] not in getattr(meaning.r, "ambiguous_heads", ()) or len(args) != 1:
        return None
    if not getattr(meaning.r, "applied_as_product", False):
        seen = getattr(meaning.r, "ambiguous_seen", None)
        if seen is not None and getattr(meaning.r, "ambiguous_owner", None) is meaning.r:
            seen[0] += 1   # the sides where the main reading met one: only they get the product reading
        return fn
    return meaning.tr(head, env) * meaning.tr(args[0], env)


def product_readings(roles, meaning_cls, explicit, rows, text) -> list:
    """[(assumes, hint, meaning, applies)]: the whole document read with every ambiguous head a product."""
    heads = getattr(roles, "ambiguous_heads", set())
    if not heads:
        return []
    prod = copy.copy(roles)
    prod.applied_as_product = True
    names = ", ".join(sorted(heads))
    first = sorted(heads)[0]
    seen, last = roles.ambiguous_seen, [0]

    def applies(rr):
        """Whether the main reading of the side just read met an ambiguous head (its count went up): a side
        without one reads alike both ways, and a second meaning of it would only cost time."""
        hit, last[0] = seen[0] != last[0], seen[0]
        return hit

    return [(PRODUCT[0].format(letters=names, example=f"{first}(u) = {first} u"), PRODUCT[1],
             (explicit and explicit(rows, prod, text)) or meaning_cls(prod), applies)]
