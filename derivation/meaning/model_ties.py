"""Letters a document ties to its model in a row the checker could not take as the model's definition.

A row such as p(x) = e^{-beta g(x)}/Z, exp(theta^T T(x) - A(theta)) or (1/Z) exp(-sum_k lambda_k f_k(x))
defines the model (../shared/DESIGN.md, "The document's definitions bind"). When the meaning layer binds
it (chains.py: "defines the energy"), every instance respects it. When it cannot (the row is unreadable,
or judged as a claim about a model given earlier), its letters (g, beta, theta, T, A, lambda_k, f_k) are
still the model's for the author, and a counterexample to a later row that draws them independently of
the model refutes nothing the author meant. Such a later row gets one more reading, "the letters as the
model's own", which the checker cannot judge: refuted in the main reading only, the row is undecided
(derivation/meaning/readings.py), with how to declare the model.
"""
from __future__ import annotations

from .roles import DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, PARTITION, TYPICAL_STATES, walk

# letters with a meaning of their own: the vocabulary's objects (an energy E, a free energy F, beta), constants
FIXED = {"e", "pi", "infty", "exp", "log", "ln", "d", "beta"} | {n for n, _ in ENERGY_LETTERS} \
    | {n for n, _ in FREE_ENERGY}
ENERGY_NAMES = {n for n, _ in ENERGY_LETTERS | FREE_ENERGY}
TRANSPOSE = {"T", "top", "intercal", "prime"}
HINT = ("declare the model in a form the checker reads: its energy on a row of its own (E(x) = ...) "
        "and p(x) = e^{-E(x)}/Z")


def model_letters(sides, params=()) -> set | None:
    """The letters a model-defining row `p(x) = <... exp ...>` ties to the model, or None: those the
    vocabulary does not know (g, f_k, lambda_k, T, A, J), not its parameters (`params`) or fixed objects."""
    if len(sides) < 2 or not all(isinstance(s, tuple) for s in sides[:2]):
        return None
    lhs, rhs = sides[0], sides[1]
    if lhs[0] != "app" or lhs[1][0] != "sym" or lhs[1][1] not in DIST_LETTERS or lhs[3]:
        return None   # a conditional p(y | x) is about another distribution
    nodes = list(walk(rhs))
    if not any(n[0] == "exp" or n[0] == "sym" and n[1] == "exp" for n in nodes):
        return None
    states = {a[1] for a in lhs[2] if a[0] == "sym"}
    bound = {s[1] for n in nodes if n[0] in ("sum", "prod") and n[1] is not None for s in walk(n[1])
             if s[0] == "sym"}
    exponents = {id(n[2]) for n in nodes if n[0] == "pow" and n[2][0] == "sym" and n[2][1] in TRANSPOSE}
    out = {n[1] for n in nodes if n[0] == "sym" and id(n) not in exponents}
    out -= states | bound | FIXED | set(params) | set(DIST_LETTERS) | {name for name, _ in PARTITION}
    return out or None


INDEX_OR_SIZE = {"i", "j", "k", "l", "m", "n", "t", "N", "K", "M", "T", "d", "D"}
MODEL_LETTERS = {n for n, _ in PARTITION}


def untied_letters(sides, known) -> list:
    """Single letters the row writes beside the model's objects (p(.), Z) that nothing ties to the model:
    not the vocabulary's, not a state, an index, a size, a parameter or a letter the document defined."""
    from .meaning_dists import unspelled   # <.>_{model}: a word, not the letters m, o, d, e, l
    nodes = [n for s in sides if isinstance(s, tuple) for n in walk(unspelled(s))]
    model = any(n[0] == "sym" and n[1] in MODEL_LETTERS or n[0] == "app" and n[1][0] == "sym"
                and n[1][1] in DIST_LETTERS and n[1][2] in ("", "tilde") for n in nodes)
    if not model:
        return []
    bound = {s[1] for n in nodes if n[0] in ("sum", "prod", "int") and n[1] is not None for s in walk(n[1])
             if s[0] == "sym"}
    heads = {id(n[1]) for n in nodes if n[0] == "app"}
    # a state letter written alone is a state; before parentheses (z(theta)) it is a function
    out = {n[1] for n in nodes if n[0] == "sym" and len(n[1]) == 1 and n[2] in ("", "hat", "bar", "tilde")
           and (id(n) in heads or n[1] not in TYPICAL_STATES)
           and n[1] not in FIXED | INDEX_OR_SIZE | set(DIST_LETTERS) | MODEL_LETTERS | set(known) | bound
           | {"L", "J"}}
    return sorted(out)


# letters the vocabulary gives a meaning of their own when differentiated (dZ/dbeta, dF/dT, dL/dtheta, dS/dE)
_OBJECTS = {n for n, _ in ENERGY_LETTERS | FREE_ENERGY | PARTITION} | set(DIST_LETTERS) | {"L", "J", "S", "e"}


def differentiated_letters(sides, known) -> list:
    """[(T, beta)]: a bare letter the row differentiates by another letter (dT/dbeta), which the meaning
    does not bind. Nobody writes dT/dbeta of a constant: the author means T a function of beta (T = 1/(k_B
    beta) in statistical physics, said in words), a tie the checker cannot judge, while read as an arbitrary
    constant T makes dT/dbeta = 0 and refutes the chain rule d<E>/dbeta = (dT/dbeta) d<E>/dT."""
    out = []
    for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
        if n[0] != "d" or len(n[1]) != 1 or n[2][0] != "sym" or n[1][0][0][0] != "sym":
            continue
        body, var = n[2], n[1][0][0]
        if body[1] != var[1] and body[1] not in _OBJECTS | set(known) and body[3] is None and not body[4]:
            out.append((body[1], var[1]))
    return sorted(set(out))


def defined_letter(sides, relation):
    """(name, deco, subscripted?) of the letter a row `x_j = ...` (a new letter alone on the left) defines."""
    if len(sides) < 2 or relation not in ("equality", "definition") or not all(isinstance(x, tuple) for x in sides[:2]):
        return None
    lhs = sides[0]
    applied = lhs[0] == "app" and lhs[1][0] == "sym"
    if applied:   # O_i(x) = dE/dtheta_i ("where we defined"): a function the rows before it may already use
        lhs = lhs[1]
        label = lhs[3] is not None and (lhs[3][0] == "sym" and lhs[3][2] == "text" or lhs[3][0] == "mul")
        if (lhs[1] in ENERGY_NAMES and not label) or lhs[1] in ("L", "J", "H", "S", "KL", "sigma"):
            return None   # the model's energy; E_{eff}(v), a label on it, is the document's own function
        if label:
            return (lhs[1], lhs[2], True)
    # p_j = e^{o_j} / sum_i e^{o_i}: a component of a vector the document calls p (softmax), not a distribution
    component = not applied and lhs[0] == "sym" and lhs[1] in DIST_LETTERS and _index_letter(lhs[3])
    if lhs[0] != "sym" or lhs[4] or lhs[5] is not None or lhs[1] in FIXED or lhs[1] in DIST_LETTERS and not component \
            or any((lhs[1], d) in PARTITION for d in ("", "cal")):
        return None
    if applied:
        key = (lhs[1], lhs[2], lhs[3] is not None)
        return None if any(_key(n) == key for n in walk(sides[1]) if n[0] == "sym") else key
    if lhs[3] is None and len(lhs[1]) > 1:
        return None   # a parameter: theta = ... states a value, it defines nothing
    if lhs[3] is None and lhs[1] in TYPICAL_STATES and not _of_other_letters(lhs, sides[1]):
        return None   # x = 3: a bare state letter given a value; s = sigmoid(z) defines s by z (a later
        #               ds/dz = s(1 - s) is never refuted with s drawn apart from its definition)
    key = (lhs[1], lhs[2], lhs[3] is not None)
    if any(_key(n) == key for n in walk(sides[1]) if n[0] == "sym"):
        return None   # x_j = x_j + 1: an update, not a definition
    return key


def constrained_functions(sides) -> list:
    """Keys of the functions a normalization row constrains: `\\int h(x) e^{\\eta^T T(x) - A(\\eta)} dx = 1`, a sum or
    an integral equal to a number, holding functions the vocabulary does not know (A, h, T). A later row true only
    under the constraint (grad A = E[T]) is not refuted with them drawn apart from it."""
    if len(sides) != 2 or not all(isinstance(x, tuple) for x in sides):
        return []
    total = [x for x in sides if x[0] in ("int", "sum")]
    if len(total) != 1 or not any(x[0] == "num" for x in sides):
        return []
    heads = [n[1] for n in walk(total[0]) if n[0] == "app" and n[1][0] == "sym"]
    return [_key(h) for h in heads if h[1] not in FIXED and h[1] not in DIST_LETTERS
            and not any((h[1], d) in PARTITION for d in ("", "cal"))]


UNBOUND_HINT = ("write the model where the checker binds it: the energy over units on a row of its own "
                "(E(v, h) = -sum_i b_i v_i - ...) with the units declared ($v_i \\in \\{0, 1\\}$)")


def defines_model(sides) -> bool:
    """Whether a row defines the model: its left side the energy or a distribution applied to states
    (E(s) = ..., p(s) = ...)."""
    if len(sides) < 2 or not isinstance(sides[0], tuple):
        return False
    lhs = sides[0]
    if lhs[0] != "app" or lhs[1][0] != "sym" or not lhs[2]:
        return False
    if lhs[1][1] in ENERGY_NAMES - {"F"}:
        return True
    # p(s) = e^{-E(s)} / Z: a distribution by an exponential, the energy or Z (never \hat p(x) = (1/N) sum_i 1[..])
    return lhs[1][1] in DIST_LETTERS and lhs[1][2] == "" and not lhs[3] and isinstance(sides[1], tuple) and any(
        n[0] == "exp" or n[0] == "sym" and (n[1] == "exp" or n[1] in MODEL_LETTERS or n[1] in ENERGY_NAMES)
        for n in walk(sides[1]))


def writes_model(sides) -> bool:
    """Whether a row writes one of the model's objects: Z, a distribution or the energy applied, an entropy, a
    free energy, an expectation or a bracket."""
    for n in (n for s in sides if isinstance(s, tuple) for n in walk(s)):
        if n[0] == "sym" and (n[1] in MODEL_LETTERS or (n[1], n[2]) in FREE_ENERGY):
            return True
        if n[0] == "app" and n[1][0] == "sym" and (n[1][1] in DIST_LETTERS or n[1][1] in ENERGY_NAMES
                                                   or n[1][1] in ("H", "S")):
            return True
        if n[0] in ("expect", "expect_given", "bracket", "kl"):
            return True
    return False


def value_claim(sides) -> bool:
    """Whether a row gives one of the model's objects a value written without them (Z = 8 cosh^2(1), H(p) = 3 log 2):
    true or false only on the model the document declares. A row relating the model's objects to each other
    (d log Z / d beta = -<E>) is about every model, and a counterexample on the general one still refutes it."""
    written = [writes_model([s]) for s in sides if isinstance(s, tuple)]
    return len(written) >= 2 and any(written) and not all(written)


def unbound_space(text, meaning):
    """(line, what) when the document's mathematics declares its states as units of a set ($s_1, s_2, s_3 \\in
    \\{-1, +1\\}$, $x \\in \\{0, 1\\}^d$) and the meaning has no model over units to bind them to (its model is the
    general one, over any finite set of states), else None. A row giving the model's objects a value (value_claim)
    is then never refuted on the general model (hostile set 6, O18: three free spins, H(p) = 3 log 2 refuted on one
    state)."""
    er = getattr(meaning, "er", None)
    if er is not None and getattr(er, "layers", None):
        return None
    from .prose_model import prose_energy   # Take $E_\theta(x) = \theta x^2$: a model the prose defines inline
    inline = prose_energy(text)
    if inline is not None:
        return inline
    from derivation.read.units_declared import declared_units
    units = declared_units(text or "")
    if not units.declared:
        return None
    line, spin = units.declared[0]
    return (line, "its states as units of " + ("{-1, +1}" if spin else "{0, 1}"))


def bindable_letters(rows, params=()) -> dict:
    """Letters a row `s = <expression in other letters>` defines and the document never uses as a state
    (never an argument of p, E, Z, never bound by a sum, an integral or `~`, never written with an index):
    the rows after it, in any display, read the letter as its definition (s = sigmoid(z), then
    ds/dz = s(1 - s)). `rows`: [sides] of the whole document. {letter: the right side of the row that defines it}:
    another row with the letter alone on its left (S = dF/dT beside S = -k sum p ln p) is a claim about it,
    never a second definition (hostile set 10, A24: a false row shown as a definition, never judged)."""
    counts, used_as_state, defining = {}, set(), {}
    vocab = FIXED | set(DIST_LETTERS) | MODEL_LETTERS | {"N", "L", "J", "T"} | set(params)
    for sides in rows:
        key = defined_letter(sides, "equality") if len(sides) == 2 else None
        if key is not None and not key[2] and len(key[0]) == 1 and key[1] == "" and key[0] not in vocab:
            if _of_other_letters(sides[0], sides[1]):
                counts[key[0]] = counts.get(key[0], 0) + 1
            # the first row, in document order, with the letter alone on its left is the one that may define it
            defining.setdefault(key[0], sides[1] if _of_other_letters(sides[0], sides[1]) else None)
        for n in (n for side in sides if isinstance(side, tuple) for n in walk(side)):
            if n[0] == "app" and n[1][0] == "sym" and (n[1][1] in DIST_LETTERS or n[1][1] in vocab
                                                       or n[1][1] in {e for e, _ in ENERGY_LETTERS}):
                used_as_state |= {a[1] for a in n[2] + n[3] if a[0] == "sym"}
            if n[0] in ("sum", "prod", "int", "sim", "expect") and n[1] is not None:
                used_as_state |= {a[1] for a in walk(n[1]) if a[0] == "sym"}
            if n[0] == "sym" and (n[3] is not None or n[5] is not None or n[4]):
                used_as_state.add(n[1])
    return {k: defining[k] for k, c in counts.items() if c == 1 and k not in used_as_state and defining[k]}


def _index_letter(sub) -> bool:
    return sub is not None and sub[0] == "sym" and sub[1] in INDEX_OR_SIZE - {"N", "K", "M", "T", "D", "d", "t"} \
        and sub[3] is None and sub[2] == ""


def _of_other_letters(lhs, rhs) -> bool:
    """Whether `rhs` is written in letters other than `lhs` and the fixed ones (e, pi): a definition by them."""
    return any(n[0] == "sym" and n[1] != lhs[1] and n[1] not in FIXED for n in walk(rhs)) and rhs[0] != "sym"


def _key(n):
    return (n[1], n[2], n[3] is not None)


class ModelTies:
    """Rows seen in document order: the model rows not bound, and the later rows that use their letters."""

    def __init__(self, params=()):
        self.params = set(params)
        self.letters: dict = {}   # letter -> (line, latex) of the model row that ties it
        self.tied: dict = {}      # id(ReadRow) -> RowReading that cannot be judged
        self.bound: set = set()   # letters of the model's definitions the meaning took (p(x) = e^{-g(x)}/Z: g)
        self.defined: dict = {}   # (name, deco, subscripted) -> line of a row `x_j = ...` defining that letter
        self.untied_hats: set = set()   # \\hat p_theta read as p~ though no row writes p = \\hat p / Z
        self.marks_tied: set = set()    # \\hat p, \\tilde p tied so by a row (roles_marks.marks_of)
        self.untied_tildes: set = set()   # \\tilde p read as p~ though no row ties it to the model (untied_tildes.py)
        # (line, what): a model the document declares that the meaning does not bind (unbound_model)
        self.unbound: tuple | None = None

    def prepare(self, rows):
        """[(line, sides, relation)] of the whole document: the letters a row defines (x_j = b_j + ...),
        so that a row using one where the meaning does not know it (before its definition, in a `where`
        row after the display) is not refuted with the letter drawn apart from its definition."""
        for line, sides, relation in rows:
            key = defined_letter(sides, relation)
            if key is not None:
                self.defined.setdefault(key, line)
            for key in constrained_functions(sides):   # \int h e^{eta T - A} dx = 1 constrains A (and h, T)
                self.defined.setdefault(key, line)
        from .untied_tildes import untied_tildes
        self.untied_tildes = untied_tildes([sides for _, sides, _ in rows], self.marks_tied)

    def see(self, rr, sides, bound: bool, known=frozenset(), through=None, unread=False):
        """Row `rr` read (its sides' ASTs): tie it if it uses tied letters; remember its own letters when it
        defines the model and the meaning did not bind it (`bound`). `known`: letters the meaning already
        gives the model's meaning (explicit weights and units, a classifier's logits, defined symbols)."""
        from .meaning_dists import unspelled
        nodes = [n for s in sides if isinstance(s, tuple) for n in walk(unspelled(s)) if n[0] == "sym"]
        used = {n[1] for n in nodes}
        ties = sorted(used & set(self.letters))
        # L = -log(0.245) after L = -sum_i y_i log p_i: L's definition brings p_i into the row
        inner = [n for n in nodes if n[3] is None and n[1] in (through or {})]
        reached = [m for n in inner if isinstance(through[n[1]], tuple) for m in walk(through[n[1]]) if m[0] == "sym"]
        defined = sorted({k for k in map(_key, nodes + reached) if k in self.defined and k[0] not in known})
        from .readings import RowReading
        hats = sorted({n[1] for n in nodes if n[2] == "hat" and n[1] in self.untied_hats})
        tildes = sorted({n[1] for n in nodes if n[2] == "tilde" and n[1] in self.untied_tildes})
        if tildes and not hats:
            names = ", ".join(f"\\tilde {t}" for t in tildes)
            self.tied[id(rr)] = RowReading(
                f"with {names} the distribution the document means by it in words (an empirical distribution, say), "
                f"not the model's unnormalized density e^{{-E}}: no row ties it to the model", None, None,
                f"write the model as {tildes[0]}(x) = \\tilde {tildes[0]}(x) / Z, or \\tilde {tildes[0]}(x) = e^{{-E(x)}}, "
                "on a row of its own", judgeable=False)
        elif hats:
            names = ", ".join(f"\\hat {h}" for h in hats)
            self.tied[id(rr)] = RowReading(
                f"with {names} an arbitrary positive function of the state and the parameter, not the model's "
                f"unnormalized density (read as e^{{-E}} because it carries the parameter; no row writes "
                f"{hats[0]} = \\hat {hats[0]} / Z)", None, None,
                f"write the model as {hats[0]}(x) = \\hat {hats[0]}(x) / Z on a row of its own", judgeable=False)
        elif ties:
            line = min(self.letters[t][0] for t in ties)
            self.tied[id(rr)] = RowReading(
                f"with {', '.join(ties)} as the model's own (line {line} ties them to the model in a row the "
                "checker could not take as the model's definition; a counterexample drawing them apart from "
                "the model refutes nothing meant)", None, None, HINT, judgeable=False)
        elif differentiated_letters(sides, set(known) | self.bound):
            pairs = differentiated_letters(sides, set(known) | self.bound)
            names = ", ".join(f"{a} a function of {b}" for a, b in pairs)
            self.tied[id(rr)] = RowReading(
                f"with {names} (the row writes its derivative; no row the checker reads says how "
                f"{pairs[0][0]} depends on {pairs[0][1]}, and read as a constant its derivative is 0)", None, None,
                f"write the row's derivatives in {pairs[0][1]} itself (the checker does not take a change of "
                f"variable such as {pairs[0][0]} = 1/(k_B {pairs[0][1]}) yet)",
                judgeable=False)
        elif untied_letters(sides, set(known) | self.params | self.bound):
            names = ", ".join(untied_letters(sides, set(known) | self.params | self.bound))
            self.tied[id(rr)] = RowReading(
                f"with {names} tied to the model as the author means (no row ties {names} to the model's "
                "energy; a counterexample drawing them apart from it refutes nothing meant)", None, None, HINT,
                judgeable=False)
        elif defined:
            names = ", ".join(f"{k[0]}{'_.' if k[2] else ''}" for k in defined)
            line = min(self.defined[k] for k in defined)
            self.tied[id(rr)] = RowReading(
                f"with {names} as line {line} defines it (the checker did not take that row as the "
                "definition; a counterexample drawing it apart from its definition refutes nothing meant)",
                None, None, "define the letter on a row of its own, in a form the checker reads, before the rows "
                "that use it (x_j = ...)",
                judgeable=False)
        if self.unbound is not None and id(rr) not in self.tied and value_claim(sides):
            self.tied[id(rr)] = RowReading(
                f"on the model line {self.unbound[0]} declares ({self.unbound[1]}), which the checker does not "
                "bind: a counterexample on another model refutes nothing meant", None, None, UNBOUND_HINT,
                judgeable=False)
        if unread and self.unbound is None and defines_model(sides):   # E(s) = -J(s_1 s_2 + s_2 s_3), unread
            self.unbound = (rr.line, "its energy or its distribution, in a row the checker could not read")
        letters = model_letters(sides, self.params | set(known))
        if bound:   # the model's definition binds its letters: instances respect it
            self.bound |= letters or set()
            return
        for t in letters or ():
            self.letters.setdefault(t, (rr.line, rr.latex))


def known_letters(m, roles, asts) -> set:
    """Letters the meaning already ties to the model: an explicit energy's weights and units, a classifier's logit
    function f of f(x)[y], the symbols the document defined (`asts`: every side read, by key)."""
    er = getattr(m, "er", None)
    out = {k[1] for k in getattr(m, "defs", {}) if isinstance(k, tuple) and len(k) > 1 and k[0] == "def"}
    out |= set(getattr(roles, "normalizers", ()))   # z of p = \hat p / z(theta): the model's Z
    if er is not None:
        out |= set(er.shapes) | set(er.layers) | set(getattr(er, "known", ()))
        if er.label:
            out |= {n[1][1][1] for a in asts.values() if isinstance(a, tuple) for n in walk(a)
                    if n[0] == "index" and n[1][0] == "app" and n[1][1][0] == "sym"}
    return out
