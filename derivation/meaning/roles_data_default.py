"""A distribution letter read as the data by default: also a distribution of its own.

roles.py reads a letter that never carries the parameter, used beside the model (q beside p_\\theta), as the data
distribution: the empirical one, (1/N) sum_i [x_i = x], zero off the data. Nothing the document writes says so
(issue 18 part 1: the role comes from a convention, not from the row): the prose may call q "any positive
distribution" (importance sampling, a proposal, a variational q). So such a letter gets a second reading, an
arbitrary positive distribution of its own (as q beside p, roles_choice.py); a row the two readings disagree on
is undecided (readings.py). A letter named as the data keeps one reading: p_{\\mathrm{data}}, p_D, \\hat p, a
marker `% eq7: data q`.
"""
from __future__ import annotations

import copy
import re

from .roles_letters import walk

ASSUMES = ("with {letters} an arbitrary positive distribution of its own (the main reading takes {letters} as the "
           "data distribution, the average over the N data points)")
HINT = "write the data distribution as p_{{\\mathrm{{data}}}} (or add `% eq7: data {first}`), or define {first}"


# a sentence that calls a letter a distribution (a density, a probability measure) of its own; a word naming the
# data (the data, empirical, training, true, target distribution) keeps the letter the data
_DIST_WORD = re.compile(r"\b(distributions?|densit(?:y|ies)|probability (?:measures?|functions?))\b", re.I)
_DATA_WORD = re.compile(r"\b(data|dataset|empirical|training|true|target|observed|underlying|population|"
                        r"samples?|sampled|generating)\b", re.I)
_INLINE = re.compile(r"(?<![$\\])\$([^$]+)\$(?!\$)")
_LETTER = re.compile(r"^\s*([A-Za-z]|\\pi)\s*('*)\s*(\([^()$]*\))?\s*$")


def declared_distributions(text) -> set:
    """Letters the prose declares distributions of their own: `Let $q$ and $q'$ be two distributions`, `for a
    distribution $q$ on the states`, `$q(x)$ is any density`. Only a letter alone in inline math (primes and an
    argument list allowed), in a sentence with such a word and no word naming the data (hostile set 6, B06, D16:
    q read as the data distribution, the average over the N data points, though the text said otherwise)."""
    if not text:
        return set()
    prose = re.sub(r"\$\$.*?\$\$|\\\[.*?\\\]|\\begin\{(\w+\*?)\}.*?\\end\{\1\}", " ", text, flags=re.S)
    out = set()
    for sentence in re.split(r"(?<=[.;:!?])\s+|\n\s*\n", prose):
        if not _DIST_WORD.search(sentence) or _DATA_WORD.search(sentence):
            continue
        for m in _INLINE.finditer(sentence):
            for part in m.group(1).split(","):
                letter = _LETTER.match(part)
                if letter:
                    out.add(letter.group(1).lstrip("\\"))
    return out


def declare_distributions(roles, rows, text) -> None:
    """A letter read as the data by default that the prose declares a distribution (declared_distributions) is
    an arbitrary positive distribution of its own in every reading (roles.declared_seconds, read by
    meaning_dists.py as q beside p is), never the data, in a document that writes nothing else of the data
    (writes_data). Declared so, it is neither the model in another reading nor tied to it in words
    (roles_choice.py's readings of roles.free_seconds): the text said what it is."""
    sides = [s for row in rows for s in row if isinstance(s, tuple)]
    default = default_data(roles, sides, text)
    letters = default & declared_distributions(text) if not writes_data(sides) else set()
    letters |= default & normalized_definitions(rows)   # q(x) = e^{g(x)} / sum_x' e^{g(x')}: never the data
    if letters:
        roles.data = set(roles.data) - letters
        roles.declared_seconds = set(getattr(roles, "declared_seconds", ())) | letters


def normalized_definitions(rows) -> set:
    """Letters a row writes out as a normalized exponential of one state, q(x) = e^{g(x)} / \\sum_{x'} e^{g(x')}
    (or exp(...)/sum exp(...)): a distribution of its own, which the data's average over N points never is
    (`Let $q(x) = ...$ be another distribution` was read as the data in the main reading; second_definitions.py
    then binds it)."""
    out = set()
    for row in rows:
        sides = [s for s in row if isinstance(s, tuple)]
        if len(sides) != 2:
            continue
        lhs, rhs = sides
        if lhs[0] == "app" and lhs[1][0] == "sym" and len(lhs[2]) == 1 and not lhs[3] and rhs[0] == "div" \
                and _exponential(rhs[1]) and rhs[2][0] == "sum" and _exponential(rhs[2][3]):
            out.add(lhs[1][1])
    return out


def _exponential(node) -> bool:
    return isinstance(node, tuple) and (node[0] == "exp" or node[0] == "app" and node[1][0] == "sym"
                                        and node[1][1] == "exp")


def default_data(roles, sides, text="") -> set:
    """The data letters written only bare (no subscript, superscript, prime or accent) and named by no marker."""
    marked = {m.group(1).strip("\\") for m in re.finditer(r"%\s*eq7\s*:\s*data\s+([^\s%]+)", text)}
    out = set()
    for letter in set(roles.data) - marked - set(getattr(roles, "param_data", ())):
        # q' is a distribution of its own (meaning_dists._primed_apart): only the unprimed uses are q's
        uses = [n for s in sides for n in walk(s) if n[0] == "sym" and n[1] == letter and not (n[4] and n[2] == "")]
        if uses and all(n[2] == "" and n[3] is None and not n[4] and n[5] is None for n in uses):
            out.add(letter)
    return out


def writes_data(sides) -> bool:
    """Whether sides (ASTs) write the data otherwise: the loss (L, NLL, its average over the data), a sum over
    the data points (i = 1..N), N, a data point x_i or x^{(i)}. In a document that does, the letter is the data,
    one reading (grad L = E_{p(x)}[grad E] - E_{q_theta}[grad E], even on a row of its own)."""
    from .roles_letters import LOSS
    for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
        if n[0] == "sym" and ((n[1], n[2]) in LOSS or n[1] == "N" or n[1] in ("x", "v") and (
                n[5] is not None or n[3] is not None and n[3][0] == "sym" and n[3][1] in ("i", "n", "j"))):
            return True
        if n[0] in ("sum", "prod") and n[1] is not None and n[1][0] == "eqsub":
            return True
    return False


def data_default_readings(roles, meaning_cls, explicit, rows, text, sides_of) -> list[tuple]:
    """[(assumes, hint, meaning, applies)]: each such letter an arbitrary distribution of its own, in the rows
    that write it, in a document that writes nothing else of the data."""
    sides = [s for row in rows for s in row if isinstance(s, tuple)]
    letters = default_data(roles, sides, text)
    if not letters or writes_data(sides):   # a document about its data: the letter is the data, one reading
        return []
    other = copy.copy(roles)
    other.data = set(roles.data) - letters
    other.free_seconds = set(getattr(roles, "free_seconds", ())) | letters
    names = ", ".join(sorted(letters))
    meaning = (explicit and explicit(rows, other, text)) or meaning_cls(other)

    def applies(rr):
        return any(n[0] == "sym" and n[1] in letters for s in sides_of(rr) if isinstance(s, tuple) for n in walk(s))
    return [(ASSUMES.format(letters=names), HINT.format(first=sorted(letters)[0]), meaning, applies)]
