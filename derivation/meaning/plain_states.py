"""x, y, z, v, s, u written where the document gives them no part in a model: letters like any other.

The vocabulary reads x, y, z, v, h, s, u as states of the model (sum_domains.STATE_NAMES), so x_1 is the first data
point or is unreadable ("a state written x with index 1"), x_i beside z_i is "two letters for the data points", and
sigma(z), d/dz of a state, were not read. Documents use these letters for much else: logits z_i, targets y_i, the
intermediate variables x_1, x_2 of a chain rule, the argument of the logistic function. Unknown means arbitrary
(DESIGN.md): a letter with no role is an arbitrary quantity, one per index written.

A letter is respelled only where the document uses it as a number variable: written with an index (z_i, x_1, a
family of quantities), differentiated by (d/dz), or given to a function of numbers (sigma(z), tanh(z)). It keeps
the state's meaning wherever the document gives it one anywhere: written inside the arguments of a model object
(p, q, P, Q, pi, an energy E, U, H, a free energy F, Z, a loss L or J), inside an expectation, an average bracket
or a KL, as the variable of a sum, a product or an integral (or its differential), after `\\sim`, declared in a
set (x \\in \\{0, 1\\}), applied itself (z(theta): roles_functions.py), or in a row defining the model
(p(x) = e^{-E(x)} / z: z may be its Z, roles_marks.py); and no letter is respelled where the prose may give the
letters values (spins, binary units, a set declared): there an arbitrary value could refute what is meant. A bare
state used as a number (s^2 = 1) stays a state (state_numbers.py: never refuted on labels).

The letter is respelled, before the roles are read, as the mathematical italic letter of the same name (printed
so), which has no meaning of its own, as sigma_letter.py does for a sigma never applied. A row proved for every
value of it holds for states and data points too; a refutation gives the quantities the document wrote values
and prints them.
"""
from __future__ import annotations

import re

from .roles_letters import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, LOSS, PARTITION, SPELLED

# the state letters of sum_domains.STATE_NAMES, each with its mathematical italic letter (U+1D434..): one letter
# each, never a name the vocabulary knows (sum_domains is not imported: it sits above the roles)
ITALIC = {c: ("\u210e" if c == "h" else chr((0x1D44E if c.islower() else 0x1D434) + ord(c.lower()) - ord("a")))
          for c in "xyvhzsuXYV"}
PLAIN_LETTERS = frozenset(ITALIC.values())
_MODEL_HEADS = {(n, "") for n in DIST_LETTERS} | ENERGY_LETTERS | FREE_ENERGY | PARTITION | LOSS
_DEFINED = {(n, "") for n in DIST_LETTERS} | ENERGY_LETTERS   # rows that define the model
_AVERAGES = ("expect", "expect_given", "bracket", "kl", "sim", "in")
_BOUND = ("sum", "prod", "int")


def takes_numbers(head: str) -> bool:
    """sigma(a), tanh(a), max(a, b): the arguments of a function of numbers are numbers, never states, as a letter
    respelled here is in g(𝑥) (roles.find_roles: d/da sigma(a) and d/d𝑥 g(𝑥) are by a number)."""
    from .vocabulary.functions import EXTREMA, FIXED_MEANINGS
    return head in FIXED_MEANINGS or head in EXTREMA


def _letters(node, out: set) -> set:
    """Every letter name written anywhere in `node` (subscripts and arguments too)."""
    if isinstance(node, list):
        for a in node:
            _letters(a, out)
    elif isinstance(node, tuple) and node:
        if node[0] == "sym" and isinstance(node[1], str):
            out.add(node[1])
        for a in node[1:]:
            if isinstance(a, (tuple, list)):
                _letters(a, out)
    return out


def _model_states(node, out: set) -> None:
    """The letters `node` uses as states of a model (see the module's docstring)."""
    if isinstance(node, list):
        for a in node:
            _model_states(a, out)
        return
    if not (isinstance(node, tuple) and node and isinstance(node[0], str)):
        return
    kind = node[0]
    if kind == "mul":   # m a x(Z_i): the last letter of a name typed without its backslash is no function applied
        spelled = _spelled_heads(node[1:])
        for a in node[1:]:
            if isinstance(a, tuple) and a[:1] == ("app",) and id(a) in spelled:
                _model_states([a[2], a[3]], out)
            else:
                _model_states(a, out)
        return
    if kind == "app" and isinstance(node[1], tuple) and node[1][:1] == ("sym",):
        out.add(node[1][1])   # z(theta): a function the roles read (roles_functions.py), not a letter respelled
        if (node[1][1], node[1][2]) in _MODEL_HEADS:
            _letters(node[2], out)
            _letters(node[3], out)
    elif kind in ("d", "d_scope", "d_op") and isinstance(node[1], list) and _has_model_object(list(node[2:])):
        # nabla_x log Z_theta, d/dx E(x): a derivative by x of a model's object is by the state (its coordinate)
        out |= {v[1] for v, _ in node[1] if isinstance(v, tuple) and v[:1] == ("sym",)}
    elif kind in _AVERAGES:
        _letters(list(node[1:]), out)
    elif kind in _BOUND:
        _letters(node[1], out)
        if kind == "int" and len(node) > 4:
            _letters(node[4], out)
    for a in node[1:]:
        if isinstance(a, (tuple, list)):
            _model_states(a, out)


# prose or inline mathematics that may give a letter values of its own (spins, binary units, x \in \{..\}): then the
# letter may be such a state, whose square is 1 or itself, and an arbitrary reading could refute what is meant
_VALUES = re.compile(r"(?i)\bspins?\b|\bbinary\s+(?:units?|variables?|states?|values?|neurons?|vectors?|nodes?|"
                     r"visible|hidden|random|valued)\b|\bising\b|\u00b1\s*1|\\pm\s*1|\\in\s*\\?\\\{|\\in\s*\\mathcal")


def _numbers(node, out: set) -> set:
    """The letters `node` uses as number variables: indexed, differentiated by, or given to sigma, tanh, max."""
    if isinstance(node, list):
        for a in node:
            _numbers(a, out)
        return out
    if not (isinstance(node, tuple) and node and isinstance(node[0], str)):
        return out
    if node[0] == "sym" and isinstance(node[1], str) and node[3] is not None:
        out.add(node[1])
    elif node[0] in ("d", "d_scope", "d_op") and isinstance(node[1], list):
        out |= {v[1] for v, _ in node[1] if isinstance(v, tuple) and v[:1] == ("sym",)}
    elif node[0] == "app" and isinstance(node[1], tuple) and node[1][:1] == ("sym",) and takes_numbers(node[1][1]):
        out |= {a[1] for a in node[2] if isinstance(a, tuple) and a[:1] == ("sym",)}
    for a in node[1:]:
        if isinstance(a, (tuple, list)):
            _numbers(a, out)
    return out


def _has_model_object(node) -> bool:
    """Whether `node` writes a model's object (Z, F, E, p, q, L, ... applied or not) or an average."""
    if isinstance(node, list):
        return any(_has_model_object(a) for a in node)
    if not (isinstance(node, tuple) and node and isinstance(node[0], str)):
        return False
    if node[0] in _AVERAGES[:4] or node[0] == "sym" and isinstance(node[1], str) and (node[1], node[2]) in _MODEL_HEADS:
        return True
    return any(_has_model_object(a) for a in node[1:] if isinstance(a, (tuple, list)))


def _numbered_and_summed(asts) -> set:
    """Letters written with a numeral (z_1, z_2) and summed over an index with no numeral upper limit (sum_k z_k):
    how many there are is unwritten, and read as arbitrary quantities a count below 2 would refute what two
    logits z_1, z_2 make true (softmax(z)_1 = sigma(z_1 - z_2)): such letters stay states (unread, never refuted)."""
    numbered, summed = set(), set()

    def visit(node):
        if isinstance(node, list):
            for a in node:
                visit(a)
            return
        if not (isinstance(node, tuple) and node and isinstance(node[0], str)):
            return
        if node[0] == "sym" and isinstance(node[1], str) and isinstance(node[3], tuple) and node[3][0] == "num":
            numbered.add(node[1])
        if node[0] == "sum" and not (isinstance(node[2], tuple) and node[2][0] == "num"):
            summed.update(n[1] for n in _syms(node[3]) if n[3] is not None)
        for a in node[1:]:
            if isinstance(a, (tuple, list)):
                visit(a)
    visit(asts)
    return numbered & summed


def _syms(node):
    if isinstance(node, list):
        for a in node:
            yield from _syms(a)
    elif isinstance(node, tuple) and node and isinstance(node[0], str):
        if node[0] == "sym" and isinstance(node[1], str):
            yield node
        for a in node[1:]:
            if isinstance(a, (tuple, list)):
                yield from _syms(a)


def _spelled_heads(factors) -> set:
    """ids of the applications in a product whose head ends a name typed letter by letter (m a x(..), l o g(..))."""
    out, letters = set(), ""
    for f in factors:
        head = f[1] if isinstance(f, tuple) and f[:1] == ("app",) else f
        if isinstance(head, tuple) and head[:1] == ("sym",) and isinstance(head[1], str) and len(head[1]) == 1 \
                and head[3] is None:
            letters += head[1]
            if f[0] == "app":
                if any(letters.endswith(w) and len(w) > 1 for w in SPELLED):
                    out.add(id(f))
                letters = ""
        else:
            letters = ""
    return out


def plain_states(asts, text: str = "", rows=()) -> dict:
    """{letter: its italic respelling} for the state letters the document writes but never uses as a model's state;
    none where the document's text may give its letters values (spins, binary units, a declared set). A row that
    defines the model, p(x) = e^{-E(x)} / z, E(x) = ..., keeps every letter it writes (z may be the model's Z:
    roles_marks.py)."""
    if _VALUES.search(text):
        return {}
    written, used = set(), set()
    for a in asts:
        if isinstance(a, tuple):
            _numbers(a, written)
            _model_states(a, used)
    used |= _numbered_and_summed([a for a in asts if isinstance(a, tuple)])
    for sides in rows:
        # a letter written alone as a row's left side, `x = 0` in the prose, `x_j = b_j + ...`: a value or a definition
        # given, which a state never takes but a letter would be bound to (a prime on a function of it was then read
        # at that value, sigma'(x) refuted; a definition after its use was missed)
        first = sides[0] if sides and isinstance(sides[0], tuple) else None
        if first is not None and first[0] == "sym" and first[5] is None:   # x = 0, x_j = b_j + ...: a definition
            used.add(first[1])
        head = first[1] if first is not None and first[0] == "app" else None
        if isinstance(head, tuple) and head[:1] == ("sym",) and (head[1], head[2]) in _DEFINED:
            _letters([s for s in sides if isinstance(s, tuple)], used)
    return {c: ITALIC[c] for c in sorted((written & set(ITALIC)) - used)}


def respell_plain(node, plain: dict):
    """`node` with every letter of `plain` written as its respelling (marks, indices and arguments kept)."""
    if isinstance(node, list):
        return [respell_plain(a, plain) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "sym" and isinstance(node[1], str) and node[1] in plain:
        return ("sym", plain[node[1]], *(respell_plain(a, plain) if isinstance(a, (tuple, list)) else a
                                         for a in node[2:]))
    return tuple(respell_plain(a, plain) if isinstance(a, (tuple, list)) else a for a in node)
