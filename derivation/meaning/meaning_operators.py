"""Meaning of the big operators: sums and products (over states, latent states, the data, components),
integrals under the document's measure, expectations, Var, Cov and KL, and the variables they bind."""
from __future__ import annotations

import sympy
from sympy import Dummy, Sum, exp, log

from . import notation as nt
from .vocabulary import COMPONENTS, Cov, Expect, KL, PosteriorDist, Var
from .vocabulary.space import hidden_sum, visible_sum
from .fixed_letters import DATA_INDEX
from .free_latent import free_in_row, letter_key as _key
from .integral_variable import check_integral_variable
from .roles import ENERGY_LETTERS, HIDDEN_NAMES, sub_text, walk
from .meaning_values import node_text
from .sum_domains import (STATE_NAMES, data_size as _data_size, domain_text, states_to_k as _states_to_k, unit_domain,
                          whole_space_power)


class OperatorsMeaning:
    """Methods of meaning.Meaning that translate a big operator and bind its variable."""

    # ---- big operators
    def bound_index(self, n, env):
        """A summation index written bare in its summand (\\sum_{i=1}^N (i - (N+1)/2)): the integer it runs over,
        never a free quantity a counterexample could set to 1/2 (hostile set 5, V06)."""
        if n[0] != "sym" or n[2] != "" or n[3] is not None or n[4] or n[5] is not None:
            return None
        if n[1] in getattr(self, "space_exponents", ()):   # the m of \sum_{h \in \{0,1\}^m} (sum_domains.py)
            self.fail(f"{n[1]} is the number of units of a space whose states have none here (\\{{0, 1\\}}^{n[1]}) and a "
                      "number elsewhere", "\\sum_h over the whole space, or an energy written out over units")
        return env.get(("data", n[1])) or env.get(("comp", n[1]))

    def bind(self, var_node, env, hidden=False):
        if var_node[0] != "sym":
            self.fail("a bound variable that is not a letter", "x")
        from .meaning_values import marks
        sym = Dummy(var_node[1] + marks(var_node[4]), integer=True, positive=True)
        return sym, {**env, _key(var_node): sym}

    def uses_hidden_slot(self, key, body):
        for n in walk(body):
            if n[0] == "app" and n[1][0] == "sym":
                if (n[1][1], n[1][2]) in ENERGY_LETTERS | {("p", ""), ("P", "")} and len(n[2]) >= 2 \
                        and n[2][1][0] == "sym" and _key(n[2][1]) == key:
                    return True
                if n[3] and n[2] and n[2][0][0] == "sym" and _key(n[2][0]) == key and key[0] in HIDDEN_NAMES:
                    return True
        return False

    def t_sum(self, n, env, product=False):
        sub, sup, body = n[1], n[2], n[3]
        if sub is not None and sub[0] == "neqsub":   # \sum_{j \neq i} f(j) = \sum_j f(j) - f(i), on any range of j
            from .sum_all_but_one import all_but_one
            return self.tr(all_but_one(sub, sup, body, product, self.fail, env, self.size_written,
                                       getattr(self, "row_sides", ())), env)
        if sub is None:   # \sum p(x) f(x), Tr rho O: over the one state written in it, when there is one
            states = {_key(a): a for a in walk(body) if a[0] == "sym" and a[1] in STATE_NAMES and a[2] == ""
                      and a[3] is None and a[5] is None and _key(a) not in env}
            if len(states) != 1:
                self.fail("a sum without its index", "\\sum_x or \\sum_{i=1}^N")
            sub = next(iter(states.values()))
        if sub[0] == "list":
            inner = body
            for v in reversed(sub[1:]):
                inner = ("sum", v, None, inner)
            return self.tr(inner, env)
        if sub[0] == "sym" and sub[1] in DATA_INDEX and sub[3] is None and sup is None \
                and not self._indexes_data(sub[1], body, env) and self._indexes_components(sub[1], body):
            # \sum_k lambda_k f_k(x): k indexes the letters' components, as \sum_{k=1}^{K} does (read over the
            # states, the model's energy had K-state many terms and a free k beyond them gave a false invalid)
            c = Dummy(sub[1], integer=True, positive=True)
            b = self.tr(body, {**env, ("comp", sub[1]): c})
            return self._big(b, (c, 1, COMPONENTS), product)
        if sub[0] == "eqsub" and _states_to_k(sub, sup) and "K" not in getattr(self, "components_written", ()):
            # \sum_{x=1}^{K}, x a state letter: the states numbered 1..K, the whole space (as the checker
            # prints a sum over the states, so every row it prints reads back as itself)
            return self.t_sum(("sum", sub[1], None, body), env, product)
        if sub[0] == "eqsub" or (sub[0] == "sym" and sub[1] in DATA_INDEX and sub[3] is None
                                   and self._indexes_data(sub[1], body, env)):   # \sum_i f(x_i), \sum_i^N f(x_i)
            var = sub[1] if sub[0] == "eqsub" else sub
            if sub[0] == "eqsub" and not (sub[2][0] == "num" and str(sub[2][1]) == "1"):
                self.fail("a sum that does not start at 1", "\\sum_{i=1}^N")
            data = sup is None or (sup[0] == "sym" and sup[1] == "N") or sup[0] == "abs"
            if data or self._indexes_data(var[1], body, env):
                if sup is not None and not _data_size(sup):
                    # \sum_{i=1}^{N-1}, ^{2N}, ^{0}, ^{Z}: not the whole data set; never silently read as N
                    self.fail("a sum over the data that does not run to the data size N", "\\sum_{i=1}^N")
                if sup is not None and sup[0] == "sym":
                    others = (self.data_size | {sup[1]}) - {"N"}
                    if len(others) > 1 or (sup[1] == "N" and others):
                        # \sum_{i=1}^{M} beside \sum_{i=1}^{N}: two sizes cannot both be the data set's
                        self.fail(f"two letters for the data size ({', '.join(sorted(others | {'N'}))})",
                                  "one letter for the number of data points")
                if sup is not None and sup[0] == "sym" and sup[1] in getattr(self, "space_exponents", ()):
                    self.bound_index(sup, {})   # the m of \sum_{h \in \{0,1\}^m} as a limit: refused, named
                if sup is not None and sup[0] == "sym" and sup[1] in self.components_written:
                    self.fail(f"{sup[1]} counts components in one sum and data points in another",
                              "one letter for the number of data points (N), another for the components")
                if sup is not None and sup[0] == "sym" and sup[1] != "N" and sup[3] is None:
                    self.data_size.add(sup[1])   # \sum_{i=1}^{n} f(x_i): n is the data size N
                if sup is not None and sup[0] == "sym" and sup[3] is None:
                    self.size_letter(sup[1])
                d = Dummy(var[1], integer=True, positive=True)
                b = self.tr(body, {**env, ("data", var[1]): d})
                return self._big(b, (d, 1, nt.N), product)
            if sup is not None:
                # \sum_{k=1}^{K-1} beside \sum_{k=1}^{K}: the upper limit is part of the reading (issue 18: never
                # dropped); one letter, the same in the whole document, is the number of components m
                if not (sup[0] == "sym" and sup[3] is None and sup[5] is None):
                    self.fail("a sum over components that does not run to their number",
                              "\\sum_{k=1}^{K} with one letter for the number of components")
                self.bound_index(sup, {})   # the m of \sum_{h \in \{0,1\}^m} as a limit: refused, named
                if sup[1] in self.data_size or sup[1] in self.size_written:
                    # \sum_{j=1}^{n} x_j beside \prod_{j=1}^{n} (1 + e^{c_j}): one written n, one object (C11)
                    self.fail(f"{sup[1]} counts data points in one sum and components in another",
                              "one letter for the number of data points (N), another for the components")
                self.component_letter(sup[1])
            c = Dummy(var[1], integer=True, positive=True)
            b = self.tr(body, {**env, ("comp", var[1]): c})
            return self._big(b, (c, 1, COMPONENTS), product)
        if sub[0] == "in" and sub[2][0] == "set":   # \sum_{s \in \{-1, 1\}}: over the values written, never the states
            return self._over_values(sub[1], sub[2][1:], body, env, product)
        if sub[0] == "in":
            var, where = sub[1], sub[2]
            if where[0] not in ("sym", "set") and not unit_domain(self, var, where) \
                    and not whole_space_power(self, var, where):
                # \sum_{h \in \{0,1\}^n}: the vocabulary's states have no components, so read over "all the states"
                # the written domain was dropped and its n drawn apart from the n of the summand (hostile set 5 C11)
                self.fail(f"a sum over {node_text(var)} in {domain_text(where)}: a domain the reading cannot keep (the "
                          "states of the general vocabulary have no units)", "\\sum_x over the whole space, or an "
                          "energy written out over units")
            if where[0] == "sym" and where[1] == "D" and where[2] == "cal":
                d = Dummy("i", integer=True, positive=True)
                if var[0] == "sym" and var[5] is not None:   # x^{(i)} in D
                    b = self.tr(body, {**env, ("data", sub_text(var[5][1:] and var[5]) or "i"): d})
                    idx = var[5]
                    b = self.tr(body, {**env, ("data", idx[1] if idx[0] == "sym" else "i"): d})
                else:
                    b = self.tr(body, {**env, _key(var): nt.DataPoint(d)})
                return self._big(b, (d, 1, nt.N), product)
            if var[0] == "sym" and var[1] not in DATA_INDEX and where[0] == "sym" and not self.whole_space(var, where):
                from .set_sums import named_set_sum   # \sum_{a \in A}: all the states, or A of its own; else refused
                if (over := named_set_sum(self, var, where, body, env, product)) is not None:
                    return over
            sub = var
        if sub[0] != "sym":
            self.fail("a sum over something that is not a state or an index", "\\sum_x")
        if sup is not None:   # \sum_i^{N} over the states: the upper limit is never dropped (issue 18)
            self.fail(f"a sum over {sub[1]} with an upper limit that is neither the data size nor a number of "
                      "components", "\\sum_{i=1}^N f(x_i) over the data, or \\sum_x over the states")
        if product:
            self.fail("a product over the states", "\\prod_{i=1}^N over the data")
        # in a latent-variable document h and z range over the latent space (F(h) is then a slip, refuted);
        # another letter (x') over the space of the slot it fills
        hidden = self.r.hidden and (self.uses_hidden_slot(_key(sub), body) or sub[1] in HIDDEN_NAMES)
        if self.r.hidden and not hidden and sub[1] not in STATE_NAMES \
                and (sub[1], sub[4]) in getattr(self.r, "latent_slot", ()):
            # \sum_Z p(x | Z) p(Z) where another row writes the joint p(x, Z): the same Z over the latent
            # space there and over the states here would refute the product rule; which is meant is not said.
            # A state letter (x' in E(x, x') and in sum_{x'} e^{-F(x')}) keeps the reading its slots give it
            self.fail(f"{sub[1]} is summed here as a state but fills the latent slot of a joint (p(x, {sub[1]})) "
                      "elsewhere in the document: which space it ranges over cannot be told",
                      "name the latent variable h or z")
        sym, env2 = self.bind(sub, env)
        if not hidden:   # \sum_x \tilde p: the model's objects written bare are at the bound x (meaning_implicit.py)
            from .meaning_implicit import implicit_arguments
            body = implicit_arguments(self, body, sub)
        b = self.tr(body, env2)
        return hidden_sum(b, sym) if hidden else _state_sum(b, sym, int(self.r.measure))

    def _over_values(self, var, values, body, env, product):
        """The sum (product) of `body` at each value written in the set; a body that takes the letter as a
        state of the model (E(s), p(s)) is not read (a number is not a state of its space)."""
        if var[0] != "sym" or any(n[0] == "app" and any(_key(a) == _key(var) for a in n[2] + n[3] if a[0] == "sym")
                                  for n in walk(body)):
            self.fail("a sum over written values of a letter used as a state", "\\sum_x over the states")
        vals = list(dict.fromkeys(self.tr(v, env) for v in values))
        if not vals or not all(v.is_number for v in vals):
            self.fail("a sum over a set whose elements are not numbers", "\\sum_{s \\in \\{-1, 1\\}}")
        terms = [self.tr(body, {**env, _key(var): v}) for v in vals]
        return sympy.Mul(*terms) if product else sympy.Add(*terms)

    def _indexes_components(self, idx, body):
        """Whether `idx` is written only as the subscript of letters that are neither states nor the
        vocabulary's energies or distributions (lambda_k, f_k, w_k): the components of a vector."""
        uses = [n for n in walk(body) if n[0] == "sym" and n[3] is not None and n[3][0] == "sym" and n[3][1] == idx]
        return bool(uses) and all(n[1] not in STATE_NAMES and (n[1], n[2]) not in ENERGY_LETTERS
                                  and n[1] not in ("p", "P", "q", "Q", "Z") for n in uses)

    def _indexes_data(self, idx, body, env=()):
        """Whether `idx` picks data points in body (x_i, x^{(i)}); never the units of a state an enclosing sum or
        expectation binds (h_j under \\sum_{h}: one written letter is one object in a row, hostile set 5 C11)."""
        for n in walk(body):
            if n[0] == "sym" and (n[1], n[2], n[4]) in env:
                continue
            if n[0] == "sym" and n[1] in STATE_NAMES and (n[3] == ("sym", idx, "", None, 0, None) or
                                                         n[5] is not None and idx in sub_text(n[5][1:2] and n[5])):
                return True
            if n[0] == "sym" and n[1] in STATE_NAMES and n[5] is not None and any(
                    s[0] == "sym" and s[1] == idx for s in walk(n[5])):
                return True
        return False

    def _big(self, body, limits, product):
        if not product:
            return Sum(body, limits)
        from .normal_form import is_positive
        if not is_positive(body):  # kept as a product: the instances write it out, no rewrite touches it
            return sympy.Product(body, limits)
        return exp(Sum(log(body), limits))   # prod f = e^{sum log f} for positive f

    def t_prod(self, n, env):
        return self.t_sum(n, env, product=True)

    def t_int(self, n, env):
        sub, sup, body, diff = n[1], n[2], n[3], n[4]
        if sup is not None or (sub is not None and sub[0] in ("num", "neg", "add", "eqsub")):
            # \int_0^1, \int_a^b: an integral over part of the space is not the measure's whole sum
            self.fail("an integral with limits (over part of the space)", "\\int f(x)\\,dx over the whole space")
        var = None
        if sub is not None and sub[0] == "sym" and not (self.state_node(sub) and len(sub[1]) == 1 and sub[2] == ""
                                                         and not sub[1].isupper()) and not self.whole_space(None, sub):
            # \int_A f dx: over part of the space (\int_x, \int_{\mathcal X}, \int_\Omega are the whole of it)
            self.fail(f"an integral over {sub[1]}, a part of the space the vocabulary has no object for",
                      "\\int f(x)\\,dx over the whole space")
        if diff is not None and diff[0] == "app" and (getattr(self.r, "plain_d", False) or not (
                diff[1][0] == "sym" and diff[1][1] == "mu" and diff[1][3] is None and not diff[1][4])):
            # (d\mu(x) is the space's own measure only where no integral of the document is against dx)
            # \int f dq(x), \int f dP_\theta(x), \int f d\nu(x): against another measure, not the space's own
            self.fail(f"an integral against {diff[1][1] if diff[1][0] == 'sym' else 'a measure'}(...), a measure "
                      "other than the state space's", "\\int f(x)\\,dx, \\int f\\,d\\mu(x), or an expectation")
        if diff is not None:
            var = diff[2][0] if diff[0] == "app" and diff[2] else diff
        elif sub is not None and sub[0] == "sym" and self.state_node(sub) and len(sub[1]) == 1 \
                and sub[2] == "" and not sub[1].isupper():
            var = sub
        else:
            for m in walk(body):
                if m[0] == "app":
                    for a in m[2]:
                        if a[0] == "sym" and self.state_node(a) and _key(a) not in env:
                            var = a
                            break
                if var is not None:
                    break
        check_integral_variable(self, var, body)   # told, and never differentiated by inside (integral_variable.py)
        hidden = self.r.hidden and self.uses_hidden_slot(_key(var), body)
        sym, env2 = self.bind(var, env)
        if not hidden:   # \int p(\text{data}) f(x) dx, \int \tilde p dx: at the bound x (meaning_implicit.py)
            from .meaning_implicit import implicit_arguments
            body = implicit_arguments(self, body, var)
        b = self.tr(body, env2)
        return hidden_sum(b, sym) if hidden else _state_sum(b, sym, int(self.r.measure))

    def implicit_var(self, body, env):
        # h of h(x) names a function (an exponential family's base measure), never the state averaged over; a state
        # only an enclosing average binds is bound again: E_p[(T(x) - E_p[T(x)])^2] (hostile set 3, J17: the inner
        # average of the outer x was T(x) itself, and the true variance of T refuted)
        heads = {id(m[1]) for m in walk(body) if m[0] == "app"}
        for free in (True, False):
            for m in walk(body):
                if m[0] == "sym" and m[1] in STATE_NAMES and m[3] is None and m[5] is None and (
                        _key(m) not in env) == free and id(m) not in heads:
                    return m
        return None

    def average(self, dist, var_node, body_node, env, build):
        if var_node is not None and var_node[0] == "joint":  # E_{p(v,h)}[f] = E_{p(v)}[E_{p(h|v)}[f]]
            v, h = var_node[1], var_node[2]
            sv, env_v = self.bind(v, env)
            sh, env_h = self.bind(h, env_v)
            env_h["_bound"] = sh
            inner = build(sh, env_h)
            f, _, _ = inner.args[0], None, None
            kind = type(inner)
            if kind is not Expect:
                self.fail("Var or Cov under a joint distribution", "an expectation")
            return Expect(Expect(inner.args[0], sh, PosteriorDist(sv, self.model())), sv, dist)
        if var_node is None:
            var_node = self.implicit_var(body_node, env)
        if var_node is not None and var_node[0] == "sym":
            sym, env2 = self.bind(var_node, env)
        else:
            sym = Dummy("x", integer=True, positive=True)
            env2 = dict(env)
        env2["_bound"] = sym
        return build(sym, env2)

    def t_expect(self, n, env):
        dist, var = self.dist(n[1], env)
        var = self._with_latent(dist, var, n[2], env)
        var, body = self._at_bound_state(var, n[2], env)
        return self.average(dist, var, body, env, lambda s, e: Expect(self.tr(body, e), s, dist))

    def _at_bound_state(self, var, body, env):
        """E_{p_theta}[\\nabla_\\theta \\log p_\\theta]: the model's objects written bare (with their parameter, no
        argument) are the model at the state the expectation binds, as under \\sum_x (meaning_implicit.py); read as
        an unknown function p they lost the parameter and the model (hostile set 5, N05, a true row refuted)."""
        from .meaning_implicit import implicit_arguments
        if var is not None and var[0] != "sym":
            return var, body
        state = var or self.implicit_var(body, env) or ("sym", "x", "", None, 0, None)
        if state[0] != "sym" or _key(state) in env:
            return var, body
        fixed = implicit_arguments(self, body, state)
        return (state, fixed) if fixed != body else (var, body)

    def _with_latent(self, dist, var, body, env):
        """<f(v, h)>_data, <f(v, h)>_model in a latent-variable model: h is averaged over its posterior given
        v (the data phase clamps v, the model phase is the joint), never left free as if the row held for
        every h (the latent gradient in brackets was refuted so)."""
        if not self.r.hidden or isinstance(dist, PosteriorDist) or (var is not None and var[0] != "sym"):
            return var
        # h, or a unit h_j of it (E[h_j] of an RBM: averaged over the joint, never h left free and drawn as a label,
        # hostile set 6, N25); the bare letter is what the joint binds
        h = next((m[:3] + (None,) + m[4:] for m in walk(body) if m[0] == "sym" and m[1] in HIDDEN_NAMES
                  and (m[3] is None or m[5] is None and m[3][0] in ("sym", "num", "list")) and _key(m) not in env), None)
        if h is None or free_in_row(getattr(self, "row_sides", ()), _key(h)):   # p(h) = E_{v ~ p(v)}[p(h | v)]
            return var
        v = var if var is not None else self.implicit_var(body, env)
        if v is None and var is None:   # E[h_j]: no visible letter written; the joint sums over the visible too
            layers = getattr(getattr(self, "er", None), "layers", None) or {}
            first = [k for k, at in layers.items() if at == 0]
            v = ("sym", first[0] if first else "x", "", None, 0, None)
        if v is None or v[0] != "sym" or _key(v) == _key(h) or v[1] in HIDDEN_NAMES:
            return var
        return ("joint", v, h)

    def t_expect_given(self, n, env):
        """E[f | v] in a latent-variable document: the posterior expectation E_{h ~ p(h|v)}[f]."""
        sub, body, given = n[1], n[2], n[3]
        if not self.r.hidden or given[0] != "sym" or not self.state_node(given):
            self.fail("a conditional expectation E[f | x] outside a latent-variable model",
                      "E_{h \\sim p(h \\mid v)}[f]")
        var = sub if sub is not None and sub[0] == "sym" else next(
            (m for m in walk(body) if m[0] == "sym" and m[1] in HIDDEN_NAMES and m[3] is None
             and _key(m) not in env), None)
        if var is None:
            self.fail("a conditional expectation whose latent variable cannot be told", "E_{h}[f | v]")
        dist = PosteriorDist(self.tr(given, env), self.model())
        return self.average(dist, var, body, env, lambda s_, e: Expect(self.tr(body, e), s_, dist))

    def t_bracket(self, n, env):
        dist, var = self.dist(n[2], env)
        var = self._with_latent(dist, var, n[1], env)
        var, body = self._at_bound_state(var, n[1], env)
        return self.average(dist, var, body, env, lambda s, e: Expect(self.tr(body, e), s, dist))

    def t_var(self, n, env):
        dist, var = self.dist(n[1], env)
        if len(n[2]) != 1:
            self.fail("Var of more than one argument", "\\mathrm{Var}(f)")
        return self.average(dist, var, n[2][0], env, lambda s, e: Var(self.tr(n[2][0], e), s, dist))

    def t_cov(self, n, env):
        dist, var = self.dist(n[1], env)
        if len(n[2]) != 2:
            self.fail("Cov of other than two arguments", "\\mathrm{Cov}(f, g)")
        return self.average(dist, var, ("mul", *n[2]), env,
                            lambda s, e: Cov(self.tr(n[2][0], e), self.tr(n[2][1], e), s, dist))

    def t_kl(self, n, env):
        a, _ = self.dist(n[1], env)
        b, _ = self.dist(n[2], env)
        return KL(a, b)


def _state_sum(body, var, measure):
    """The sum (or integral) over the states; weighted by the data distribution, sum_x p_data(x) g(x), it
    is the data average (1/N) sum_i g(x_i): the terms at states no data point visits are 0 (the usual
    0 log 0 = 0), where the literal sum would have no value (KL(p_data || p), H(p_data) refuted falsely).
    Wherever g has a value at every state, both are the same number: the rewrite never changes one."""
    args = _factors(body)
    for k, a in enumerate(args):
        f = a.function if isinstance(a, Sum) else None
        if isinstance(f, sympy.Mul):   # Sum(1 * delta): the count as meaning.py builds it
            rest_f = [t for t in f.args if t != 1]
            f = rest_f[0] if len(rest_f) == 1 else None
        if not (isinstance(f, sympy.KroneckerDelta) and var in f.args and len(a.limits) == 1
                and any(isinstance(t, nt.DataPoint) and t.args[0] == a.limits[0][0] for t in f.args)
                and tuple(a.limits[0][1:]) == (1, nt.N)):
            continue
        rest = args[:k] + args[k + 1:]
        from .vocabulary.space import Mass
        for need in [nt.N ** -1] + ([Mass(var) ** -1] if measure else []):
            if need not in rest:
                return visible_sum(body, var, measure)
            rest.remove(need)
        g = sympy.Mul(*rest)
        i = Dummy("i", integer=True, positive=True)
        return Sum(g.xreplace({var: nt.DataPoint(i)}), (i, 1, nt.N)) / nt.N
    return visible_sum(body, var, measure)


def _factors(e):
    """The factors of a product, nested unevaluated products flattened."""
    if isinstance(e, sympy.Mul):
        return [g for a in e.args for g in _factors(a)]
    return [e]
