"""What went wrong in a step about the general vocabulary, in words: the two sides differ by a term
the chapter names (log Z, an entropy, a phase, an expectation of the gradient), or by a factor (beta,
1/beta, -1). Each detector compares normal forms (derivation/meaning/normal_form.py): a name is given only when
the difference (or the ratio) of the two sides is exactly that quantity, for every instance."""
from __future__ import annotations

import sympy
from sympy import Derivative, log

from derivation.meaning.normal_form import Normalizer, same_value
from derivation.meaning.vocabulary import (Entropy, Expect, Model, ModelDist, ModelEnergy, ModelPartition, SecondDist, State)


def _nf(e):
    return Normalizer().norm(e)


def _candidates(lhs, rhs):
    """(name, expression) of the quantities a slip typically drops or adds."""
    out = []
    from derivation.meaning.vocabulary import Model
    for m in sorted((lhs + rhs).atoms(Model), key=str):
        z = ModelPartition(m)
        out.append(("log Z (the log-partition term)", log(z)))
        if m.beta != 1:
            out.append(("(1/β) log Z", log(z) / m.beta))
        y = State("y")
        for v in sorted((lhs.free_symbols | rhs.free_symbols) & set(m.params.free_symbols) | set(
                d for D in (lhs + rhs).atoms(Derivative) for d in D.variables), key=str):
            out.append((f"the model phase E_p[∂E/∂{sympy.pretty(v)}]", Expect(Derivative(ModelEnergy(y, m), v), y, ModelDist(m))))
    from derivation.meaning.vocabulary.divergences import KL
    # KL(q || p) = E_q[E] + log Z - H(q): the entropy of KL's first distribution is a term a slip drops
    entropies = set((lhs + rhs).atoms(Entropy)) | {Entropy(k.args[0]) for k in (lhs + rhs).atoms(KL)}
    for e in sorted(entropies, key=str):
        out.append(("the entropy " + ("H(q)" if isinstance(e.args[0], SecondDist) else "H"), e))
    for e in (lhs + rhs).atoms(Expect):
        out.append(("an expectation the other side lacks", e))
    return out


def vocabulary_slips(lhs, rhs, lhs_nf, rhs_nf) -> list[str]:
    if lhs_nf is None or rhs_nf is None:
        return []
    out = []
    try:
        diff = sympy.expand(lhs_nf - rhs_nf)
        for name, q in _candidates(lhs, rhs):
            qn = _nf(q)
            for sign, word in ((1, "dropped from the right side (or added to the left)"),
                               (-1, "added to the right side (or dropped from the left)")):
                if same_value(diff, sign * qn):
                    out.append(f"The two sides differ by exactly {name}: it was {word}.")
                    return out
            for k in (2, -2):
                if same_value(diff, k * qn):
                    out.append(f"The two sides differ by {k} times {name}: a sign was flipped on it.")
                    return out
        swap = _phases_swapped(lhs, rhs, diff)
        if swap:
            return [swap]
        for name, f in (("β", None), ("1/β", None), ("-1", -1)):
            beta = next((m.beta for m in (lhs + rhs).atoms(Model) if m.beta != 1), None)
            k = -1 if f == -1 else (beta if name == "β" else 1 / beta) if beta is not None else None
            if k is not None and same_value(lhs_nf, k * rhs_nf):
                out.append(f"The left side is {name} times the right side: a factor {name} was lost or gained.")
                return out
    except (RecursionError, ValueError, TypeError, AttributeError, NotImplementedError):
        return []
    return out


def _phases_swapped(lhs, rhs, diff):
    """-E_{p(h|v)}[dE] + E_{p(v,h)}[dE] written the other way round: the sides differ by twice the gap."""
    from sympy import Tuple
    from derivation.meaning.notation import x
    from derivation.meaning.vocabulary import Hidden, Model, PosteriorDist
    for m in (lhs + rhs).atoms(Model):
        if not m.hidden:
            continue
        for v in sorted({d for D in (lhs + rhs).atoms(Derivative) for d in D.variables}, key=str):
            for s in sorted((lhs.free_symbols | rhs.free_symbols) & ({x} | {a for a in lhs.free_symbols
                                                                           if isinstance(a, State)}), key=str):
                y, h = State("y"), Hidden("g")
                joint = Expect(Derivative(ModelEnergy(y, m), v), y, ModelDist(m))
                post = Expect(Derivative(ModelEnergy(Tuple(s, h), m), v), h, PosteriorDist(s, m))
                gap = _nf(joint - post)
                if same_value(diff, 2 * gap) or same_value(diff, -2 * gap):
                    return ("The posterior phase E_{p(h|v)}[∂E/∂θ] and the joint phase E_{p(v,h)}[∂E/∂θ] were "
                            "swapped: ∂ log p(v)/∂θ = -E_{p(h|v)}[∂E(v,h)/∂θ] + E_{p(v,h)}[∂E/∂θ].")
    return None
