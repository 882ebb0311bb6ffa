"""Dots as people type them (respell.py): a_1 + a_2 + \\cdots + a_n -> \\sum_{k=1}^{n} a_k, p(x_1) p(x_2) \\cdots p(x_N)
-> (\\prod_{k=1}^{N} p(x_k)), \\sum_{x_1}\\cdots\\sum_{x_n} -> \\sum_{x}, A = \\cdots = B -> A = B. Only when the terms
(factors) next to the dots follow one index pattern: the first with the value v, the next with v + 1, the
last with the bound at exactly the same places; anything else is left as typed (the reader names the dots)."""
from __future__ import annotations

import re

from . import relations

MAX_DOTS = 32          # dots looked at in one row (each looks at its surroundings)


_TOK = re.compile(r"\\[A-Za-z]+\*?|\\.|\d+|\s+|.", re.S)
_DOTS = re.compile(r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])")
_BOUNDARY_WORDS = set(relations.RELATION_WORDS) | relations.SEPARATOR_WORDS | {"quad", "qquad", "text"}


_SIZING = {r"\right", r"\big", r"\Big", r"\bigg", r"\Bigg", r"\bigr", r"\Bigr", r"\biggr", r"\Biggr"}


def _tokens(text, a, b):
    return [(t.group(0), t.start()) for t in _TOK.finditer(text, a, b) if not t.group(0).isspace()]


def _normal(tokens):
    """Tokens of a term with one-token script braces dropped (x_{1} and x_1 alike)."""
    out, k = [], 0
    while k < len(tokens):
        t = tokens[k][0]
        if t in "_^" and k + 3 < len(tokens) and tokens[k + 1][0] == "{" and tokens[k + 3][0] == "}":
            out += [t, tokens[k + 2][0]]
            k += 4
            continue
        out.append(t)
        k += 1
    return out


def _region(toks, at):
    """Token range [lo, hi) around index `at` bounded by an unmatched bracket, a relation, `&` or `,`."""
    def boundary(t):
        return t in ("=", "<", ">", "&", ",") or (t.startswith("\\") and t[1:].rstrip("*") in _BOUNDARY_WORDS)
    depth, lo = 0, 0
    for k in range(at - 1, -1, -1):
        t = toks[k][0]
        if t in (")", "]", "}") or t == r"\}":
            depth += 1
        elif t in ("(", "[", "{") or t == r"\{":
            if depth == 0:
                lo = k + 1
                break
            depth -= 1
        elif depth == 0 and boundary(t):
            lo = k + 1
            break
    depth, hi = 0, len(toks)
    for k in range(at + 1, len(toks)):
        t = toks[k][0]
        if t in ("(", "[", "{") or t == r"\{":
            depth += 1
        elif t in (")", "]", "}") or t == r"\}":
            if depth == 0:
                hi = k
                break
            depth -= 1
        elif depth == 0 and boundary(t):
            hi = k
            break
    while hi - 1 > at and toks[hi - 1][0] in _SIZING:  # \Big( .. \Big): the closing size is not a term's
        hi -= 1
    return lo, hi


def _terms(toks, lo, hi):
    """[(sign, first token, end token)] of the depth-0 terms in toks[lo:hi]."""
    terms, depth, sign, start = [], 0, "", lo
    for k in range(lo, hi):
        t = toks[k][0]
        if t in ("(", "[", "{") or t == r"\{":
            depth += 1
        elif t in (")", "]", "}") or t == r"\}":
            depth -= 1
        elif depth == 0 and t in "+-" and k > start:
            terms.append((sign, start, k))
            sign, start = t, k + 1
        elif depth == 0 and t in "+-":
            sign, start = t, k + 1
    terms.append((sign, start, hi))
    return terms


def _pattern(first_values, terms_norm, last_norm):
    """The index positions, start value and bound when terms_norm[j] is last_norm with str(v + j) there."""
    n = len(last_norm)
    if any(len(t) != n for t in terms_norm):
        return None
    diff = [i for i in range(n) if terms_norm[0][i] != last_norm[i]]
    if not diff or not terms_norm[0][diff[0]].isdigit():
        return None
    v = int(terms_norm[0][diff[0]])
    bound = last_norm[diff[0]]
    for j, t in enumerate(terms_norm):
        for i in range(n):
            want = str(v + j) if i in diff else last_norm[i]
            if t[i] != want:
                return None
    if any(last_norm[i] != bound for i in diff) or (bound.isdigit() and int(bound) < v + len(terms_norm)):
        return None
    if not (bound.isdigit() or re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", bound)):
        return None
    return diff, v, bound


def dots(text):
    edits = []
    toks = _tokens(text, 0, len(text))
    letters = {t for t, _ in toks if len(t) == 1 and t.isalpha()}
    index = next((c for c in "kjlmrst" if c not in letters), None)
    if index is None:
        return edits
    seen = 0
    for at, (t, _) in enumerate(toks):
        if not _DOTS.fullmatch(t):
            continue
        seen += 1
        if seen > MAX_DOTS:
            break
        if 0 < at < len(toks) - 1 and toks[at - 1][0] == "=" and toks[at + 1][0] == "=":
            edits.append((toks[at][1], toks[at + 1][1] + 1, [" "]))  # A = \cdots = B: steps left out, A = B
            continue
        lo, hi = _region(toks, at)
        terms = _terms(toks, lo, hi)
        here = next((q for q, (_, a, b) in enumerate(terms) if a == at and b == at + 1), None)
        if here is None:
            inside = next(((a, b) for _, a, b in terms if a <= at < b), None)
            edit = _product(toks, at, inside, index) if inside else None
            if edit:
                edits.append(edit)
            continue
        if here == 0 or here + 1 >= len(terms) or terms[here][0] != "+" or terms[here + 1][0] != "+":
            continue
        last = _normal(toks[terms[here + 1][1]:terms[here + 1][2]])
        found = None
        for k in range(min(here, 4), 0, -1):  # the most terms before the dots that follow the pattern
            group = terms[here - k:here]
            if any(sg != "+" for sg, _, _ in group[1:]):
                continue
            got = _pattern(None, [_normal(toks[a:b]) for _, a, b in group], last)
            if got:
                found = (k, got)
                break
        if not found:
            continue
        k, (diff, v, bound) = found
        _, a0, b0 = terms[here - k]
        edits.append(_generalized(toks, toks[a0:b0], diff, v, bound, index, terms[here + 1][1:], r"\sum", ""))
    return edits


def _generalized(toks, first, diff, v, bound, index, last_range, op, close):
    """The edit: from the first term's start to the end of the last one, `op_{index=v}^{bound}` and the first
    term with the index letter at the pattern's positions (as typed otherwise)."""
    norm_pos, q, mapping = 0, 0, []
    while q < len(first):  # normalized positions -> tokens, as _normal walks them
        t = first[q][0]
        if t in "_^" and q + 3 < len(first) and first[q + 1][0] == "{" and first[q + 3][0] == "}":
            mapping += [(norm_pos, q), (norm_pos + 1, q + 2)]
            norm_pos, q = norm_pos + 2, q + 4
            continue
        mapping.append((norm_pos, q))
        norm_pos, q = norm_pos + 1, q + 1
    swap = sorted(tq for npos, tq in mapping if npos in diff)
    end_tok = toks[last_range[1] - 1]
    start, end = first[0][1], end_tok[1] + len(end_tok[0])
    body, prev = [], start
    for tq in swap:
        pos, tok = first[tq][1], first[tq][0]
        body += [(prev, pos), index]
        prev = pos + len(tok)
    body.append((prev, first[-1][1] + len(first[-1][0])))
    up = bound if len(bound) == 1 or bound.isdigit() else "{" + bound + "}"
    return (start, end, [op + "_{%s=%d}^{%s} " % (index, v, up)] + body + ([" " + close] if close else []))


_OPEN_TOKS = ("(", "[", "{", r"\{")
_CLOSE_TOKS = (")", "]", "}", r"\}")
_SEPARATORS = (r"\cdot", r"\times", r"\,", r"\;", r"\!", "\\ ", r"\quad")


def _group_end_tok(toks, j):
    """Index after the group opening at toks[j] (a bracket, or \\left and its delimiter), or None."""
    depth = 0
    for k in range(j, len(toks)):
        t = toks[k][0]
        if t in _OPEN_TOKS:
            depth += 1
        elif t in _CLOSE_TOKS:
            depth -= 1
            if depth == 0:
                return k + 1
            if depth < 0:
                return None
    return None


def _units(toks, a, b):
    """The juxtaposed factors of toks[a:b] as (start, end) token ranges: a letter, number or command with its
    scripts and an argument in brackets, or a bracketed group; None when something else is met."""
    out, j = [], a
    while j < b:
        t = toks[j][0]
        if t in _SEPARATORS or t in (r"\left", r"\right", r"\big", r"\Big", r"\bigl", r"\bigr"):
            j += 1
            continue
        start = j
        if t in _OPEN_TOKS:
            j = _group_end_tok(toks, j)
        elif t in ("frac", r"\frac", r"\tfrac", r"\dfrac"):
            j = _group_end_tok(toks, j + 1)
            j = _group_end_tok(toks, j) if j is not None and j < b else None
        elif t.isalnum() or (t.startswith("\\") and t[1:].isalpha()):
            j += 1
            while j is not None and j < b and toks[j][0] in ("_", "^", "'"):
                if toks[j][0] == "'":
                    j += 1
                elif j + 1 < b and toks[j + 1][0] in _OPEN_TOKS:
                    j = _group_end_tok(toks, j + 1)
                else:
                    j += 2
            k = j
            while k is not None and k < b and toks[k][0] in (r"\left", r"\big", r"\Big", r"\bigl"):
                k += 1
            if k is not None and k < b and toks[k][0] in ("(", "[") and j is not None:
                j = _group_end_tok(toks, k)   # f(..), f\left( .. \right): the argument belongs to f
        else:
            return None
        if j is None or j > b:
            return None
        out.append((start, j))
    return out


def _product(toks, at, inside, index):
    """p(x_1) p(x_2) \\cdots p(x_N) -> \\left(\\prod_{k=1}^{N} p(x_k)\\right): the factors next to the dots."""
    a, b = inside
    before, after = _units(toks, a, at), _units(toks, at + 1, b)
    if not before or not after:
        return None
    last_range = after[0]
    last = _normal(toks[last_range[0]:last_range[1]])
    for k in range(min(len(before), 4), 0, -1):
        group = before[-k:]
        got = _pattern(None, [_normal(toks[u0:u1]) for u0, u1 in group], last)
        if got:
            diff, v, bound = got
            first = toks[group[0][0]:group[0][1]]
            return _generalized(toks, first, diff, v, bound, index, last_range, r"\left(\prod", r"\right)")
    return None


_NESTED = re.compile(r"\\sum_\{?\s*([A-Za-z])_\{?\s*1\s*\}?\s*\}?\s*(?:\\sum_\{?\s*\1_\{?\s*2\s*\}?\s*\}?\s*)?"
                     r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])\s*\\sum_\{?\s*\1_\{?\s*[A-Za-z]\s*\}?\s*\}?")


# \sum_{h_1 \in \{0,1\}} \cdots \sum_{h_m \in \{0,1\}} (each unit over one domain, written once per sum)
_LIMITS = r"(?:\\limits)?\s*"
_ONE_IN = r"\\sum" + _LIMITS + r"_\s*\{\s*%s\s*_\s*\{?\s*%s\s*\}?\s*\\in\s*%s\s*\}\s*"
_NESTED_IN = re.compile(_ONE_IN % (r"([A-Za-z]'*)", "1", r"(\\\{[^{}]{1,20}?\\\})") + r"(?:" + _ONE_IN % (r"\1", "2", r"\2") + r")?"
                        r"\\(?:cdots|dots|ldots|dotsc|dotsb)(?![A-Za-z])\s*" + _ONE_IN % (r"\1", r"([A-Za-z]|\d+)", r"\2"))


def nested_sums(text):
    """\\sum_{x_1} \\sum_{x_2} \\cdots \\sum_{x_n}: one sum over every configuration of x; with each unit's domain,
    \\sum_{h_1 \\in \\{0,1\\}} \\cdots \\sum_{h_m \\in \\{0,1\\}}: \\sum_{h \\in \\{0,1\\}^{m}} (the domain and the count kept)."""
    out = [(m.start(), m.end(), [r"\sum_{", (m.start(1), m.end(1)), "} "]) for m in _NESTED.finditer(text)]
    return out + [(m.start(), m.end(), [r"\sum_{", (m.start(1), m.end(1)), r" \in ", (m.start(2), m.end(2)), "^{",
                                        (m.start(3), m.end(3)), "}} "]) for m in _NESTED_IN.finditer(text)]
