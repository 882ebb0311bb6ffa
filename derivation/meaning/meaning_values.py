"""Every written symbol is part of the reading (issue 18 part 1) and unknown means arbitrary (issue 21 part 1).

- A parameter written with a prime, a hat, a bar, a numeric or compound subscript or a superscript
  (theta', theta_0, theta_{t+1}, theta^*, hat theta) is a value of its own, not the parameter.
- An object of the model family written at another value (Z(theta + epsilon), p_{theta'}(x), E(x; theta_0),
  Z(2 beta), p_phi beside p_theta) is the same family evaluated there: Model(..., at=values), so the
  instances give the value its own number (vocabulary/model.py).
- A letter the vocabulary does not know is an arbitrary constant (vocabulary Arbitrary), a function it
  does not know an arbitrary function of exactly the arguments written (ArbitraryFn): a step is valid
  when it holds for every value of them, and a counterexample prints the values it used.
"""
from __future__ import annotations

import sympy
from sympy import Integer

from .vocabulary import Model, StateFn, VectorParam
from .vocabulary.functions import Arbitrary, ArbitraryFn, ParamValue
from derivation.read.general_tokens import MARK_PRIMES, MARKS_AS_PRIMES   # x^{+}, theta^{*}: letters of their own, counted as primes
from .roles import walk

# letters that, applied to an expression of constants, are functions: f(a + b) is f applied, c(a + b) a product
FUNCTION_LETTERS = set("fghFGAT") | {"phi", "varphi", "psi", "Phi", "Psi"}
GREEK_CONSTANTS = {"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "eta", "lambda", "mu", "nu", "rho",
                   "tau", "kappa", "omega", "pi", "xi", "zeta", "theta", "Theta", "Lambda", "Delta"}

from .roles_letters import SPELLED   # noqa: E402 - names typed without their backslash (roles_letters.py)

# functions with a meaning of their own that the general vocabulary does not define: never arbitrary (an
# arbitrary sigma would refute sigma(-a) = 1 - sigma(a)), never a constant times its argument
FIXED_FUNCTIONS = {"sigma", "sigm", "sigmoid", "softplus", "softmax", "tanh", "sinh", "cosh", "sin", "cos", "tan",
                   "max", "min", "relu", "ReLU", "erf", "Gamma", "det", "tr", "sign", "argmax", "argmin", "LogSumExp",
                   "logsumexp", "LSE", "lse", "logit", "arg", "lim", "sup", "inf", "Pr", "Prob", "ln", "log", "exp"}

# whole state spaces a sum or an integral may name: \sum_{x \in \mathcal X}, \int_\Omega, \sum_{o \in O}
WHOLE_SPACE_DECOS = ("cal", "bb")
WHOLE_SPACE_GREEK = {"Omega", "Gamma"}




def marks(primes: int) -> str:
    """The marks of a letter as written: x', x'', x^{+}, theta^{*}' (a mark is counted in hundreds of primes)."""
    mark, rest = divmod(primes, MARK_PRIMES)
    names = {v // MARK_PRIMES: k for k, v in MARKS_AS_PRIMES.items()}
    return ("^{" + names.get(mark, "?") + "}" if mark else "") + "'" * rest


def node_text(node) -> str:
    """A symbol node as a name that keeps every mark written (theta', theta_{t+1}, hat{theta}, a^{(2)})."""
    if node is None:
        return ""
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "sym":
        name, deco, sub, primes, sup = node[1], node[2], node[3], node[4], node[5]
        out = f"{deco}{{{name}}}" if deco and deco != "text" else name
        if sub is not None:
            out += "_{" + node_text(sub) + "}"
        if sup is not None:
            out += "^{" + node_text(sup) + "}"
        return out + marks(primes)
    if kind == "neg":
        return "-" + node_text(node[1])
    if kind == "app":
        return node_text(node[1]) + "(" + ", ".join(node_text(a) for a in list(node[2]) + list(node[3])) + ")" 
    if kind in ("add", "mul", "list"):
        joint = {"add": "+", "mul": " ", "list": ","}[kind]
        return joint.join(node_text(a) for a in node[1:])
    return kind + "(" + ",".join(node_text(a) for a in node[1:] if isinstance(a, tuple)) + ")"


class ValuesMeaning:
    """Methods of meaning.Meaning for parameter values, arbitrary constants and arbitrary functions."""

    # ---- parameters and their values
    def base_param(self, name):
        """The family's parameter a letter names (beta, theta, a letter the roles make another value of
        theta such as phi in p_theta ... p_phi), or None."""
        if name == "beta" and self.r.beta:
            from .fixed_letters import BETA
            return BETA
        p = self.params.get(name, self.second.get(name))
        if p is None and name in getattr(self.r, "aliases", {}):
            p = self.params.get(self.r.aliases[name])
        return p

    def plain_param(self, node, p) -> bool:
        """Whether the node names the parameter itself (or one component of a vector parameter)."""
        if node[2] not in ("", "text") or node[4] or node[5] is not None:
            return False
        if node[1] in getattr(self.r, "aliases", {}):
            return False
        sub = node[3]
        if sub is None:
            return True
        return isinstance(p, VectorParam) and sub[0] in ("sym", "num")

    def value_symbol(self, node, p):
        """theta', theta_0, hat theta, phi (another value of theta): a symbol of its own, remembered as a value
        of the family's parameter p."""
        name = node_text(node)
        if isinstance(p, VectorParam):
            v = VectorParam(name)
        else:
            v = ParamValue(name, positive=True) if p.is_positive else ParamValue(name)
        self.values_of[v] = p
        return v

    def param_items(self, sub, args=()):
        """The parameter values written on an object: its subscript's items and its arguments that are about
        a parameter (Z(theta + epsilon), E(x; theta'), Z(2 beta)); states are left out."""
        items = []
        if sub is not None:
            items += list(sub[1:]) if sub[0] == "list" else [sub]
        for a in args:
            if self._about_param(a):
                items.append(a)
        return items

    def _about_param(self, node) -> bool:
        if node[0] == "sym":
            return self.base_param(node[1]) is not None
        return node[0] in ("add", "mul", "neg", "div", "pow") and any(
            s[0] == "sym" and self.base_param(s[1]) is not None for s in walk(node))

    def _slot(self, item):
        names = {s[1] for s in walk(item) if s[0] == "sym" and self.base_param(s[1]) is not None}
        bases = {self.base_param(n) for n in names}
        if len(bases) != 1:
            what = "no parameter" if not bases else "several parameters"
            self.fail(f"a parameter value {node_text(item)} of {what} of the model",
                      "one parameter per slot: Z(\\theta), Z(\\theta'), Z(\\theta + \\epsilon)")
        return bases.pop()

    def model_at(self, items, env) -> Model:
        """The model evaluated at the values written (the document's own point when they are its
        parameters as they stand)."""
        m = self.model()
        if not items:
            return m
        beta, shift = m.beta, {}
        for item in items:
            base = self._slot(item)
            if item[0] == "sym" and self.plain_param(item, base) and item[1] != "beta" and (
                    item[3] is None or isinstance(base, VectorParam)):
                continue   # the parameter as it stands (Z(beta, lambda), E(x; W))
            value = self.tr(item, env)
            if base.is_positive and base.name == "beta":
                beta = value
            elif base in m.params:
                shift[base] = value
            else:
                self.fail(f"a value {node_text(item)} of a parameter the model does not carry",
                          "the model's parameters")
        at = [shift.get(p, p) for p in m.params] if shift else ()
        return Model(tuple(m.params), beta, int(m.hidden), int(m.measure), m.form, at)

    def items_are_params(self, sub) -> bool:
        """Whether a subscript writes only parameter values (p_\\theta, Z_{\\theta_0}, E_{\\theta'}), never
        another index (Z_1, p_\\eta: other distributions)."""
        if sub is None:
            return False
        items = list(sub[1:]) if sub[0] == "list" else [sub]
        return bool(items) and all(self._about_param(i) for i in items)

    def written(self, node, args=()):
        """The parameter values written on a model object (see param_items); a mark the vocabulary has no
        object for (Z', Z^{(t)}, p'(x)) is never dropped: the row is unreadable, naming it."""
        if node[4] or node[5] is not None:
            self.fail(f"{node_text(node)}: a marked {node[1]} (prime or superscript) the vocabulary has no object "
                      "for", f"{node[1]}, or a definition of {node_text(node)} in a row of its own")
        return self.param_items(node[3] if self._param_sub(node[3]) else None, args)

    # ---- unknown letters and functions
    def refuse_spelled(self, factors):
        """A product whose single letters spell a function name (l o g, s i g m(x)): unreadable, naming it."""
        letters = ""
        for f in factors:
            head = f[1] if f[0] == "app" else f
            if head[0] == "sym" and len(head[1]) == 1 and head[2] == "" and head[3] is None and head[5] is None \
                    and not head[4]:
                letters += head[1]
                if any(letters.endswith(w) and len(w) > 1 for w in SPELLED):
                    word = next(w for w in SPELLED if letters.endswith(w))
                    self.fail(f"the letters {word} (a name typed without its backslash?)",
                              f"\\{word} or \\operatorname{{{word}}}")
                if f[0] == "app":
                    letters = ""
            else:
                letters = ""

    def refuse_transpose(self, n):
        """a^T: a transpose, not a power with an arbitrary exponent T."""
        e = n[2]
        if e[0] == "sym" and e[1] in ("T", "top") and e[2] == "" and e[3] is None and e[5] is None and not e[4]:
            self.fail(f"{node_text(n[1])}^T (a transpose, or a power?)", "a^\\top for a transpose")

    def fixed_function(self, head, args, cond, env):
        """sigma(u), sigm(u), softplus(u), tanh(u), sigma'(u), LogSumExp_y(u): the function's own meaning
        (vocabulary/functions.py), or None. sigma is the logistic function only where the document never writes
        sigma as a number (sigma^2, 1/sigma): there sigma(u) may be a product, and stays refused."""
        from .vocabulary.functions import EXTREMA, LOG_SUM_EXP, extremum, fixed_function
        name = head[1] if head[0] == "sym" else None
        if name in EXTREMA and head[2] == "text" and not cond and len(args) >= 2 and head[3] is None \
                and head[5] is None and not head[4]:   # \max(a, b) as read/respell_functions.py spells it
            return extremum(name, [self.tr(a, env) for a in args])
        if name is None or cond or len(args) != 1 or head[5] is not None or head[2] not in ("", "text"):
            return None
        if name in LOG_SUM_EXP and head[3] is not None and not head[4]:   # LogSumExp_y(u) = log sum_y e^{u}
            return self.tr(("log", ("sum", head[3], None, ("exp", args[0]))), env)
        if head[3] is not None or name in getattr(self.r, "written_bare", ()):
            return None
        u = self.tr(args[0], env)
        if self._is_state_value(u):   # sigma(x) of a state: no number to apply it to
            return None
        return fixed_function(name, u, head[4])

    def dot_products(self, n):
        """A product as it is meant: a^T b as sum_k a_k b_k where the document reads T as a transpose
        (meaning_vectors.py); sigm(u), log(u), log \\sum ... typed without the backslash as the function."""
        from .meaning_functions import spelled_functions
        from .meaning_vectors import as_component_sums
        n = spelled_functions(n)
        allowed = getattr(self.r, "vector_letters", ())
        return as_component_sums(n, allowed) if allowed and n[0] == "mul" else n

    def has_fixed_meaning(self, head) -> bool:
        """Whether head(u) is read with the function's own meaning (fixed_function), never defined anew."""
        from .vocabulary.functions import EXTREMA, FIXED_MEANINGS, LOG_SUM_EXP
        return head[0] == "sym" and (head[1] in LOG_SUM_EXP or (head[1] in FIXED_MEANINGS or head[1] in EXTREMA)
                                     and head[1] not in getattr(self.r, "written_bare", ()))

    def refuse_fixed(self, node):
        if node[0] == "sym" and node[1] in getattr(self.r, "written_bare", ()):
            self.fail(f"{node[1]}(...): the logistic function, or {node[1]} (written as a number in another row) "
                      "times the parenthesis", f"\\mathrm{{sigmoid}}(u), or {node[1]} \\cdot (u) for a product")
        if node[0] == "sym" and node[1] in FIXED_FUNCTIONS:
            self.fail(f"{node[1]}: a function with a meaning of its own, which the general vocabulary does not have",
                      "an explicit energy (sigma, softplus) or the expression written out")

    def arbitrary(self, node, env):
        """A letter the vocabulary does not know: an arbitrary real constant named with every mark written
        (a, a_1, a', c_{\\text{0}}); with an index bound or free (w_i, a_{ij}), one arbitrary value per index."""
        self.refuse_fixed(node)
        indices = self._indices(node, env)
        state = self._energy_at_state(node, env, indices)
        if state is not None:
            return state
        if indices:
            bare = ("sym", node[1], node[2], None, node[4], None)
            return ArbitraryFn(node_text(bare), indices, ())
        if self._param_sub(node[3]):   # c_\theta, N_\theta: a function of the parameter, never a constant
            bare = ("sym", node[1], node[2], None, node[4], node[5])
            return ArbitraryFn(node_text(bare), (), [self.tr(i, env) for i in self.param_items(node[3])])
        name = node_text(node)
        a = self.arbitrary_symbols.get(name)
        if a is None:
            a = self.arbitrary_symbols[name] = Arbitrary(name)
        return a

    def _energy_at_state(self, node, env, indices):
        """E_i inside a sum over the states i (sum_i E_i e^{-beta E_i} / Z): the model's energy of state i, as
        E(i) would be; the energy letter with a state for its subscript is that state's energy, not a new
        arbitrary table (which refuted <E> = (1/Z) sum_i E_i e^{-beta E_i}). A free or numbered E_1 stays the
        document's own value (E_1 = 0 gives a level its energy)."""
        from .roles import ENERGY_LETTERS
        from .vocabulary import ModelEnergy
        if (node[1], node[2]) not in ENERGY_LETTERS or node[4] or node[5] is not None or len(indices) != 1:
            return None
        sub, i = node[3], indices[0]
        if sub[0] != "sym" or len(sub[1]) != 1 or ("def", node[1]) in getattr(self, "defs", {}):
            return None
        # bound by a sum over the states (meaning_operators.bind), not over components or the data points
        if env.get((sub[1], "", 0)) is not i or env.get(("comp", sub[1])) is not None \
                or env.get(("data", sub[1])) is not None or not isinstance(i, sympy.Dummy):
            return None
        return ModelEnergy(indices[0], self.model_at(self.written(node), env))

    def _indices(self, node, env):
        """The index letters of a subscript (w_{ij}: i, j) when one is an index (bound by a sum, or i, j, k, n
        free): their values; otherwise [] (a_1, c_0, c_{max} are names)."""
        from .vocabulary import Index
        from .fixed_letters import DATA_INDEX
        sub = node[3]
        if sub is None:
            return []
        leaves = [sub] if sub[0] in ("sym", "num") else list(sub[1:]) if sub[0] in ("list", "mul") else []
        if sub[0] == "sym" and sub[2] == "" and sub[3] is None and len(sub[1]) == 2 and sub[1].isalpha():
            leaves = [("sym", c, "", None, 0, None) for c in sub[1]]    # w_{ij}
        if not leaves or any(a[0] != "num" and (a[0] != "sym" or a[2] != "" or a[3] is not None or len(a[1]) != 1)
                             for a in leaves):
            return []
        if any(a[0] == "num" and not str(a[1]).isdigit() for a in leaves):
            return []
        out = []
        for a in leaves:
            if a[0] == "num":   # w_1 is w at 1 (beside w_i summed over i), a_1 and a_2 two values of a
                out.append(Integer(int(a[1])))
                continue
            v = env.get(("comp", a[1])) or env.get(("data", a[1])) or env.get((a[1], "", 0))   # bound anyhow
            if v is None and a[1] in DATA_INDEX:
                v = Index(a[1])
            if v is None:
                return []
            out.append(v)
        return out

    def fn_name(self, n):
        name = n[1] if n[2] == "" else f"{n[2]}{n[1]}"
        if n[3] is not None and n[3][0] == "num":  # H_0: a function of its own
            name += "_" + str(n[3][1])
        if n[5] is not None:   # f^{(2)}: another function
            name += "^{" + node_text(n[5]) + "}"
        return name + marks(n[4])   # f' is not f

    def state_fn(self, head, state, env):
        return StateFn(self.fn_name(head), self.fn_index(head, env), state, self.fn_params(head, env))

    def fn_index(self, n, env):
        sub = n[3]
        if sub is None and n[1] in getattr(self.r, "vector_functions", ()):
            from .vocabulary import Index   # T(x) of eta^T T(x), written alone: its component at the free k
            return Index("k")
        if sub is None or self._param_sub(sub):
            return Integer(0)
        return self.index(sub, env)

    def fn_params(self, n, env):
        sub = n[3]
        return [self.param(s, env) for s in walk(sub) if s[0] == "sym" and self.param(s, env) is not None] \
            if sub is not None and self._param_sub(sub) else []

    def unknown_function(self, n, env):
        """f(x), A_i(x), f_\\theta(x) of one state: a function of the state (StateFn); any other function the
        vocabulary does not know (A(theta), g(a, b), f(x, y), f'(x)): an arbitrary function of the arguments
        written, every mark of its name kept."""
        head, args, cond = n[1], n[2], n[3]
        known = self.fixed_function(head, args, cond, env)
        if known is not None:
            return known
        self.refuse_fixed(head)
        plain = head[4] == 0 and head[5] is None and head[2] in ("", "cal", "bb", "text")
        if plain and not cond and len(args) == 1 and (head[3] is None or self._param_sub(head[3])
                                                      or head[3][0] in ("sym", "num")):
            states = self.state_args(args, env)
            if len(states) == 1 and self._is_state_value(states[0]):
                return self.state_fn(head, states[0], env)
        return self.arbitrary_fn(head, list(args) + list(cond), env)

    def arbitrary_fn(self, head, args, env):
        """f(a, b), A(theta), g(theta + epsilon): an arbitrary function of exactly the arguments written."""
        indices, states, reals, written, written_head = list(self._indices(head, env)), [], [], node_text(head), head
        if indices:
            head = ("sym", head[1], head[2], None, head[4], head[5])
        elif head[3] is not None:   # E'_psi(x): a function of psi too (its derivative by psi is not 0)
            reals = [p for p in self.fn_params(head, env) if p is not None]
        for a in args:
            v = self.tr(a, env)
            (states if self._is_state_value(v) else reals).append(v)
        # b_i(a + c) as much as b(a + c): the index names which b, it is no argument the parentheses hold (but
        # L_k(theta), A_i(theta) of a parameter are read as before: a function of it, one per index)
        if reals and not states and not self.arbitrary_fn_head(head) and head[1] not in self.r.functions \
                and not (indices and any(n[0] == "sym" and self.param(n, env) is not None for n in walk(args))):
            # a(b + c): a function a of b + c, or a times (b + c)? Both read where found up front (applied_product.py)
            from .applied_product import applied_or_product
            both = applied_or_product(self, written_head, args, env, ArbitraryFn(node_text(head), indices, reals))
            if both is not None:
                return both
            self.fail(f"{written}(...) may be the function {written} applied or a product",
                      "a \\cdot (b + c) for a product, or a function with a state or a parameter argument")
        return ArbitraryFn(node_text(head), indices + states, reals)

    def arbitrary_fn_head(self, head) -> bool:
        """Whether a letter applied to constants is read as a function: the letters people use for functions
        (f, g, A(theta), phi(a)), or a name longer than one letter (\\mathrm{NN}(a)); a, b, c, k are not."""
        return head[1] in FUNCTION_LETTERS or len(head[1]) > 1 and head[1] not in GREEK_CONSTANTS

    @staticmethod
    def _is_state_value(v) -> bool:
        from sympy import Dummy, Tuple
        from . import notation as nt
        from .vocabulary import Hidden, State
        from .vocabulary.space import AtState
        return isinstance(v, (State, Hidden, nt.DataPoint, AtState, Tuple)) or v == nt.x or \
            (isinstance(v, Dummy) and v.is_integer)

    def whole_space(self, var, where) -> bool:
        """Whether `\\sum_{x \\in S}` or `\\int_S` runs over the whole state space (a calligraphic or
        blackboard letter, Omega, Gamma, or the capital of the variable's letter); otherwise the domain is
        a subset the vocabulary has no object for."""
        if where[0] != "sym" or where[3] is not None or where[5] is not None or where[4]:
            return False
        return where[2] in WHOLE_SPACE_DECOS or where[1] in WHOLE_SPACE_GREEK or (
            var is not None and var[0] == "sym" and where[2] == "" and where[1] == var[1].upper()
            and where[1] != var[1] and var[1] in "xyvhzsu")   # o in O: O may be the observations, not the space

