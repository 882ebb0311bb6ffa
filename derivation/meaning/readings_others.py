"""The document-wide other readings of a row (../shared/DESIGN.md, "Several readings, one verdict"): each a
meaning of its own that reads every row and sees every definition (chains.GeneralMeaning keeps them in step).

    beta = 1          a row that never writes beta, in a document that does (readings.BETA_ONE)
    P(tau | theta)    a letter written with the model's parameter, read as a distribution of its own: or the model
    p beside q        each other letter as the model (roles_choice.py)
    z(theta), z       a state letter or a parameter written alone and before letters in parentheses: a product
                      (the main reading) or a function applied (roles_functions.py)
    NLL the total     \\mathrm{NLL} with no definition: the average over the N data points (the paper's L, the main
                      reading) or their sum, as many texts write the NLL (L, J keep the paper's average)

Each entry: (assumes, hint, meaning, applies(rr)); `strict` names those that stay, undecided, where they cannot
read a row (roles_choice.py).
"""
from __future__ import annotations

import copy

APPLIED = ("with {letters} a function applied to the letters in parentheses after it (the main reading takes "
           "{letters}(a) as {letters} times a: the document also writes {letters} alone)",
           "write a product with \\cdot, or name the function with another letter")
TOTAL = ("with {letters} summed over the N data points (the main reading takes {letters} as their average, "
         "-(1/N) sum_i log p(x_i), as the paper does)",
         "define {letters} in a row of its own (e.g. `\\mathrm{{NLL}}(\\theta) = -\\sum_i \\log p(x_i)`)")


def other_meanings(roles, meaning_cls, explicit, rows, text, sides_of) -> tuple[list, set]:
    """([(assumes, hint, meaning, applies)], strict assumptions) for a document with these roles and rows."""
    from .readings import BETA_ONE
    from .meaning_operators import STATE_NAMES
    from .roles_choice import role_readings
    from .roles import walk as walk_nodes
    from .roles_functions import applied_and_alone
    from .roles_letters import LOSS   # of them only NLL itself: its sum and its average are both common
    from .set_sums import set_readings   # \sum_{a \in A}: all the states, or a collection of its own (first:
    others = set_readings(roles, meaning_cls, explicit, rows, text)   # it notes the sets the copies below keep)
    if getattr(roles, "beta", False):   # beta read per document; a row that never writes it: beta = 1 too
        plain = copy.copy(roles)
        plain.beta = False
        plain.beta_one = True   # beta = 1 in the definitions of other rows as well (L = E + (1/beta) log Z)
        m1 = (explicit and explicit(rows, plain, text)) or meaning_cls(plain)
        others.append((*BETA_ONE, m1, lambda rr: "beta" not in rr.latex))
    if getattr(roles, "param_data", None):   # P(tau | theta) read as its own distribution; or the model
        as_model = copy.copy(roles)
        as_model.data = roles.data - roles.param_data
        as_model.model = roles.model | roles.param_data
        names = ", ".join(sorted(roles.param_data))
        others.append((f"with {names} the model itself (the main reading takes {names}, written with the "
                       "parameter, as a distribution of its own)",
                       f"write {names} with the model's letter, or define the model by it",
                       meaning_cls(as_model), lambda rr: True))
    total = sorted({(n[1], n[2]) for row in rows for a in row if isinstance(a, tuple) for n in walk_nodes(a)
                    if n[0] == "sym" and (n[1], n[2]) in LOSS and n[1] == "NLL"})
    if total:   # the NLL as a sum or an average over the data: both are common, the rows rarely say which
        tot = copy.copy(roles)
        tot.nll_total = True
        names = ", ".join(("\\mathcal{L}" if d == "cal" else n) for n, d in total)
        others.append((TOTAL[0].format(letters=names), TOTAL[1].format(letters=names),
                       (explicit and explicit(rows, tot, text)) or meaning_cls(tot), lambda rr: True))
    both = applied_and_alone([a for row in rows for a in row if isinstance(a, tuple)],
                             STATE_NAMES | set(roles.params) | {"beta"}) - set(roles.functions)
    if both:   # z(theta) beside z: z times theta (the main reading), or a function z applied
        fn = copy.copy(roles)
        fn.functions = set(roles.functions) | both
        names = ", ".join(sorted(both))
        others.append((APPLIED[0].format(letters=names), APPLIED[1].format(letters=names),
                       (explicit and explicit(rows, fn, text)) or meaning_cls(fn), lambda rr: True))
    from .applied_product import product_readings   # d(a + b): a function applied (main reading) or a product
    others += product_readings(roles, meaning_cls, explicit, rows, text)
    seconds = role_readings(roles, meaning_cls, sides_of)   # p beside q, no parameter: each as the model
    from .roles_bare import bare_readings   # p beside p_theta: the bare p also a distribution of its own
    others += bare_readings(roles, meaning_cls, explicit, rows, text, sides_of)
    from .roles_unwritten import unwritten_readings   # nabla_phi of Z_theta: phi maybe no parameter of Z_theta
    others += unwritten_readings(roles, meaning_cls, explicit, rows, text)
    from .roles_data_default import data_default_readings   # q beside p_theta: the data, or any distribution
    others += data_default_readings(roles, meaning_cls, explicit, rows, text, sides_of)
    from .states_count import prose_count_readings   # "the $K \ge 2$ states": never refuted by the prose's K
    floors = prose_count_readings(roles, text)
    from .unit_words import spin_from_words   # "the units are binary" in words only: +-1 too
    others += spin_from_words(roles, explicit, rows, text)
    return others + seconds + floors, {o[0] for o in seconds + floors}
