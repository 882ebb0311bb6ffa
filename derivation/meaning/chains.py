"""A read document -> the checker's Chains: one per derivation (a chain may run across displays).

Each side of a row becomes a chain Row joined to the one before by the row's relation:
`a = b = c` gives Row(b, lhs=a) then Row(c); `a \\approx b` gives Row(a) (a new start) then
Row(b, relation="approx", judged=False), so an approximation is shown and never judged, and the
claim does not run across it. An unreadable side stays in place as Row(None, error=...): every
judged step touching it is `unreadable`, the others go on.

Only the structure is decided here; the meaning of each side comes from the vocabulary, through one
reader for every document, the post included: general.py parses a side, roles.py gives the letters
their roles from the whole document, meaning.py translates the sides in document order (so a
definition of a new symbol applies to the rows after it).
"""
from __future__ import annotations

from dataclasses import replace

from .chain import Chain, Row
from .condition_rows import CONDITION, EQUIVALENCE, cued_rows, equivalence_rows, is_condition
from .likelihood_reading import likelihood_readings, maximizes_loglik
from .readings import row_readings
from .entries_rows import entry_rows
from .document_bindings import bind_roles, define_up_front, mixed_units, same_point_readings, set_units
from .model_ties import known_letters
from .parse_readings import ambiguous_letters, as_product, log_scope, unit_value
from .point_numbers import note_points
from .row_ties import tie_late
from .roles_choice import tie_seconds
from .second_definitions import bind_second, defines_second
from derivation.read.reader import (MAX_NESTING, MAX_SIDE_CHARS, Document, Problem, ReadRow, _compact, _depth_ok,
                     _mark_error)


def _safe(convert, node):
    try:
        from .built import built_safely
        return built_safely(convert, node), None
    except RecursionError:
        return None, "too deeply nested to convert"
    except Exception as e:  # noqa: BLE001 - an AST the vocabulary cannot turn into SymPy: unreadable
        what = getattr(e, "what", None)
        return None, what or f"cannot be read ({type(e).__name__}: {e})"


class _Unread:
    """The general reader failed on the whole document: every row is unreadable, with the reason."""

    def __init__(self, why: str):
        self.why = why

    def row(self, rr: ReadRow):
        return [None] * len(rr.sides), [f"line {rr.line}: {self.why}"] * len(rr.sides), (), False


class GeneralMeaning:
    """Sides read by the general reader, with the letters' roles found in the whole document."""

    def __init__(self, doc: Document, reads: list[ReadRow], api):
        self.doc, self.api = doc, api
        parse_general, find_roles, meaning_cls = api["parse_general"], api["find_roles"], api["Meaning"]
        self.asts: dict = {}
        self.alt_asts: dict = {}   # a side's other parses (parse_readings.py): [(assumes, hint, ast)]
        for rr in reads:
            for k, t in enumerate(rr.texts):
                if t is None or not t.text.strip():
                    continue
                t = _compact(t)
                read, err = (rr.sides[k], rr.side_errors[k]) if k < len(rr.sides) else (None, None)
                if isinstance(err, Problem):   # the reader parsed each side once (reader_sides.py): its error
                    self.asts[(id(rr), k)] = err
                    continue
                if len(t.text) > MAX_SIDE_CHARS or not _depth_ok(t.text):  # the reader's limits hold here too
                    line, col = doc.source.position(t.source_offset(0))
                    self.asts[(id(rr), k)] = Problem(line, col, f"a side longer than {MAX_SIDE_CHARS} characters "
                                                     f"or nested deeper than {MAX_NESTING} (not read)")
                    continue
                try:
                    self.asts[(id(rr), k)] = read if isinstance(read, tuple) else parse_general(t.text)
                    alt = log_scope(t.text, self.asts[(id(rr), k)], parse_general)
                    if alt is not None:
                        self.alt_asts.setdefault((id(rr), k), []).append(alt)
                except Exception as e:  # noqa: BLE001 - ReadError (located) or anything else: unreadable
                    off = t.source_offset(getattr(e, "offset", 0) or 0)
                    line, col = doc.source.position(off)
                    what = getattr(e, "what", None) or f"cannot be read ({type(e).__name__}: {e})"
                    self.asts[(id(rr), k)] = Problem(line, col, what, getattr(e, "expected", ""))
            sides = [self.asts.get((id(rr), k)) for k in range(len(rr.texts))]
            for k, a in enumerate(sides):   # p(h_i | v): P(h_i = 1 | v) too (parse_readings.py; read helper)
                alt = unit_value(a, [x for x in sides if isinstance(x, tuple)]) if isinstance(a, tuple) else None
                if alt is not None:
                    self.alt_asts.setdefault((id(rr), k), []).append(alt)

        entry_rows(reads, self.asts, self.alt_asts, Problem, doc.source)   # grad grad^T f: entries (entries_rows.py)
        same_point_readings(reads, self.asts, self.alt_asts)   # x beside x^+: document_bindings.py
        from .roles_marks import plain_calligraphic, respell
        cal = plain_calligraphic([n for a in self.asts.values() if not isinstance(a, Problem) for n in api["walk"](a)])
        if cal:   # \\mathcal{P}(x; theta) in a document without a plain P: the letter P in another font
            self.asts = {k: a if isinstance(a, Problem) else respell(a, cal) for k, a in self.asts.items()}
            self.alt_asts = {k: [(*alt[:-1], respell(alt[-1], cal)) for alt in v] for k, v in self.alt_asts.items()}
        from .explicit_case import respell_document   # E(V, H) over v_i, h_j; sigma never applied (explicit_case.py)
        self.asts, self.alt_asts = respell_document(self.asts, self.alt_asts, [
            [self.asts.get((id(rr), k)) for k in range(len(rr.texts))] for rr in reads], Problem, doc.source.text)
        good = [a for a in self.asts.values() if not isinstance(a, Problem)]
        letters = ambiguous_letters(good)   # c(x) where c is also written alone: c times x too
        for key, a in list(self.asts.items()):
            alt = as_product(a, letters) if not isinstance(a, Problem) else None   # Z_theta(a): also a product
            if alt is not None:
                self.alt_asts.setdefault(key, []).append(alt)
        self.roles = find_roles(good, doc.source.text, rows=[
            [a for a in (self.asts.get((id(rr), k)) for k in range(len(rr.texts))) if not isinstance(a, Problem)]
            for rr in reads])
        bind_roles(self, reads, good)   # eta = log lambda, beta = 1/(k_B T), U = <E>, k_B: document_bindings.py
        from .meaning_functions import written_bare
        self.roles.written_bare = written_bare(good)   # sigma also a number: sigma(u) is not the logistic
        from .meaning_vectors import vector_letters   # a^T b: a, b vectors (T never a number here)
        self.roles.vector_letters, self.roles.vector_functions = vector_letters(good)
        self.roles.vectors |= self.roles.vector_letters
        explicit = api.get("explicit_meaning")  # explicit energies over units (explicit.py)
        rows = [[self.asts.get((id(rr), k)) for k in range(len(rr.texts))] for rr in reads]
        from .document_facts import note_facts   # f(x) = .. rows, x ~ p(data), joints P(x, z) of their own
        note_facts(self.roles, rows, good)
        note_points(self.roles, good, doc.source.text)   # y_i beside x_i, only ever a number: point_numbers.py
        from .roles_data_default import declare_distributions   # `Let $q$ be a distribution`: not the data
        declare_distributions(self.roles, rows, doc.source.text)
        self.m = (explicit and explicit(rows, self.roles, doc.source.text)) or meaning_cls(self.roles)
        # the other plausible readings of a row (derivation/meaning/readings.py), each a meaning of its own that
        # sees every definition: (assumes, hint, meaning, whether a row has this reading); readings_others.py
        from .readings_others import other_meanings
        self.others, self.strict = other_meanings(self.roles, meaning_cls, explicit, rows, doc.source.text, lambda rr: [
            self.asts.get((id(rr), k)) for k in range(len(rr.texts))])
        from derivation.read.units_declared import BINARY_READING
        er = getattr(self.m, "er", None)
        self.units = getattr(er, "units", None)
        if self.units is not None and self.units.ambiguous:   # spins in words only: binary units too
            mu = explicit(rows, self.roles, doc.source.text)
            mu.er.spin = 0
            self.others.append((*BINARY_READING, mu, lambda rr: True))
        define_up_front(self)   # the letters first written where defined: document_bindings.py
        self.alternatives: dict = {}
        from .model_ties import ModelTies
        self.ties = ModelTies(getattr(self.roles, "params", ()))
        self.ties.untied_hats = getattr(self.roles, "unnorm_hats", set()) - getattr(self.roles, "hats_tied", set())
        self.ties.marks_tied = set(getattr(self.roles, "hats_tied", ()))   # p = \\tilde p / Z ties \\tilde p too
        from .model_ties import unbound_space   # $s_1, s_2 \in \{-1, +1\}$ beside the general model: not bound
        self.ties.unbound = unbound_space(doc.source.text, self.m)
        self.ties.prepare([(rr.line, [self.asts.get((id(rr), k)) for k in range(len(rr.texts))],
                            rr.relations[1] if len(rr.relations) > 1 else None) for rr in reads])
        from .model_ties import bindable_letters
        from .explicit_later import energy_line   # rows before an explicit energy's definition (explicit_later.py)
        self.energy_line = energy_line(reads, lambda rr: [self.asts.get((id(rr), k)) for k in range(len(rr.texts))],
                                       getattr(self.m, "er", None))
        self.loglik = maximizes_loglik(doc.source.text)   # L as log p(v), a reading (likelihood_reading.py)
        self.bindable = bindable_letters([[a for a in (self.asts.get((id(rr), k)) for k in range(len(rr.texts)))
                                           if isinstance(a, tuple)] for rr in reads], getattr(self.roles, "params", ()))

    def meanings(self):
        return [self.m] + [o[2] for o in self.others if o[2] is not None]

    def _each(self, define):
        """A definition given to every meaning: the main one's failure makes the row unreadable; another
        reading that cannot take it (beta = 1 where beta is written) cannot respect it, so it is dropped."""
        define(self.m)
        kept = []
        for o in self.others:
            try:
                define(o[2])
                kept.append(o)
            except Exception:  # noqa: BLE001 - that reading can no longer respect the document's definitions
                kept += [(o[0], o[1], None, o[3])] if o[0] in getattr(self, "strict", ()) else []   # unread: undecided
        self.others = kept

    def row(self, rr: ReadRow):
        """(exprs, errors, notes, definition?) of a row's sides; a row that uses letters an unbound model
        row ties to the model gets a reading that cannot be judged (model_ties.py)."""
        out = self._row(rr)
        sides = [self.asts.get((id(rr), k)) for k in range(len(rr.texts))]
        defs = getattr(self.m, "defs", {})   # a letter the document defined reads its definition's letters too
        self.ties.see(rr, sides, bound=any("energy" in n or "second distribution" in n for n in out[2]), known=known_letters(self.m, self.roles, self.asts),
                      unread=any(out[1]),
                      through={k[1]: v[1] for k, v in defs.items() if isinstance(k, tuple) and len(k) == 2 and k[0] == "def"})
        tie_seconds(self.ties.tied, rr, self.roles, sides)   # q beside p, tied to the model in words only
        tie_late(self.ties, rr, self.m, sides, self.energy_line, self.roles, out[0])   # energy written later; y_i in {0, 1}
        return out

    def _row(self, rr: ReadRow):
        api, m = self.api, self.m
        sides = [self.asts.get((id(rr), k)) for k in range(len(rr.texts))]
        errors = [str(s) if isinstance(s, Problem) else None for s in sides]
        if self.roles.problems:
            what, hint = self.roles.problems[0]
            tail = f" (expected {hint})" if hint else ""
            return [None] * len(sides), [f"line {rr.line}: {what}{tail}" if s is not None else None
                                         for s in sides], (), False
        notes, definition = [], False
        forms = {id(mm): getattr(mm, "form", None) for mm in self.meanings()}   # family_values.py
        if self.units is not None and self.units.declared:  # the unit set declared before this row binds it
            if self.units.mixed_at(rr.line):   # v in {0,1}^n, h in {-1,+1}^m: one unit set per model is read
                return mixed_units(rr.line, sides)
            for mm in self.meanings():
                if getattr(mm, "er", None) is not None:
                    set_units(mm, self.units.spin_at(rr.line))
        refused = m.refuse(sides) if hasattr(m, "refuse") else None
        for o in self.others:   # the other meanings keep their state (a clamped row) in step
            if hasattr(o[2], "refuse"):
                o[2].refuse(sides)
        if refused:  # explicit.py: e.g. a Gaussian closed form, true for Lebesgue measure only
            return [None] * len(sides), [f"line {rr.line}: {refused}"] * len(sides), (), False
        if hasattr(m, "explicit_row") and not any(isinstance(s, Problem) or s is None for s in sides[:2]):
            try:
                kind = m.explicit_row(sides)
                for o in self.others:   # the energy's definition binds every reading
                    if hasattr(o[2], "explicit_row"):
                        o[2].explicit_row(sides)
                if kind:
                    notes.append("defines the energy: it means this in later rows (the definition is not judged)")
                    definition = "energy" if kind == "energy" and len(sides) > 2 else True
            except Exception as e:  # noqa: BLE001
                return [None] * len(sides), [f"line {rr.line}: cannot be given a meaning ({getattr(e, 'what', e)})"] \
                    * len(sides), (), False
        if defines_second(self, rr, sides) and not definition:   # q_phi(x) = ...: second_definitions.py
            self._each(lambda mm: bind_second(mm, sides, rr.relations[1] == "proportional"))
            notes.append("defines a second distribution: it means this in later rows (the definition is not judged)")
            definition = True
        from .proportional_definitions import proportional_definition   # r(x) \propto q(x)^2: r normalized
        definition = definition or proportional_definition(self, rr, sides, m, api["is_new_symbol"], notes)
        if len(sides) >= 2 and not definition and not any(isinstance(s, Problem) or s is None for s in sides[:2]) \
                and rr.relations[1] in ("equality", "definition"):
            try:
                normalizer = sides[0][0] == "app" and sides[0][1][1] in getattr(self.roles, "normalizers", ())
                name = None if normalizer else api["is_new_symbol"](sides[0], sides[1], m)   # z(theta) = ...: a claim
                named = name is None and rr.relations[1] == "definition" and api["introduced"](sides[0], sides[1], m)
                if name is None and not named and rr.relations[1] == "definition":   # \text{Let } a = ..., g := ...
                    name = api["named_symbol"](sides[0], sides[1], m)
                if named:   # \nabla \log \ell(\theta) := ...: the sign names ell (definition_signs.py)
                    notes.append(f"defines {named} by the sign := (the definition is not judged)")
                    definition = "energy" if len(sides) > 2 else True
                if name is None and id(sides[0]) in self.defined_rows:   # bound up front (document_bindings.py)
                    notes.append(f"defines {self.defined_rows[id(sides[0])][0]}: it means this in later rows")
                    definition = "energy" if len(sides) > 2 else True
                if name is None and len(sides) == 2 and sides[0][0] == "sym" and self.bindable.get(sides[0][1]) is sides[1] \
                        and sides[0][2:] == ("", None, 0, None):
                    name = sides[0][1]   # s = sigmoid(z): s means this in every later row (model_ties.py)
                if len(sides) > 2 and name is not None and name != "energy form":
                    # L(theta) = prod_i p(x_i) = ...: the first `=` defines the new symbol (shown, as on a
                    # row of its own); the chain starts at its definition and the later `=` are judged
                    args = sides[0][2] if sides[0][0] == "app" else []
                    self._each(lambda mm: mm.define(name, args, sides[1], {}, head=sides[0]))
                    notes.append(f"defines {name}: it means this in later rows (the definition is not judged)")
                    definition = "energy"
                elif len(sides) > 2 or definition:
                    pass
                elif name in ("energy form", "model form"):
                    self._each(lambda mm: api["energy_form"](mm, sides, {}))
                    notes.append("defines the energy: it means this in later rows")
                    definition = name == "energy form"   # p = f/Z: f is p~ from here on, the row still judged
                elif name is not None:
                    args = sides[0][2] if sides[0][0] == "app" else []
                    self._each(lambda mm: mm.define(name, args, sides[1], {}, head=sides[0]))
                    notes.append(f"defines {name}: it means this in later rows")
                    definition = True
            except Exception as e:  # noqa: BLE001
                return [None, None], [f"line {rr.line}: cannot be given a meaning ({type(e).__name__}: {e})"] * 2, \
                    (), False
        from .family_values import rebind_forms   # q_psi(x) = ...: the family at psi, in its parameter
        why = rebind_forms(self.meanings(), forms, sides[0]) if sides and isinstance(sides[0], tuple) else None
        if why:
            return [None] * len(sides), [f"line {rr.line}: {why}"] * len(sides), (), False
        exprs = []
        for mm in self.meanings():   # the whole row, for \sum_{i \neq j} over the pairs (sum_all_but_one.py)
            mm.row_sides = sides
        for k, s in enumerate(sides):
            if s is None or isinstance(s, Problem):
                exprs.append(None)
                if s is None and errors[k] is None and rr.texts[k] is not None:
                    errors[k] = f"line {rr.line}: unreadable"
                continue
            e, why = _safe(lambda node: m.tr(node, {}), s)
            exprs.append(e)
            for assumes, hint, other, applies in self.others:
                if e is not None and applies(rr):
                    alt, _ = _safe(lambda node: other.tr(node, {}), s) if other is not None else (None, "")
                    self.alternatives.setdefault((id(rr), k), {})[assumes] = (alt, hint)
            for assumes, hint, ast in self.alt_asts.get((id(rr), k), []) if e is not None else ():
                alt, _ = _safe(lambda node: m.tr(node, {}), ast)
                self.alternatives.setdefault((id(rr), k), {})[assumes] = (alt, hint)
            if e is None:
                errors[k] = f"line {rr.line}: {why}"
        if any(n[0] == "int" for s in sides if isinstance(s, tuple) for n in api["walk"](s)):
            notes.append(api.get("integral_note") or "continuous x: assumes differentiation under the integral sign")
        # the row's errors are now the general reader's, not the post grammar's
        rr.side_errors = [s if isinstance(s, Problem) else (Problem(rr.line, rr.column, errors[k].split(": ", 1)[-1])
                                                              if errors[k] else None) for k, s in enumerate(sides)]
        rr.error = None
        _mark_error(rr)
        return exprs, errors, tuple(notes), definition


def _explicit_meaning():
    try:
        from .explicit import explicit_meaning
        return explicit_meaning
    except ImportError:
        return None


def _general_api():
    """The general reader's entry points."""
    from derivation.meaning import definition_signs
    from derivation.read import general
    from derivation.meaning import general_chains
    from derivation.meaning import meaning
    from derivation.meaning import roles
    return {"parse_general": general.parse_general, "find_roles": roles.find_roles, "Meaning": meaning.Meaning,
            "is_new_symbol": general_chains._is_new_symbol, "energy_form": general_chains._energy_form,
            "introduced": definition_signs.introduced, "named_symbol": definition_signs.named_symbol,
            "walk": roles.walk, "integral_note": getattr(general_chains, "INTEGRAL_NOTE", None),
            "explicit_meaning": _explicit_meaning()}


def rows_of(read: list[ReadRow], meaning) -> tuple[list[Row], list[ReadRow]]:
    """ReadRows -> chain Rows, and for each Row the ReadRow it came from."""
    rows: list[Row] = []
    owners: list[ReadRow] = []
    equivalent, cued = equivalence_rows(read), cued_rows(getattr(meaning, "doc", None), read)
    resume = None   # the row before an aside (`& \because a = b`): the next `= c` goes on from it, not from b
    for rr in read:
        if rr.kind != "math":
            continue
        if resume is not None and rr.continues:
            rows.append(replace(resume[0], lhs=None, relation=None, judged=True, readings=(), notes=()))
            owners.append(resume[1])
        resume = (rows[-1], owners[-1]) if getattr(rr.row, "aside", False) and rows and not rr.continues else None
        notes = tuple(n.message for n in rr.notes)
        common = dict(latex=rr.latex, line=rr.line, justification=rr.row.justification)
        if not rr.sides:  # the whole row is unreadable (empty, a macro error)
            rows.append(Row(None, error=str(rr.error), notes=notes, relation=None, **common))
            owners.append(rr)
            continue
        exprs, errors, more, definition = meaning.row(rr)
        notes += more
        tied = getattr(meaning, "ties", None)
        tied = (tied.tied[id(rr)],) if tied is not None and id(rr) in tied.tied else ()
        loglik = getattr(meaning, "loglik", False)
        alts, strict = getattr(meaning, "alternatives", {}), getattr(meaning, "strict", frozenset())
        judged = list(rr.judged)
        relations = list(rr.relations)
        if definition:  # a new symbol's definition: shown, and it means this in the rows after it
            judged[1], relations[1] = False, "definition"
        elif len(exprs) > 1 and relations[1] == "definition" \
                and not (rr.values[1:2] or [False])[0]:
            judged[1] = True  # `\tilde p := e^{-E}`: a definition of a fixed object is checked like any row
        for k in range(1, len(relations)):   # `\overset{!}{=} 0`, `a = b \iff c = d`: shown, not judged (condition_rows.py)
            if id(rr) in equivalent:
                judged[k], relations[k] = False, EQUIVALENCE
            elif is_condition(rr.signs[k] if k < len(rr.signs) else "") or k == 1 and id(rr) in cued:
                judged[k], relations[k] = False, CONDITION
        first = 1 if rr.continues else 0
        if definition == "energy":  # E(v, h) = A (= B): A starts the chain; the definition is no step (explicit.py)
            first, relations[1] = 1, None
        for k in range(first, len(exprs)):
            expr, err = exprs[k], errors[k]
            kw = dict(common, notes=notes if not (owners and owners[-1] is rr) else ())
            if k == 0:
                if len(exprs) > 1 and judged[1] and expr is not None and exprs[1] is not None:
                    continue  # folded into the next Row as its left side
                kw["readings"] = row_readings(alts, rr, 0, strict=strict) + tied + (
                    likelihood_readings(expr, None) if loglik else ())
                rows.append(Row(expr, error=(err or "unreadable") if expr is None else None, relation=None, **kw))
                owners.append(rr)
                continue
            relation, sign = relations[k], rr.signs[k]
            kw["readings"] = row_readings(alts, rr, k, exprs[k - 1], exprs[k], strict) + tied + (
                likelihood_readings(expr, exprs[k - 1] if k == 1 and first == 0 else None) if loglik else ())
            if k == 1 and first == 0 and judged[1] and exprs[0] is not None and expr is not None:
                rows.append(Row(expr, lhs=exprs[0], relation=relation, judged=True, sign=sign, **kw))
            else:
                rows.append(Row(expr, error=(err or "unreadable") if expr is None else None,
                                relation=relation, judged=judged[k], sign=sign, **kw))
            owners.append(rr)
    return rows, owners


def chains_of(doc: Document, title: str = "") -> list[tuple[Chain, list[ReadRow]]]:
    """One Chain per derivation of the document, with the ReadRow of each of its Rows. Every document, the
    post included, is read by the general reader and its meaning layer (one reading, one set of objects)."""
    reads = [rr for rr in doc.rows if rr.kind == "math"]
    api = _general_api()
    try:
        meaning = GeneralMeaning(doc, reads, api)
    except Exception as e:  # noqa: BLE001 - the general reader failing on the whole document: every row unreadable
        meaning = _Unread(f"cannot be read ({type(e).__name__}: {e})")
    groups: dict[int, list[ReadRow]] = {}
    for rr in reads:
        groups.setdefault(rr.chain, []).append(rr)
    out = []
    for _, run in sorted(groups.items()):
        rows, owners = rows_of(run, meaning)
        if rows:
            out.append((Chain(tuple(rows), source=doc.source.name, title=title), owners))
    return out
