"""A state's space declared in inline mathematics (`Here $x \\in \\{-1, +1\\}$`, `$x \\in \\{0, 1\\}^d$`) binds
the rows after it (issue 18, part 5).

The checker's state x is one of K states, and where a row uses x as a number (e^{a x}, x^2) it is the
state's label 1..K: that is not what the author declared. So, for a row after such a declaration whose
reading uses the declared letter as a number (or sums over it a body that lost it, as x_i read as a
data point):

    x in {s_1, ..., s_n}   the sums over x are over the declared values: sum_x f(x) = f(s_1) + ... + f(s_n)
                           (a value inside an object of the vocabulary, E(x), is the state's label k), and
                           the row is judged again so; where the row also holds other objects of the
                           vocabulary (Z, p, an expectation: they range over the instance's K states) or
                           uses x free as a number, it is `undecided`, naming the declaration;
    x in {..}^d            a vector of d units, which the checker does not read as its state: `undecided`.

A row that uses x only as a state (E(x), p(x)) is judged as before: an opaque state of a finite space.
"""
from __future__ import annotations

import re
from dataclasses import replace

import sympy

from derivation.meaning.number_uses import objects_of as _objects, used_as_number as _used_as_number   # shared with state_numbers.py
from derivation.read.declared_values import declarations as _read_declarations


def declarations(text: str) -> list:
    """The document's declarations of values (read/declared_values.py), their values as SymPy numbers."""
    return [replace(d, values=tuple(sympy.Rational(v.numerator, v.denominator) for v in d.values))
            for d in _read_declarations(text)]


def outside_premises(rep, found, line):
    """An `invalid` whose counterexample gives a letter a value the prose excludes before the row (`$a > 0$`,
    premises of read/declared_values.py) is `undecided`: it refutes nothing the document says (blind hostile set 11,
    F13: log(a^2 b) = 2 log a + log b beside `Let $a > 0$ and $b > 0$` was refuted at a = -1)."""
    if rep.verdict != "invalid" or not found or rep.counterexample is None:
        return rep
    tables = getattr(rep.counterexample.instance, "tables", {}) or {}
    values = {str(k)[:-2].strip(): v for k, v in tables.items() if str(k).endswith(" =")}
    for at, letters, op, bound, written in found:
        if line is not None and at >= line:
            continue
        for letter in letters:
            v = values.get(letter)   # the instance names a point by its symbol: `beta =`, `a =` (instance._point)
            if v is None:
                continue
            try:
                v = sympy.Rational(str(v)) if not isinstance(v, sympy.Basic) else v
                inside = bool({">": v > bound, "<": v < bound, ">=": v >= bound, "<=": v <= bound}[op])
            except (TypeError, ValueError, SyntaxError):
                continue
            if not inside:
                return replace(rep, verdict="undecided", limit="definition", counterexample=None, rules=(),
                               explanation=f"Undecided: the counterexample gives {letter} = {v}, which the premise "
                                           f"{written} (line {at}) excludes: it refutes nothing the document says.")
    return rep


def tied(rep, found, line, lhs=None, rhs=None):
    """An `invalid` whose row uses a letter the prose ties to another (`$\\beta = 1/T$`) is `undecided`: the
    checker drew them apart, which refutes nothing the author meant; `proved`/`holds` for independent letters
    hold for tied ones too."""
    if rep.verdict != "invalid" or not found:
        return rep
    st = rep.step
    names = {getattr(v, "name", "") for side in ((st.lhs if lhs is None else lhs), (st.rhs if rhs is None else rhs))
             for v in side.free_symbols}
    from derivation.meaning.meaning import Defined
    bound = {getattr(d.args[0], "name", "") for side in ((st.lhs if lhs is None else lhs), (st.rhs if rhs is None else rhs))
             for d in side.atoms(Defined)}   # beta = 1/T read as T's definition (meaning/defined_first.py): respected
    for at, letters, written in found:
        if line is not None and at < line and len(names & letters) >= 2 and not letters & bound:
            return replace(rep, verdict="undecided", limit="definition", counterexample=None, rules=(),
                           explanation=f"Undecided: the prose ties {', '.join(sorted(letters))} ({written}, line {at}), "
                                       "which the checker reads as independent quantities; its counterexample draws "
                                       "them apart, which refutes nothing the document says (write the tie as a row "
                                       "of its own to have it judged).")
    return rep


def _is_state(sym) -> bool:
    from derivation.meaning.state_numbers import is_state
    return is_state(sym)


def _named(sym, letter, written="") -> bool:
    """`letter` "" (words only) names every letter; the post's state x is the state whatever letter the row
    wrote for it (s^2 reads as x^2), so it is named by a letter the step's rows (`written`) write."""
    from derivation.meaning.notation import x
    return isinstance(sym, sympy.Symbol) and (sym.name.lstrip("_") == letter or not letter or (
        sym == x and bool(written) and re.search(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z])", written) is not None))


def _state_sums(e, letter):
    return [s for s in e.atoms(sympy.Sum) if len(s.limits) == 1 and _named(s.limits[0][0], letter)
            and s.limits[0][1] == 1 and getattr(s.limits[0][2], "name", "") == "K"]


def _at(body, var, label, value):
    inside = {o: o.xreplace({var: label}) for o in _objects(body) if var in o.free_symbols}
    return body.xreplace(inside).xreplace({var: value})


def _bound(e, decl):
    """e with every sum over the declared letter written out over its values; None when it cannot be."""
    def out(s):
        (var, _, _), = s.limits
        return sympy.Add(*[_at(s.function, var, k + 1, v) for k, v in enumerate(decl.values)])
    return e.replace(lambda a: a in sums, out) if (sums := set(_state_sums(e, decl.letter))) else e


def _concerned(decl, lhs, rhs, written="") -> bool:
    """The row's reading uses the declared letter as a number, or sums over it a body that lost it."""
    for side in (lhs, rhs):
        for s in _state_sums(side, decl.letter):
            var = s.limits[0][0]
            if _used_as_number(s.function, var) or (decl.vector and var not in s.function.free_symbols):
                return True
        if any(_named(v, decl.letter, written) and _is_state(v) and _used_as_number(side, v)
               for v in side.free_symbols):
            return True
    return False


def _units_as_data(letter, lhs, rhs, written) -> bool:
    """The row writes the declared letter with an index (s_i) and its reading has data points x^(i): the units of
    the declared vector read as data points, whose values are drawn freely (s_i^2 = 1 was refuted so)."""
    from derivation.meaning.notation import DataPoint
    if not letter or not re.search(rf"(?<![\\A-Za-z]){letter}\s*_", written or ""):
        return False
    return any(isinstance(side, sympy.Basic) and side.has(DataPoint) for side in (lhs, rhs))


def _lone_point(lhs, rhs):
    """The one data point x^(i) a row holds, when it is the row's only object and no sum binds anything: a unit s_i
    of a declared vector read so, which the row can be judged at each declared value of; else None."""
    from derivation.meaning.notation import DataPoint
    sides = [e for e in (lhs, rhs) if isinstance(e, sympy.Basic)]
    found = {o for e in sides for o in _objects(e)}
    points = {o for o in found if isinstance(o, DataPoint)}
    if len(points) != 1 or found - points or any(e.has(sympy.Sum, sympy.Product, sympy.Derivative) for e in sides):
        return None
    return points.pop()


def _undecided(rep, why):
    return replace(rep, verdict="undecided", limit="declaration", counterexample=None, rules=(),
                   explanation=f"Undecided: {why}.")


def judge(rep, decls, line, timeout=None, lhs=None, rhs=None, written="", main=True):
    """The step report `rep` of a row at `line` (the step's rows as `written`), judged under the declarations
    made before it; with none, state_numbers.py says what a state used as a number may mean in the main reading
    (another reading refuted on the labels keeps the row from `proved`, as it did: `main` False)."""
    if rep.verdict == "unreadable":
        return rep
    st = rep.step
    lhs, rhs = (st.lhs if lhs is None else lhs), (st.rhs if rhs is None else rhs)
    latest = {}
    for d in decls:
        if line is not None and d.line < line:
            latest[d.letter] = d
    if "" in latest and len(latest) > 1:   # a set declared in the mathematics: words do not speak
        del latest[""]
    for d in latest.values():
        if rep.verdict == "invalid" and d.vector and _units_as_data(d.letter, lhs, rhs, written):
            point = _lone_point(lhs, rhs)
            if point is not None:   # e^{a s_i} = cosh a + s_i sinh a beside $s_i = \pm 1$: the row at each value
                return _at_each(rep, d, point, lhs, rhs, timeout)
            return _undecided(rep, f"the document declares {d.words()}, a vector of units, and the row's "
                                   f"{d.letter}_i, a unit of it, is read as a data point x^(i) of any value")
        if not _concerned(d, lhs, rhs, written):
            continue
        if not d.letter:
            return _undecided(rep, "the prose speaks of spins, and the row uses a state as a number, but no set "
                                   "of values is declared in the mathematics (declare it beside the display, e.g. "
                                   "$x \\in \\{-1, +1\\}$)")
        if d.vector:
            return _undecided(rep, f"the document declares {d.words()}, a vector of units, and the checker "
                                   f"reads {d.letter} in this row as one state of a finite space, not as that vector")
        a, b = _bound(lhs, d), _bound(rhs, d)
        from derivation.meaning.vocabulary.functions import ArbitraryFn
        left = [o for side in (a, b) for o in _objects(side) if not isinstance(o, ArbitraryFn)]
        free = {v for side in (a, b) for v in side.free_symbols if _named(v, d.letter, written) and _is_state(v)}
        if free and not left and len(free) == 1 and not any(getattr(v, "name", "") == "K" for side in (a, b)
                                                              for v in side.free_symbols):
            return _at_each(rep, d, free.pop(), a, b, timeout)   # s^2 = 1: the row at each declared value
        if left or free or any(getattr(v, "name", "") == "K" for side in (a, b) for v in side.free_symbols):
            return _undecided(rep, f"the document declares {d.words()}; the row uses {d.letter} as a number beside "
                                   "objects that range over the checker's own states, so it cannot be read with "
                                   "that declaration")
        from .check import check_step
        again = check_step(a, b, st.justification, step=st, timeout=timeout)
        return replace(again, explanation=f"With {d.letter} in {{{', '.join(map(str, d.values))}}} as "
                                                   f"the document declares ({d.words()}): {again.explanation}")
    from derivation.meaning.state_numbers import judge as undeclared
    return undeclared(rep, lhs, rhs, timeout) if main else rep


def _at_each(rep, d, var, a, b, timeout):
    """A free declared state used as a number (s^2 = 1 beside $s \\in \\{-1, +1\\}$): the row judged at each
    declared value; valid when valid at every one, refuted at the first value that refutes it."""
    from .check import check_step
    seen = []
    for v in d.values:
        one = check_step(a.xreplace({var: v}), b.xreplace({var: v}), rep.step.justification, step=rep.step,
                         timeout=timeout)
        if one.verdict == "invalid" or one.verdict not in ("proved", "holds"):
            why = f"With {d.letter} = {v}, one of the values the document declares ({d.words()})"
            return replace(one, explanation=f"{why}: {one.explanation}") if one.verdict == "invalid" else \
                _undecided(rep, f"{why}, the row is {one.verdict}")
        seen.append(one)
    best = "proved" if all(o.verdict == "proved" for o in seen) else "holds"
    return replace(seen[-1], verdict=best, explanation=f"Valid at each value {d.letter} takes as the document "
                   f"declares ({d.words()}): " + "; ".join(f"{d.letter} = {v}: {o.verdict}" for v, o in zip(d.values, seen)) + ".")
