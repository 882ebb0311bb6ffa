"""The roles of a document's letters: which letter is the model, the data, the energy, a parameter.

Meanings are fixed (derivation/meaning/vocabulary); only roles come from the document (DESIGN.md):
  - a parameter is what the document differentiates by (the partial, nabla, d of theta, W, lambda_i, beta) or
    writes as a Greek subscript/argument of p, q, E, Z (p_theta, E(x; theta), Z(beta, lambda));
    beta is the inverse temperature; a parameter written with an index (lambda_i) is a vector;
  - a distribution letter (p, P, q, Q, pi) carrying a model parameter is the model; one carrying only
    parameters the energy never carries (q_phi beside E_theta) is a second distribution; a definition
    row q(x) = e^{-E(x)}/Z makes q the model; p_data, p_D, p_{\\mathcal D}, \\hat p, p^{(0)} are the data; a
    letter that never carries the parameter, used beside the model, is the data distribution;
    \\tilde p is the model's unnormalized density;
  - E, \\mathcal{E}, U, H applied to states are the energy (H(q) of a distribution is the entropy);
    an energy applied to two states, E(x, h), makes the model a latent-variable model;
  - a document that integrates over states (an integral with a state) has a measure on its states;
  - the marked letters (roles_marks.py): \\hat p_\\theta, or \\hat p where p = \\hat p / Z, is the model's p~; z(theta)
    under p = \\hat p / z(theta) is Z when a row writes it out; Q'(x) = Q''(x) / Z makes Q' the model, Q'' its p~;
    \\mathcal{P} applied, in a document without a plain P, is P;
  - P(tau | theta) beside the model pi_theta (read as the data, written with the parameter) is a distribution of
    its own (meaning_dists.py), tau its state; chains.py adds the reading "P is the model itself";
  - x of E(x, y, z) that is only ever a condition (P(y | x)) is the model's input: a parameter-like argument;
  - a function written NN_theta(x)[y] somewhere is a vector: NN(x) without its index is not read;
  - a marker comment `% eq7: model q`, `% eq7: data p`, `% eq7: parameter W` says a role outright.
A letter whose role cannot be told gives a Problem with a hint naming the marker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# the letter tables and the AST walk live below the roles (roles_letters.py), re-exported here
from .roles_letters import (DATA_WORDS, DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, GREEK_PARAMS,  # noqa: F401
                            HIDDEN_NAMES, LOSS, MODEL_WORDS, PARTITION, TYPICAL_STATES, walk)

_MARKER = re.compile(r"%\s*eq7\s*:\s*(model|data|parameter|param|second|temperature)\s+([^\s%]+)")


def name_of(node) -> str | None:
    """The letter of a symbol node as the roles see it (style dropped: \\mathbf{x} is x)."""
    return node[1] if isinstance(node, tuple) and node and node[0] == "sym" else None


def sub_letter(sub):
    """The letter or numeral of a one-symbol subscript (i of x_i, 1 of x_1), else None."""
    if sub is not None and sub[0] == "sym":
        return sub[1]
    if sub is not None and sub[0] == "num":
        return str(sub[1])
    return None


def sub_text(sub) -> str:
    """A subscript as plain text (for data / model words)."""
    if sub is None:
        return ""
    if sub[0] == "sym":
        return sub[1] if sub[2] != "cal" else "\\mathcal{" + sub[1] + "}"
    if sub[0] == "num":
        return str(sub[1])
    return ""


@dataclass
class Roles:
    params: set = field(default_factory=set)          # model parameter letters
    second_params: set = field(default_factory=set)   # a second distribution's parameters
    vectors: set = field(default_factory=set)         # parameters written with an index
    beta: bool = False
    model: set = field(default_factory=set)           # distribution letters that are the model
    data: set = field(default_factory=set)            # distribution letters that are the data
    hidden: bool = False
    hidden_letters: set = field(default_factory=set)
    latent_slot: set = field(default_factory=set)     # letters written in a joint's latent slot, p(x, Z)
    visible_slot: set = field(default_factory=set)    # names written in a joint's first slot, p(X, z)
    second_slot: set = field(default_factory=set)     # letters after a visible one in a joint, p(x, Y)
    measure: bool = False
    plain_d: bool = False                             # an integral against d<variable> (dx) somewhere
    problems: list = field(default_factory=list)      # (message, hint)
    data_size: set = field(default_factory=set)       # letters used for N (n in sum_{i=1}^n f(x_i))
    energy_used: bool = False                         # the document writes an energy letter somewhere
    aliases: dict = field(default_factory=dict)       # phi -> theta: p_phi beside p_theta, the family at phi
    same_param_seconds: set = field(default_factory=set)  # q_theta beside p_theta: another distribution
    indexed: set = field(default_factory=set)         # functions written with a label index, NN_theta(x)[y]
    inputs: set = field(default_factory=set)          # x of a conditional model E(x, y, z), P(y | x)
    param_data: set = field(default_factory=set)      # P(tau | theta) beside the model pi_theta
    primed: dict = field(default_factory=dict)        # (Q, 1) -> "model", (Q, 2) -> "unnorm": Q' = Q'' / Z
    dist_states: set = field(default_factory=set)     # tau of p(tau): a state, though not a usual state letter
    unnorm_hats: set = field(default_factory=set)     # \\hat p read as the model's p~ (roles_marks.py)
    hats_tied: set = field(default_factory=set)       # ... because a row writes p = \\hat p / Z
    normalizers: set = field(default_factory=set)     # z in p = \\hat p / z(theta): the model's Z
    free_seconds: set = field(default_factory=set)    # q beside p, neither with a parameter: q its own distribution
    functions: set = field(default_factory=set)       # letters written only applied, z(theta): functions
    latent_seconds: set = field(default_factory=set)  # q(z), q(z | x) beside p_theta: over the latent, not the data
    entropy_h: bool = False                           # H(q) written: H is the entropy, never an energy (entropy_letter.py)

    def is_param(self, name) -> bool:
        return name in self.params or name in self.second_params or (name == "beta" and self.beta)


def _dist_params(sym, roles_params) -> set:
    out = set()
    for n in walk(sym[3]) if sym[3] is not None else ():
        if n[0] == "sym" and n[1] in roles_params:
            out.add(n[1])
    return out


def find_roles(asts, source_text: str = "", rows=None) -> Roles:
    """The roles of a document's letters from its sides' ASTs (`rows`: the same sides grouped by row)."""
    r = Roles()
    nodes = list(walk(asts))
    # ---- parameters: what is differentiated by, Greek letters on p, q, E, Z
    diff_vars = set()
    for n in nodes:
        if n[0] in ("d", "d_scope", "d_op") and isinstance(n[1], list):   # d/dr_i t r_i differentiates by r too
            for var, _ in n[1]:
                if var[0] == "sym":
                    diff_vars.add(var[1])
                    if var[3] is not None:
                        r.vectors.add(var[1])
    state_letters = set()
    from .plain_states import PLAIN_LETTERS, takes_numbers
    for n in nodes:
        if n[0] == "app" and n[1][0] == "sym" and not takes_numbers(n[1][1]):   # sigma(a): a is a number
            for a in n[2]:
                if a[0] == "sym" and a[1] not in GREEK_PARAMS and a[1] not in ("W", "w") and a[1] not in PLAIN_LETTERS:
                    state_letters.add(a[1])
        if n[0] in ("sum", "int") and n[1] is not None and n[1][0] == "sym":
            state_letters.add(n[1][1])
    carried = set()
    for n in nodes:
        if n[0] == "sym" and n[3] is not None and (n[1] in DIST_LETTERS or (n[1], n[2]) in ENERGY_LETTERS
                                                    or (n[1], n[2]) in PARTITION or (n[1], n[2]) in FREE_ENERGY):
            for s in walk(n[3]):
                if s[0] == "sym" and s[1] in GREEK_PARAMS:
                    carried.add(s[1])
        if n[0] == "app" and n[1][0] == "sym":
            for a in list(n[2]) + list(n[3]):
                if a[0] == "sym" and (a[1] in GREEK_PARAMS or a[1] in diff_vars) and a[1] not in state_letters:
                    carried.add(a[1])
    marked_params: set = set()
    params = (diff_vars - state_letters - TYPICAL_STATES) | carried   # nabla_x: a state derivative
    r.inputs = inputs_of(nodes)
    params |= r.inputs   # E(x, y, z) beside P(y | x): x fixes the energy's table, as a parameter does
    for m in _MARKER.finditer(source_text):
        kind, letter = m.group(1), m.group(2).strip("\\")
        if kind in ("parameter", "param"):
            params.add(letter)
            marked_params.add(letter)
        elif kind == "temperature":
            params.add(letter)
    if "beta" in params or any(n[0] == "sym" and n[1] == "beta" for n in nodes):
        r.beta = True
        params.discard("beta")
    for n in nodes:
        if n[0] == "sym" and n[1] in params and n[3] is not None and n[3][0] == "sym" and not n[3][1].isdigit():
            r.vectors.add(n[1])
    # ---- the energy's parameters and the distributions'
    energy_params, dist_params = set(), {}
    for n in nodes:
        if n[0] == "sym" and (n[1], n[2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY:
            energy_params |= {s[1] for s in walk(n[3]) if s[0] == "sym" and s[1] in params} if n[3] else set()
        if n[0] == "app" and n[1][0] == "sym" and (n[1][1], n[1][2]) in ENERGY_LETTERS | PARTITION | FREE_ENERGY:
            energy_params |= {a[1] for a in n[2] + n[3] if a[0] == "sym" and a[1] in params}
        if n[0] == "sym" and n[1] in DIST_LETTERS and n[2] == "" and n[3] is not None:
            ps = {s[1] for s in walk(n[3]) if s[0] == "sym" and s[1] in params}
            if ps:
                dist_params.setdefault(n[1], set()).update(ps)
    all_dist = set().union(*dist_params.values()) if dist_params else set()
    if len(all_dist) >= 2 and not _one_family(dist_params, nodes, params, rows):
        r.second_params = all_dist - energy_params if energy_params else set()
        if not energy_params and len(dist_params) >= 2:
            # q_phi beside p_theta with no energy to say which parameter is the model's: never merge them
            # into one distribution (that proves KL(q||p) = 0). By the chapter's convention p is the model
            # and the other letters are second distributions; without a p the roles cannot be told.
            ps = [k for k in dist_params if k in ("p", "P")]
            if len(ps) == 1:
                r.second_params = all_dist - dist_params[ps[0]]
            else:
                r.problems.append((f"which of the letters {', '.join(sorted(dist_params))} is the model cannot "
                                   "be told (their parameters differ and no energy names the model's)",
                                   "write the model's energy (E_\\theta) or add a comment `% eq7: model p`"))
    r.params = params - r.second_params
    if not r.second_params:
        r.aliases = _values_of_one_parameter(nodes, r.params)
        r.params -= set(r.aliases)
    # ---- distribution letters
    for m in _MARKER.finditer(source_text):
        kind, letter = m.group(1), m.group(2).strip("\\")
        if kind == "model":
            r.model.add(letter)
        elif kind == "data":
            r.data.add(letter)
    heads = {id(n[1]) for n in nodes if n[0] == "app"}
    # pi alone (sqrt{2 pi sigma^2}) is the number; pi(a | s), pi_theta is a distribution (a policy)
    used = {n[1] for n in nodes if n[0] == "sym" and n[1] in DIST_LETTERS and n[2] == ""
            and (n[1] != "pi" or id(n) in heads or n[3] is not None)}
    carriers = {k for k, ps in dist_params.items() if ps & (r.params | set(r.aliases))}
    if len({k.lower() for k in carriers - r.data - r.model}) >= 2 and not r.model and ({"p", "P"} & carriers):
        # p_theta and q_theta: two letters are two distributions unless the document says otherwise; p is the
        # model by the chapter's convention, q another distribution with the same parameter (KL(q||p) != 0)
        r.same_param_seconds = {k for k in carriers - r.data if k.lower() != "p"}
        carriers -= r.same_param_seconds
    for k in carriers:
        if k not in r.data:
            r.model.add(k)
    # a definition row `q(x) = e^{-E(x)}/Z` makes q the model
    for side in asts:
        pass
    # a letter carrying only a second distribution's parameters (q_phi beside E_theta) is that distribution
    seconds = {k for k, ps in dist_params.items() if ps and ps <= r.second_params} | r.same_param_seconds
    from .roles_marks import primed_model
    r.primed = primed_model(rows if rows is not None else [[a] for a in asts], nodes)
    r.model |= {name for name, _ in r.primed}   # Q'(x) = Q''(x) / Z: Q' the model, Q'' its p~ (roles_marks.py)
    rest = used - r.model - r.data - seconds
    if not r.model:
        if len(rest) == 1 or rest <= {"p", "P"}:
            r.model |= rest
        elif rest & {"p", "P"} and not (rest - {"p", "P"}) & set(dist_params):
            # p beside q, neither with a parameter: two distributions whose roles the document says only in
            # words. Read by the chapter's convention (p the model, P with it as the same letter capitalised,
            # each other letter a distribution of its own); chains.py adds a reading per other letter as the
            # model (roles_choice.py): a step is invalid only when every such reading refutes it
            r.model |= rest & {"p", "P"}
            r.free_seconds = rest - r.model
        elif rest:
            r.problems.append((f"which of the letters {', '.join(sorted(rest))} is the model cannot be told",
                               "write the model with its parameter (p_\\theta) or add a comment "
                               "`% eq7: model p` (and `% eq7: data q`)"))
    else:
        # a letter that never carries the parameter, used beside the model, is the data distribution (one over
        # the latent variables only, q(z) or q(z | x), a distribution of its own: roles_functions.over_latent)
        from .roles_functions import over_latent
        for k in rest:
            if {k.lower(), k.upper()} & r.model and not (dist_params.get(k, set()) - r.params):
                r.model.add(k)  # P beside p_theta: the same letter, capitalised
            elif over_latent(k, nodes, params):
                r.latent_seconds.add(k)
                r.free_seconds = r.free_seconds | {k}
            else:
                r.data.add(k)
    # ---- latent variables: an energy of two states, a joint p(v, h), a conditional p(h | v)
    from .entropy_letter import entropy_written
    r.entropy_h = entropy_written(nodes)
    def states_of(args):
        return [a for a in args if not (a[0] == "sym" and (a[1] in params or a[1] == "beta" or a[2] == "cal"))]
    for n in nodes:
        if n[0] != "app" or n[1][0] != "sym":
            continue
        letter = (n[1][1], n[1][2])
        states, conds = states_of(n[2]), states_of(n[3])
        if letter == ("H", "") and (all(a[0] == "sym" and a[1] in DIST_LETTERS for a in n[2]) or r.entropy_h):
            continue   # H(q_phi, p_theta): the cross-entropy of two distributions, not an energy of two states
        if letter in ENERGY_LETTERS and len(states) == 2 or n[1][1] in DIST_LETTERS and (
                len(states) == 2 or (len(states) == 1 and len(conds) == 1)):
            r.hidden = True
            second = states[1] if len(states) == 2 else states[0]
            if len(states) == 1 and conds and conds[0][0] == "sym" and conds[0][1] in HIDDEN_NAMES \
                    and not (second[0] == "sym" and second[1] in HIDDEN_NAMES):
                second = conds[0]   # p(x | z): the latent is the condition z
            if second[0] == "sym" and (letter in ENERGY_LETTERS or second[1] in HIDDEN_NAMES):
                r.hidden_letters.add((second[1], second[4]))
            if second[0] == "sym" and len(states) == 2:
                r.latent_slot.add((second[1], second[4]))
                r.visible_slot |= {states[0][1]} if states[0][0] == "sym" else set()
                if not (states[0][0] == "sym" and states[0][1] in HIDDEN_NAMES):   # p(z, x): z is the latent
                    r.second_slot.add((second[1], second[4]))
    r.energy_used = any(n[0] == "sym" and (n[1], n[2]) in ENERGY_LETTERS and n[3] is None or
                        n[0] == "sym" and (n[1], n[2]) in ENERGY_LETTERS and n[3] is not None
                        and all(s[0] == "sym" and s[1] in params for s in walk(n[3]) if s[0] in ("sym", "num"))
                        for n in nodes)
    # ---- the data size under another letter: sum_{i=1}^{n} f(x_i)
    for n in nodes:
        if n[0] in ("sum", "prod") and n[1] is not None and n[1][0] == "eqsub" and n[2] is not None \
                and n[2][0] == "sym" and n[2][1] not in ("N", "m", "M", "K", "d", "k") and n[2][3] is None:
            idx = n[1][1][1] if n[1][1][0] == "sym" else None
            if idx and any(a[0] == "sym" and a[1] in ("x", "v", "y") and (a[3] == ("sym", idx, "", None, 0, None)
                                                                       or a[5] is not None) for a in walk(n[3])):
                r.data_size.add(n[2][1])
    # ---- marked letters: \\hat p_theta as p~, z(theta) as Z (roles_marks.py)
    from .roles_marks import marks_of
    r.unnorm_hats, r.hats_tied, r.normalizers = marks_of(rows if rows is not None else [[a] for a in asts], nodes,
                                                         r.params | set(r.aliases))
    # ---- a letter read as the data though written with the model's parameter (P(tau | theta) beside pi_theta):
    # an arbitrary parametrized distribution (meaning_dists.py), maybe the model in words (model_ties.py)
    r.param_data = {n[1][1] for n in nodes if n[0] == "app" and n[1][0] == "sym" and n[1][1] in r.data
                    and n[1][2] == "" and any(a[0] == "sym" and a[1] in r.params for a in n[2] + n[3])}
    # ---- the one letter a distribution with its parameter is of (P(tau | theta): tau) is a state, whatever its
    # name (p(o, h) beside p(x | theta) is left alone: the document may equate x with (o, h) in words)
    r.dist_states = {n[2][0][1] for n in nodes if n[0] == "app" and n[1][0] == "sym" and n[1][1] in DIST_LETTERS
                     and len(n[2]) == 1 and n[3] and all(c[0] == "sym" and c[1] in r.params for c in n[3])
                     and n[2][0][0] == "sym" and n[2][0][2] == "" and n[2][0][3] is None and n[2][0][5] is None} \
        - r.params - GREEK_PARAMS - {"pi", "e"}
    # ---- vector-valued functions: NN_theta(x)[y] somewhere makes NN(x) a vector of logits everywhere
    r.indexed = {n[1][1][1] for n in nodes if n[0] == "index" and n[1][0] == "app" and n[1][1][0] == "sym"}
    # ---- letters written only before an argument list, z(theta), h(x): functions, never products
    from .roles_functions import applied_only
    r.functions = applied_only(asts)
    # ---- a measure on the states: an integral over a state
    for n in nodes:
        if n[0] == "int":
            r.measure = True
            # \int f dx somewhere: a d\mu(x) elsewhere is another measure (meaning_operators.t_int)
            r.plain_d = r.plain_d or (n[4] is not None and n[4][0] == "sym")
    return r


def inputs_of(nodes) -> set:
    """The input x of a conditional energy model (E(x, y, z), F(x, y), P(y | x), P(y, z | x)): a letter that is
    an argument of an energy of three states, a condition of a distribution, and never a distribution's
    argument nor a bound variable. The model is then over y (and its latent z) with a table that depends
    on x arbitrarily, as on a parameter: P(y | x) = e^{-beta F(x, y)} / integral over y' of e^{-beta F(x, y')}.
    Only for energies of three states: with two, E(v, h) beside p(h | v) keeps v a visible state (Z sums
    over v too)."""
    def letter(a):
        return a[1] if a[0] == "sym" and a[3] is None and a[5] is None and a[2] == "" else None
    first, conds, args, bound = set(), set(), set(), set()
    for n in nodes:
        if n[0] == "app" and n[1][0] == "sym":
            head = (n[1][1], n[1][2])
            names = [letter(a) for a in n[2]]
            if (head in ENERGY_LETTERS or head in FREE_ENERGY) and len(n[2]) >= 3 and names[0]:
                first.add(names[0])
            if n[1][1] in DIST_LETTERS:
                conds |= {letter(c) for c in n[3]} - {None}
                args |= set(names) - {None}
        if n[0] in ("sum", "prod", "int", "sim") and n[1] is not None:
            bound |= {a[1] for a in walk(n[1]) if a[0] == "sym"}
    return (first & conds) - args - bound


def _one_family(dist_params, nodes, params, rows) -> bool:
    """One distribution letter written at several parameters, one at a time, whose family a row writes out in its
    parameter (q_phi and q_psi, two members of q_phi(x) = e^{phi f(x) + g(x)}/Z(phi)): the family evaluated at each,
    never a second distribution at psi with a table of its own (hostile set 9, C18: the members were drawn with
    different g). P_phi beside P_Theta = e^{-E_Theta}/Z_Theta (the paper's generator beside its model) is no
    member: Theta is written only on the energy's objects, never in the formula itself."""
    if len(dist_params) != 1:
        return False
    values = _values_of_one_parameter(nodes, params)
    if not set(values) | set(values.values()) >= set().union(*dist_params.values()):
        return False
    (letter,) = dist_params
    for sides in rows or ():
        lhs, rhs = (sides[0], sides[1]) if len(sides) >= 2 else (None, None)
        if isinstance(lhs, tuple) and isinstance(rhs, tuple) and lhs[0] == "app" and lhs[1][0] == "sym" \
                and lhs[1][1] == letter and lhs[1][3] is not None and lhs[1][3][0] == "sym" \
                and _in_formula(rhs, lhs[1][3][1]):
            return True
    return False


def _in_formula(node, name) -> bool:
    """Whether the letter `name` is written in the formula itself (phi f(x)), not only under a subscript or as an
    object's argument (E_phi(x), Z(phi))."""
    if isinstance(node, list):
        return any(_in_formula(a, name) for a in node)
    if not isinstance(node, tuple) or not node:
        return False
    if node[0] == "sym":
        return node[1] == name
    if node[0] == "app":
        return False
    return any(_in_formula(a, name) for a in node[1:] if isinstance(a, (tuple, list)))


def _values_of_one_parameter(nodes, params) -> dict:
    """{phi: theta} when the model's objects are written with one Greek parameter each, never two together
    (p_theta(x) ... p_phi(x), Z(theta) ... Z(phi)): one parameter, written at several values. The first
    written is the parameter; the others are values of it (the family evaluated there, never merged)."""
    order, together = [], False
    for n in nodes:
        written = []
        if n[0] == "sym" and n[3] is not None and (n[1] in DIST_LETTERS or (n[1], n[2]) in ENERGY_LETTERS | PARTITION
                                                    | FREE_ENERGY):
            written = [s[1] for s in walk(n[3]) if s[0] == "sym" and s[1] in params]
        elif n[0] == "app" and n[1][0] == "sym" and (n[1][1] in DIST_LETTERS or (n[1][1], n[1][2]) in
                                                     ENERGY_LETTERS | PARTITION | FREE_ENERGY):
            written = [a[1] for a in list(n[2]) + list(n[3]) if a[0] == "sym" and a[1] in params]
        if len(set(written)) > 1:
            together = True
        order += [w for w in written if w not in order]
    greek = [w for w in order if w in GREEK_PARAMS and w != "beta"]
    if together or len(greek) < 2 or len(greek) != len(order):
        return {}
    return {w: greek[0] for w in greek[1:]}
