"""Explicit energies over units (the RBM) -> the vocabulary: units, weights, index sums, vector products.

The general reader (meaning.py) gives every letter its fixed meaning; this subclass adds what an
explicit energy needs (roles from explicit_roles.py):

    v_i, h_j (i, j unit indices)       Unit(v, i, layer): unit i of configuration v
    a_i, W_ij, W_{i,j}                 components a[i], W[i, j] of the weights
    b^T v, v^T W h, a . x^T, h'Wv      sums over the units of the layers the vectors meet
    sum_i, sum_{i,j}, prod_j           sums (products) over the units of a layer
    sum_{h_j in {0,1}} f(h_j)          f(0) + f(1) (spins: f(-1) + f(1))
    sigma(u), sigm, sigmoid, softplus  1/(1+e^{-u}), log(1+e^u)
    p(h_j = 1 | v), p(h_j | v)         UnitConditional: the sum of p(h | v) over h with h_j = 1
    <v_i h_j>_data, <v_i h_j>_model    (1/N) sum_n sum_h p(h|v^(n)) v_i h_j, sum_{v,h} p(v,h) v_i h_j

The energy's defining row E(v, h) = ... makes E mean its body in every later row (the model's form);
the definition itself is not judged, the rows continuing it are.
"""
from __future__ import annotations

import sympy
from sympy import Dummy, Integer, Lambda, Tuple

from .vocabulary import VectorParam
from .vocabulary.space import hidden_sum, visible_sum
from .vocabulary.units import HiddenIndex, Unit, UnitConditional, VisibleIndex, layer_size, sigmoid, softplus
from .explicit_averages import AveragesMeaning
from .explicit_roles import index_letters
from .explicit_vectors import VectorsMeaning, _dummy
from .meaning import Meaning, _key
from .roles import DIST_LETTERS, sub_letter

SIGMOID = {"sigma", "sigm", "sigmoid", "logistic", "logsig"}
SOFTPLUS = {"softplus", "zeta", "sp"}
LOGSUMEXP = {"LogSumExp", "logsumexp", "LSE", "lse", "LogSumExp"}
DATA_SUP = {"N", "M"}


class ExplicitMeaning(VectorsMeaning, AveragesMeaning, Meaning):
    def __init__(self, roles, er):
        for w, shape in er.shapes.items():
            roles.params.add(w)
            if shape:
                roles.vectors.add(w)
        if er.shapes.get("beta"):   # beta^T h: a bias of the energy, not an inverse temperature
            roles.beta = False
        if er.label:  # a classifier: the label is a latent variable of the joint energy E(x, y) = -f(x)[y]
            roles.hidden = True
            roles.hidden_letters |= {(er.label, 0), (er.label, 1)}
        super().__init__(roles)
        self.er = er
        self.free_index: dict = {}

    def tr(self, node, env):
        """w_{ij} for the entries of the energy's W are W_{ij} (explicit_roles.rename_entries): once, at the top."""
        if self.er.aliases and not self._renamed:
            from .explicit_roles import rename_entries
            self._renamed = True
            try:
                return super().tr(rename_entries(node, self.er.aliases), env)
            finally:
                self._renamed = False
        return super().tr(node, env)

    _renamed = False

    def state_derivative(self, n, env):
        """nabla_v of an energy over binary or +-1 units: v takes two values per unit, so a gradient in v has no
        meaning (a continuous reading of v would prove E_p[nabla_v E] = 0, which says nothing here)."""
        var = n[1][0][0]
        if self.er.layers and not self.er.scalar and not self.er.gaussian and var[1] in self.er.layers:
            units = "+-1" if self.er.spin else "binary"
            self.fail(f"a gradient in the state {var[1]}, whose units are {units}: it has no meaning on discrete units",
                      "a derivative with respect to a parameter, or real-valued units")
        return super().state_derivative(n, env)

    # ---- letters
    def layer_of_letter(self, name):
        return None if self.er.scalar else self.er.layers.get(name)

    def refuse(self, sides):
        """Why a row is not checked, or None. A closed form of an integral over the real line (the
        Gaussian's sqrt(2 pi sigma^2)) holds for Lebesgue measure only: on the finite measure spaces
        where the checker reads integrals it is false, so it is refused, never refuted."""
        from .roles import walk
        self.clamped = self._clamped(sides)
        if self.er.gaussian and not (sides and id(sides[0]) in self.er.energy_rows):
            return ("real-valued (Gaussian) units: the energy squares a unit, and only binary or +-1 units "
                    "are enumerated; not checked")
        if not (self.r.measure and (self.er.scalar or self.er.family_rows)):
            return None
        nodes = [n for s in sides if isinstance(s, tuple) for n in walk(s)]
        closed = any(n[0] == "sqrt" or n[0] == "sym" and n[1] == "pi" for n in nodes)
        integral = any(n[0] == "int" or n[0] == "sym" and n[1] == "Z" for n in nodes) or self.er.scalar
        if closed and integral:
            return ("a closed form of an integral over the real line (Gaussian): it holds for Lebesgue measure "
                    "only, and the checker reads integrals as finite measure spaces; not checked")
        return None

    def unit_index(self, node, env, layer):
        if node[0] == "num":
            return Integer(int(node[1]))
        if node[0] != "sym":
            self.fail("a unit index that is not a letter or a number", "v_i")
        bound = env.get(("unit", node[1]))
        if bound is not None:
            return bound[0]
        if node[1] not in self.free_index:
            self.free_index[node[1]] = (VisibleIndex if layer == 0 else HiddenIndex)(node[1])
        idx = self.free_index[node[1]]
        if (0 if isinstance(idx, VisibleIndex) else 1) != layer:
            self.fail(f"the index {node[1]} runs over the visible units in one place and the hidden in another")
        return idx

    def index_nodes(self, sub):
        parts = list(sub[1:]) if sub[0] in ("mul", "list") else [sub]
        return parts

    def configuration(self, node, env):
        base = ("sym", node[1], node[2], None, node[4], None)
        return super().t_sym(base, env)

    def t_index(self, n, env):
        """f(x)[y]: the logit of label y, which is minus the joint energy E(x, y)."""
        app, label = n[1], n[2]
        states = self.state_args(app[2], env)
        if len(states) != 1:
            self.fail("logits f(x)[y] of other than one input", "f(x)[y]")
        from .vocabulary import ModelEnergy
        return -ModelEnergy(Tuple(states[0], self.tr(label, env)), self.model())

    def _hidden_node(self, node):
        if node[0] == "sym" and node[1] == self.er.label:
            return True
        return super()._hidden_node(node)

    def t_sym(self, n, env):
        name, sub = n[1], n[3]
        if name == self.er.label and sub is None and n[5] is None and (name, n[2], n[4]) not in env:
            return self.free_state((name, n[2], n[4]), hidden=True)
        layer = self.layer_of_letter(name)
        if layer is not None and sub is not None and ("data", sub_letter(sub)) not in env:
            val = env.get(("unitval", name, sub_letter(sub)))
            if val is not None:
                return val
            ls = index_letters(sub)
            if ls and len(ls) == 1:
                return Unit(self.configuration(n, env), self.unit_index(sub, env, layer), layer, self.er.spin)
        if name in self.er.shapes and self.er.shapes[name] and sub is not None:
            parts = self.index_nodes(sub)
            shape = self.er.shapes[name]
            if len(parts) == len(shape):
                return self.params[name][tuple(self.unit_index(p, env, lay) for p, lay in zip(parts, shape))]
            self.fail(f"{name} has {len(shape)} indices; {len(parts)} are written here")
        if name in self.er.shapes and self.er.shapes[name] and sub is None:
            self.fail(f"the vector {name} where a number is expected", f"{name}_i, or a product such as {name}^T v")
        return super().t_sym(n, env)

    def param(self, node, env):
        if node[0] == "sym" and node[1] in self.er.shapes and self.er.shapes[node[1]]:
            if node[3] is None:
                return None
            parts = self.index_nodes(node[3])
            shape = self.er.shapes[node[1]]
            if len(parts) != len(shape):
                return None
            return self.params[node[1]][tuple(self.unit_index(p, env, lay) for p, lay in zip(parts, shape))]
        return super().param(node, env)

    # ---- sums and products over units
    def sum_layer(self, letter, body):
        """The layer whose units the index `letter` runs over in body, or None."""
        from .roles import walk
        # F(v_i), p(v_i): a data point, not a unit; but p(h_j | v) is the conditional of one unit
        args = {id(a) for m in walk(body) if m[0] == "app" and not m[3] for a in m[2]}
        found = set()   # W_j alone (a row or a column of W) tells no layer: b_j beside it does
        for m in walk(body):
            if m[0] == "sym" and m[3] is not None and id(m) not in args:
                ls = index_letters(m[3]) or []
                if letter not in ls:
                    continue
                if m[1] in self.er.layers and len(ls) == 1 and not self.er.scalar:
                    found.add(self.er.layers[m[1]])   # v_i, h_j: the layers are vectors of units here
                elif self.er.shapes.get(m[1]) and len(ls) == len(self.er.shapes[m[1]]):
                    found.add(self.er.shapes[m[1]][ls.index(letter)])
        if not found:   # W_j v: the row j of W, contracted with the layer of v (as ten() reads W_j)
            found = {lay for m in walk(body) if m[0] == "mul" for lay in self._row_layers(m[1:], letter)}
        return found.pop() if len(found) == 1 else None

    def _row_layers(self, items, letter):
        for f, g in zip(items, items[1:]):
            shape = self.er.shapes.get(f[1]) if f[0] == "sym" else None
            if shape and len(shape) == 2 and f[3] is not None and index_letters(f[3]) == [letter] \
                    and g[0] == "sym" and g[3] is None and self.layer_of_letter(g[1]) == shape[1]:
                yield shape[0]

    def t_sum(self, n, env, product=False):
        sub, sup, body = n[1], n[2], n[3]
        if sub is not None and sub[0] == "in" and sub[1][0] == "sym" and sub[1][3] is not None \
                and self.layer_of_letter(sub[1][1]) is not None:
            return self.unit_value_sum(sub[1], body, env, product)
        if sub is not None and sub[0] == "sym" and sub[1] == self.er.label and sub[3] is None and not product:
            sym, env2 = self.bind(sub, env)   # a sum over the labels: the latent space
            return hidden_sum(self.tr(body, env2), sym)
        if sub is not None and sub[0] == "sym" and sub[3] is not None and self.layer_of_letter(sub[1]) is not None:
            return self.unit_value_sum(sub, body, env, product)   # \sum_{h_j}: over the values of one unit
        letter = None
        if sub is not None and sub[0] == "sym" and len(sub[1]) == 1 and sub[3] is None:
            letter = sub[1]
        elif sub is not None and sub[0] == "eqsub" and sub[1][0] == "sym":
            letter = sub[1][1]
        # a sum whose body picks units or weights by its index runs over units, whatever its bound
        # is called (N visible units); a data sum picks data points x^{(i)}
        data_bound = sup is not None and sup[0] == "abs" or letter is not None and self._picks_data(letter, body)
        if letter is not None and not data_bound and self.layer_of_letter(letter) is None:
            layer = self.sum_layer(letter, body)
            if layer is not None:
                _whole_layer(self, sub, sup)
                d = _dummy(layer)
                b = self.tr(body, {**env, ("unit", letter): (d, layer)})
                return self._big(b, (d, 1, layer_size(layer)), product)
        if sub is not None and sub[0] == "sym" and sub[3] is None and self.layer_of_letter(sub[1]) is not None \
                and not product:  # a sum over the configurations of a layer
            sym, env2 = self.bind(sub, env)
            b = self.tr(body, env2)
            if self.layer_of_letter(sub[1]) == 1:
                return hidden_sum(b, sym)
            return visible_sum(b, sym, int(self.r.measure))
        if product:
            return super().t_sum(n, env, product=True)
        return super().t_sum(n, env)

    def t_prod(self, n, env):
        return self.t_sum(n, env, product=True)

    def _picks_data(self, letter, body):
        from .roles import walk
        return any(m[0] == "sym" and m[5] is not None and any(s[0] == "sym" and s[1] == letter for s in walk(m[5]))
                   for m in walk(body))

    def unit_value_sum(self, unit_node, body, env, product):
        values = (-1, 1) if self.er.spin else (0, 1)
        u = Dummy("u", real=True)
        b = self.tr(body, {**env, ("unitval", unit_node[1], sub_letter(unit_node[3])): u})
        terms = [b.xreplace({u: Integer(c)}) for c in values]
        return sympy.Mul(*terms) if product else sympy.Add(*terms)

    # ---- functions and conditionals
    def _t_app(self, n, env):
        head, args, cond = n[1], n[2], n[3]
        name = head[1] if head[0] == "sym" else None
        if name in SIGMOID and head[3] is None and len(args) == 1 and not cond:
            return sigmoid(self.tr(args[0], env))
        if name in LOGSUMEXP and head[3] is not None and len(args) == 1 and not cond:
            # LogSumExp_y(u) = log sum_y e^{u}
            return self.tr(("log", ("sum", head[3], None, ("exp", args[0]))), env)
        if name in SOFTPLUS and head[3] is None and len(args) == 1 and not cond:
            return softplus(self.tr(args[0], env))
        if name is not None and not cond and (self.layer_of_letter(name) is not None and head[3] is not None
                                              or name in self.er.shapes):
            # h_j (c_j + ...), W_ij (...): juxtaposition, not a function
            return self.tr(("mul", head, *args), env)
        if name in DIST_LETTERS and len(args) == 1 and cond and self._unit_node(args[0]):
            return self.unit_conditional(args[0], cond, env)
        return super().t_app(n, env)

    def _unit_node(self, a):
        if a[0] == "eqsub":
            a = a[1]
        return a[0] == "sym" and self.layer_of_letter(a[1]) is not None and a[3] is not None

    def unit_conditional(self, a, cond, env):
        value = None
        if a[0] == "eqsub":
            a, value = a[1], self.tr(a[2], env)
        layer = self.layer_of_letter(a[1])
        j = self.unit_index(a[3], env, layer)
        c = value if value is not None else self.tr(a, env)
        given = self.tr(cond[0], env)
        return UnitConditional(c, j, layer, self.er.spin, given, self.model())

    # ---- an exponential family given by its density
    def family_row(self, sides):
        """p(x) = h(x) exp(S(x) - A): the energy is -S(x) - log h(x); factors free of x are the
        normaliser (A = log Z), which the fixed meaning of p already holds."""
        from .roles import walk
        lhs, rhs = sides
        state = lhs[2][0]
        x = Dummy(state[1], integer=True, positive=True)
        env = {_key(state): x}
        energy = []

        def take(node, sign):
            kind = node[0]
            if kind == "mul":
                for f in node[1:]:
                    take(f, sign)
            elif kind == "div":
                take(node[1], sign)
                take(node[2], -sign)
            elif kind == "exp":
                for t in _terms(node[1]):
                    if _mentions(t, state[1]):
                        energy.append(-sign * self.tr(t, env))
            elif kind == "neg":
                take(node[1], sign)  # a sign of the density is not its energy; p > 0 keeps it +
            elif _mentions(node, state[1]):
                energy.append(-sign * sympy.log(self.tr(node, env)))
        take(rhs, 1)
        self.form = Lambda(x, sympy.Add(*energy))
        # symbols of the parameters only (A(eta), G(theta)) are the log-partition, until defined
        for n in walk(rhs):
            if n[0] == "app" and n[1][0] == "sym" and not _mentions(n, state[1]) and ("def", n[1][1]) not in self.defs:
                self.defs[("def", n[1][1])] = ([], ("log", ("sym", "Z", "", None, 0, None)))
        return True   # a definition shown as a link, not judged

    def t_app(self, n, env):
        head, args = n[1], n[2]
        if head[0] == "sym" and head[1] in self.er.base_letters and len(args) == 1 and not n[3]:
            from .vocabulary.units import Base
            return Base(head[1], self.tr(args[0], env))
        return self._t_app(n, env)

    # ---- the energy's defining row
    def explicit_row(self, sides):
        """True when the row defines the explicit energy: E then means its body in every later row.
        The definition is not judged; the relations after it (E = A = B: A = B) are."""
        if sides and id(sides[0]) in self.er.family_rows and self._of_model(sides[0]):
            return self.family_row(sides)
        ex = [(k, self.er.exponent[id(s)]) for k, s in enumerate(sides) if id(s) in self.er.exponent]
        if ex:   # e^{-E(v, h)} written out (explicit_exponent.py): E reads so from its first side on
            if self.form is None:
                self._form(ex[0][1][1], ("neg", ex[0][1][2]))
            return False   # the step writing it out is judged, proved by the definition it gives (the key's claim)
        if not sides or id(sides[0]) not in self.er.energy_rows:
            return False
        self._form(sides[0][2], sides[1])
        return "energy"

    def _of_model(self, lhs) -> bool:
        """Whether a density row's left side is the model's: q_phi(x) = e^{phi f(x) + g(x)} / sum ... beside the
        model p_theta defines a second distribution, never the model's energy (hostile set 7, B27: bound as the
        model's, E_q[grad log p_theta] = 0 was proved)."""
        try:
            return self.dist_kind(lhs[1]) == "model"
        except Exception:  # noqa: BLE001 - a letter whose role cannot be told defines no model
            return False

    def _form(self, states, body_node):
        dummies = [Dummy(s[1], integer=True, positive=True) for s in states]
        env = {_key(s): d for s, d in zip(states, dummies)}
        self.form = Lambda(tuple(dummies), self.tr(body_node, env))


def _terms(node):
    return list(node[1:]) if node[0] == "add" else [node]


def _mentions(node, letter):
    from .roles import walk
    return any(n[0] == "sym" and n[1] == letter for n in walk(node))


__all__ = ["ExplicitMeaning", "VectorParam"]


def explicit_meaning(rows, roles, text):
    """An ExplicitMeaning when the document defines an explicit energy (explicit_roles.py), else None.
    `rows`: each row's sides as ASTs."""
    from .explicit_roles import find_explicit
    er = find_explicit(rows, text)
    return ExplicitMeaning(roles, er) if er is not None else None


def _whole_layer(meaning, sub, sup):
    """A sum over a layer's units runs over all of them: written from 1 to a letter (the layer's size, n or m).
    Any other range (\\prod_{j=1}^{29} beside 30 hidden units, \\sum_{i=2}^{n}) is no sum the reading keeps:
    read as over the whole layer, a factor left out was proved (hostile set 9, P18). Unreadable, named."""
    low = sub[2] if sub is not None and sub[0] == "eqsub" else None
    if low is not None and not (low[0] == "num" and str(low[1]) == "1"):
        meaning.fail("a sum over units that does not start at the first", "\\sum_{i=1}^{n}, or \\sum_i")
    if sup is not None and not (sup[0] == "sym" and sup[3] is None and sup[5] is None):
        meaning.fail("a sum over units that does not run to their number (a written limit the reading would drop)",
                     "\\sum_{j=1}^{m} with the layer's size, or \\sum_j")
