"""`\\sum_{a \\in A} f(a)` over a set the document names with a plain letter and never says what it is (issue 21,
part 3): the microstates of thermodynamic notes (`\\sum_{a \\in A} E_a P(a)`). Unknown means arbitrary (DESIGN.md,
"Reading what people write"), so A is any collection of states; two readings are judged (DESIGN.md, "Several
readings, one verdict"):

    main reading     A all the states: the sum over the whole state space, as thermodynamic notes mean it
    other reading    A a collection of states of its own: any N states, repeats allowed (the vocabulary's data set
                     x^(1)..x^(N), in a document that has no data of its own)

so a row both readings prove (Sum_A E_a e^{-E_a}/Z = (1/Z) Sum_A E_a e^{-E_a}) is proved, one both refute is
invalid (A all the states is one such collection), and one that needs A to be every state (<E> = Sum_A E_a P(a)) is
`undecided`, naming both. The sum stays refused, as before, where the reading would ignore what the document says:
a document with data (`\\frac{1}{N}\\sum_{o \\in O}` may sum over the observations: has_data), prose that names the
letter (`Let $A$ be a subset`) or an inequality beside the sum (said), a letter written elsewhere as a quantity
(A(theta), a matrix A), a bound parameter, a latent-variable document.
"""
from __future__ import annotations

import copy
import re

from sympy import Dummy

from .roles_letters import walk

OTHER = ("with {sets} a collection of states of its own (any N states, repeats allowed, printed as the data "
         "x^(1)..x^(N)), not every state "
         "(the main reading sums over the whole state space)",
         "write \\sum_{{{var}}} or \\sum_{{{var} \\in \\mathcal{{{first}}}}} where every state is meant")


def _plain(n) -> bool:
    """A bare letter: no index, no decoration, no superscript."""
    return n[0] == "sym" and n[2] == "" and n[3] is None and not n[4] and n[5] is None


def named_sets(asts) -> dict:
    """{set letter: bound letter} of every `\\sum_{a \\in A}` (or \\prod; a one Latin letter, never a parameter such
    as theta, whose sum is over parameter values) over one plain capital letter A that is not
    the whole space by its spelling (\\mathcal{X}, Omega, X for x: meaning_values.whole_space) and that the document
    writes nowhere but as such a domain (A(theta), a matrix A: no set of its own)."""
    from .meaning_values import WHOLE_SPACE_GREEK
    domains, uses = {}, {}
    for a in asts:
        for n in walk(a):
            if n[0] == "sym":
                uses[n[1]] = uses.get(n[1], 0) + 1
            if n[0] in ("sum", "prod") and n[1] is not None and n[1][0] == "in":
                var, where = n[1][1], n[1][2]
                if _plain(var) and _plain(where) and len(where[1]) == 1 and where[1].isupper() \
                        and len(var[1]) == 1 and var[1].islower() \
                        and where[1] not in WHOLE_SPACE_GREEK \
                        and not (where[1] == var[1].upper() and where[1] != var[1] and var[1] in "xyvhzsu"):
                    seen = domains.setdefault(where[1], [var[1], 0])
                    seen[1] += 1
    return {s: v for s, (v, count) in domains.items() if uses.get(s, 0) == count}


def has_data(roles, asts) -> bool:
    """Whether the document writes data anywhere: a data distribution, a data size, a loss, N, a point x^(i), a sum
    over an index (\\sum_{i=1}^N, \\sum_i). There A may be the data set while another reading of the row (the
    loss as the log-likelihood, beta = 1) is needed too, and readings combine one assumption at a time: A read as
    the data with the loss as the paper's NLL, and as all the states with the log-likelihood, may both refute a row
    that is right (issue 21: 23:55 of realworld-dev). Without data, A read as a collection of its own only widens
    the main reading (every state once is such a collection), so each other reading of the main one still refutes
    whatever it refutes read so: then the sum is left refused."""
    from .fixed_letters import DATA_INDEX
    from .roles_letters import LOSS
    if getattr(roles, "data", None) or getattr(roles, "data_size", None):
        return True
    for a in asts:
        for n in walk(a):
            if n[0] == "sym" and (n[1] == "N" or (n[1], n[2]) in LOSS or n[5] is not None):
                return True
            if n[0] in ("sum", "prod") and n[1] is not None and (
                    n[1][0] == "eqsub" or (n[1][0] == "sym" and n[1][1] in DATA_INDEX)):
                return True
    return False


_INEQUALITY = re.compile(r"\\(?:le|ge|leq|geq|lt|gt|leqslant|geqslant|subset|subseteq|supset|supseteq)(?![a-zA-Z])|[≤≥<>⊂⊆]")

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")   # <br/>, <sub>: Markdown's HTML, no relation


def said(text: str, letter: str) -> bool:
    """Whether the document says something of the set `letter` the reading would ignore: it names the letter in its
    prose (`Let $A$ be a subset of the states`, `A \\subset \\mathcal{X}`: a part of the states, not all of them),
    or a paragraph that sums over it also writes an inequality (Sum_A p(x) < 1 means A is a proper part, and the
    reading as a collection with repeats could exceed a bound that holds for a set: never judged so)."""
    if re.search(r"\$\s*" + letter + r"\s*\$|(?i:\bsubsets?\b)", text):
        return True
    domain = re.compile(r"\\in\s*\{?\s*" + letter + r"(?![A-Za-z])")
    return any(domain.search(block) and _INEQUALITY.search(_TAG.sub("", block)) for block in re.split(r"\n\s*\n", text))


def named_set_sum(meaning, var, where, body, env, product):
    """The value of `\\sum_{var \\in where} body` when `where` is a set the document names (named_sets): None in
    the main reading (the caller sums over the whole state space), the sum over the data points in the other
    reading; any other domain is refused, named."""
    if where[1] not in getattr(meaning.r, "named_sets", {}):
        meaning.fail(f"a sum over {var[1]} in {where[1]}, a part of the states the vocabulary has no object for",
                     "\\sum_x or \\sum_{x \\in \\mathcal{X}} over the whole space")
    if not getattr(meaning.r, "sets_as_data", False):
        return None
    from .free_latent import letter_key as _key
    from .vocabulary import base as nt
    d = Dummy("i", integer=True, positive=True)
    b = meaning.tr(body, {**env, _key(var): nt.DataPoint(d)})
    return meaning._big(b, (d, 1, nt.N), product)


def set_readings(roles, meaning_cls, explicit, rows, text) -> list:
    """Notes the document's named sets on `roles` (read as the whole space in the main reading) and gives
    [(assumes, hint, meaning, applies)]: the document read with each of them a collection of states of its own."""
    asts = [a for row in rows for a in row if isinstance(a, tuple)]
    # a latent-variable document sums h and z over the latent space, the data are visible states: never mixed
    roles.named_sets = {} if has_data(roles, asts) or getattr(roles, "hidden", False) else {
        s: v for s, v in named_sets(asts).items() if not said(text or "", s) and v not in getattr(roles, "params", ())}
    if not roles.named_sets:
        return []
    other = copy.copy(roles)
    other.sets_as_data = True
    sets = ", ".join(sorted(roles.named_sets))
    first = sorted(roles.named_sets)[0]
    return [(OTHER[0].format(sets=sets), OTHER[1].format(var=roles.named_sets[first], first=first),
             (explicit and explicit(rows, other, text)) or meaning_cls(other),
             lambda rr: True)]   # every row: a definition read with A (S = k Sum_A ..) binds the rows after it
