"""Letters the vocabulary does not know are arbitrary (meaning_values.py): a row is valid when it holds for
every value of them, and a counterexample gives them values. Beside the model's objects that is not enough
to call a row `invalid`: a letter the document relates to the model only in prose (a temperature T, a
coupling J, a log normalizer A(theta), multipliers lambda_k) was drawn independently of the model by the
instances, and a counterexample that rests on that refutes nothing the author meant (DESIGN.md, "Several
readings, one verdict"). Such a step is `undecided`, naming the letters and how to declare the model. So is a step relating two
different unknowns (l(theta; x) := P(x; theta), one on each side): the author may be defining one by the other.
`proved` and `holds` stand: what holds for every value of the letters holds for the author's.
"""
from __future__ import annotations

import sympy


def arbitrary_in(*exprs) -> list[str]:
    """The arbitrary constants and functions (vocabulary/functions.py) in the expressions, by name; those
    written only as a value of the model's parameters (epsilon in Z(theta + epsilon)) are tied to the model by
    the notation itself and are left out."""
    from .vocabulary import Model
    from .vocabulary.functions import Arbitrary, ArbitraryFn, ParamValue, StateFn
    names = set()

    def visit(a):
        if isinstance(a, Model):
            return
        if isinstance(a, (Arbitrary, ParamValue)):   # theta_{t+1} = theta_t - eta g: a value defined, not a claim
            names.add(a.name)
        elif isinstance(a, ArbitraryFn):
            names.add(a.args[0].name)
        elif isinstance(a, StateFn) and _labelled_energy(a):
            names.add(f"{a.args[0].name}_{a.args[1].name}")
        for b in a.args:
            visit(b)

    for e in exprs:
        if e is not None:
            visit(sympy.sympify(e))
    return sorted(names)


def _labelled_energy(fn) -> bool:
    """E_{eff}(v), U_{RBM}(x), F_{\\text{rbm}}(x): an energy letter with a word under it is an energy of the author's
    (an effective energy, a named model's), which the prose relates to the model; read as a function of the state
    of its own, the instances draw it apart from the model."""
    name, index = fn.args[0], fn.args[1]
    return getattr(name, "name", "") in ENERGY_NAMES and isinstance(index, sympy.Symbol) and len(index.name) >= 2 \
        and index.name not in GREEK


ENERGY_NAMES = ("E", "U", "H", "F", "calE", "calH", "calF")
GREEK = frozenset("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho "
                  "sigma tau upsilon phi varphi chi psi omega".split())


def model_in(*exprs) -> bool:
    """Whether the expressions hold an object of the model (an energy, Z, p, an expectation under it, ...)."""
    from .vocabulary import Model
    from .vocabulary.divergences import Second
    return any(isinstance(a, (Model, Second)) for e in exprs if e is not None for a in sympy.preorder_traversal(e))


def tied_letters(lhs, rhs) -> list[str]:
    """The letters the vocabulary does not know in a step that sets them beside the model's objects (or
    relates two different unknowns on the two sides): the author may tie them to the model in words, which
    the checker cannot judge (readings.arbitrary_beside_model makes that a reading). [] when there are none,
    or when the step is a claim about the unknowns alone, for every value ((a + b)^2 = a^2 + b^2)."""
    names = arbitrary_in(lhs, rhs)
    if not names or lhs is None or rhs is None:
        return []
    left, right = set(arbitrary_in(lhs)), set(arbitrary_in(rhs))
    number = (not left and sympy.sympify(lhs).is_number) or (not right and sympy.sympify(rhs).is_number)
    if not model_in(lhs, rhs) and (left == right and not _entries_apart(lhs, rhs) or number):
        return []
    return names


def _entries_apart(lhs, rhs) -> bool:
    """Whether the two sides write different entries of the unknowns, each at a given index, and nothing else
    unknown: a_1 = 1 - a_2 relates two unknowns (of one name), a fact the author states about them (two classes'
    outputs), which a counterexample drawing them apart refutes nothing of (blind set 9b, doc 26). g(a + b) =
    g(a) + g(b) and sum_i w_i = N w_1 are claims for every value: an argument there is a letter."""
    from .vocabulary import Model
    from .vocabulary.functions import Arbitrary, ArbitraryFn, ParamValue

    def entries(e):
        out = set()

        def visit(a):
            if isinstance(a, Model):
                return
            if isinstance(a, (Arbitrary, ParamValue)):
                out.add(None)   # an unknown constant: not an entry at a given index
            elif isinstance(a, ArbitraryFn):
                out.add(a if all(x.is_number for t in a.args[1:] for x in t) else None)
                return
            for b in a.args:
                visit(b)
        visit(sympy.sympify(e))
        return out
    left, right = entries(lhs), entries(rhs)
    return bool(left) and bool(right) and None not in left | right and not left & right
