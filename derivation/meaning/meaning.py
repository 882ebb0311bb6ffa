"""Generic AST (general.py) + the document's roles (roles.py) -> the vocabulary's SymPy objects.

Every object keeps its fixed meaning (derivation/meaning/vocabulary); the document only says which letter plays
which role. Rows are translated in order, so a row defining a new symbol (L(Y, W) = ..., G(theta) = ...,
H(x; lambda) = H_0(x) - sum_i lambda_i A_i(x)) makes the symbol mean its definition in later rows.
"""
from __future__ import annotations

import sympy
from sympy import Integer, Symbol, Tuple, exp, log
from . import notation as nt
from .vocabulary import (CrossEntropy, Entropy, FreeEnergy, Helmholtz, Hidden, Index, Model, ModelDist,
                          ModelEnergy, ModelPartition, NLL, Obj, Param, Second, State, StateFn, VectorParam)
from .meaning_operators import DATA_INDEX, STATE_NAMES, OperatorsMeaning, _key  # noqa: F401
from . import fixed_letters
from .entropy_letter import entropy_of_others, random_variable as _random_variable
from . import meaning_arbitrary  # noqa: F401  (registers its reading: unknown letters beside the model)
from .meaning_argmax import ArgmaxMeaning
from .meaning_derivatives import DerivativesMeaning
from .meaning_dists import DistsMeaning
from .meaning_points import PointsMeaning
from .meaning_powers import PowersMeaning
from .document_bindings import BoundValues
from .energy_args import energy_args
from .meaning_values import ValuesMeaning, node_text
from derivation.read.read_error import ReadError
from .roles import (DIST_LETTERS, ENERGY_LETTERS, FREE_ENERGY, HIDDEN_NAMES, LOSS, PARTITION, Roles, sub_text,
                    walk)

BETA = fixed_letters.BETA   # here too: general_chains.py and tests import it from meaning


class Defined(Obj):
    """A symbol the document defines (L(Y, W) = ...): it means its definition, printed by its name."""

    def definition(self):
        return self.args[1]

    def latex_text(self, printer):
        return printer._print(self.args[0])


class Meaning(DistsMeaning, ValuesMeaning, DerivativesMeaning, OperatorsMeaning, ArgmaxMeaning, PointsMeaning,
              PowersMeaning, BoundValues):
    def __init__(self, roles: Roles):
        self.r = roles
        self.free: dict = {}
        self.data_size: set = set(roles.data_size)   # letters a document uses for the data size (n)
        self.size_written: set = set()     # upper limits of data sums so far (N, n, M): one letter allowed
        self.size_bare: set = set()        # data-size letters written bare (1/N, 1/M): one letter allowed
        self.data_letters: set = set()     # the letters read as data points so far (x of x_i): one allowed
        self.components_written: set = set()   # upper limits of sums over components so far: one letter allowed
        self.defs: dict = {}
        self.form = None
        self.params = {n: (VectorParam(n) if n in roles.vectors else Param(n)) for n in sorted(roles.params)}
        self.second = {n: (VectorParam(n) if n in roles.vectors else Param(n)) for n in sorted(roles.second_params)}
        self.values_of: dict = {}          # theta', theta_0, phi beside theta: values of a parameter
        self.arbitrary_symbols: dict = {}  # letters the vocabulary does not know: arbitrary constants

    # ---- the model and its relatives
    def model(self) -> Model:
        return Model(tuple(self.params.values()), BETA if self.r.beta else Integer(1), int(self.r.hidden),
                     int(self.r.measure), self.form if self.form is not None else 0)

    def second_of(self, names) -> Second:
        ps = [self.second[n] for n in sorted(names) if n in self.second]
        if len(self.second) > 1 and ps:   # q_phi beside q_psi: two distributions, each its own table
            return Second(ps, int(self.r.measure), "q_" + "_".join(str(p) for p in ps))
        return Second(ps, int(self.r.measure))

    def fail(self, what, expected=""):
        raise ReadError(what, 0, expected)

    # ---- letters
    def free_state(self, key, hidden=False):
        if key not in self.free:
            if hidden:
                from .meaning_values import marks
                self.free[key] = Hidden(key[0] + marks(key[2]))
            else:
                n = sum(1 for v in self.free.values() if isinstance(v, State) or v == nt.x)
                self.free[key] = nt.x if n == 0 else State(f"x{n + 1}")
        return self.free[key]

    def param(self, node, env):
        p = self.base_param(node[1])
        if p is None:
            return None
        if not self.plain_param(node, p):  # theta', theta_0, hat theta: a value of its own
            return self.value_symbol(node, p)
        if isinstance(p, VectorParam):
            if node[3] is None:  # nabla_theta beside d/dtheta_i: any one component (DESIGN.md), free
                return p[Index("k")]
            return p[self.index(node[3], env)]
        return p

    def index(self, node, env):
        if node[0] == "num":
            return Integer(int(node[1]))
        if node[0] == "sym":
            return env.get(("comp", node[1])) or env.get((node[1], "", 0)) or Index(node[1])   # bound, or free
        self.fail("a component index that is not a letter or a number", "lambda_i")

    def state_node(self, node) -> bool:
        return node[0] == "sym" and not (node[1] in self.params or node[1] in self.second or node[1] == "beta") \
            and node[2] != "cal" and node[1] not in ("N",)

    # ---- expressions
    def tr(self, node, env):
        kind = node[0]
        f = getattr(self, "t_" + kind, None)
        if f is None:
            self.fail(f"`{kind}` has no meaning in the vocabulary yet")
        return f(node, env)

    def t_num(self, n, env):
        from .built import number   # a 5000-digit literal: a TooLarge marker, never an int Python refuses
        return number(n[1])

    def t_add(self, n, env):
        return sympy.Add(*[self.tr(a, env) for a in n[1:]])

    def t_neg(self, n, env):
        return -self.tr(n[1], env)

    def t_mul(self, n, env):
        n = self.dot_products(n)   # a^T b: a sum over components (meaning_vectors.py)
        if n[0] != "mul":
            return self.tr(n, env)
        self.refuse_spelled(n[1:])
        return sympy.Mul(*[self.tr(a, env) for a in n[1:]])

    def t_div(self, n, env):
        return self.tr(n[1], env) / self.tr(n[2], env)

    def t_exp(self, n, env):
        return exp(self.tr(n[1], env))

    def t_log(self, n, env):
        return log(self.tr(n[1], env))

    def t_abs(self, n, env):
        inner = n[1]
        if inner[0] == "sym" and inner[1] == "D" and inner[2] == "cal":
            return nt.N
        self.fail("an absolute value or a set size other than |D|", "|\\mathcal{D}| = N")

    def t_sym(self, n, env):
        name, deco, sub, primes, sup = n[1], n[2], n[3], n[4], n[5]
        key = (name, deco, primes)
        if key in env and sub is None:
            return env[key]
        index = self.bound_index(n, env)   # \sum_{i=1}^N (i - c): the index's own value (meaning_operators.py)
        if index is not None:
            return index
        if name == "e" and deco == "" and sub is None:
            return sympy.E
        if name == "beta" and sub is None and getattr(self.r, "beta_one", False):
            return Integer(1)   # the reading beta = 1: every row, the definitions too (readings.BETA_ONE)
        if (name == "N" or name in self.data_size) and sub is None:
            return self.size_letter(name, self.size_bare)   # 1/N beside 1/M: two sizes (hostile set 10, E04)
        if name == "pi" and sub is None:
            return sympy.pi
        p = self.param(n, env)
        if p is not None:
            return p
        if (name, deco) in PARTITION or deco == "" and name in self.r.normalizers and sup is None:
            if sub is not None and not self._param_sub(sub):
                self.fail(f"a partition function Z_{sub_text(sub) or '?'} of another distribution (not the model's)",
                          "Z, Z_\\theta, Z(\\theta)")
            return ModelPartition(self.model_at(self.written(n), env))
        bound = env.get("_bound")
        if (name, deco) in ENERGY_LETTERS and sub is None or (name, deco) in ENERGY_LETTERS and self._param_sub(sub):
            if ("def", name) in self.defs and (bound is not None or not self.defs[("def", name)][0]):
                # U = <E> defined without a state (defined_first.py): its definition, whatever is bound
                return self.use_definition(name, [bound] if self.defs[("def", name)][0] else [], env)
            if bound is None:
                return self.energy_without_state(n, env)   # U in statistical mechanics: thermo_energy.py
            return ModelEnergy(bound, self.model_at(self.written(n), env))
        if (name, deco) in FREE_ENERGY and (sub is None or self._param_sub(sub)):
            m = self.model_at(self.written(n), env)
            return FreeEnergy(bound, m) if bound is not None else Helmholtz(m)
        if ("def", name) in self.defs:
            if primes:   # sigma' beside sigma defined: its derivative or another quantity, never sigma (blind11 37:23)
                self.fail(f"{name}{chr(39) * primes}, a prime on a letter the document defines: its derivative or "
                          "another quantity", f"\\frac{{d {name}}}{{dz}} for the derivative, another letter otherwise")
            return self.use_definition(name, [bound] if bound is not None else [], env)
        if (name, deco) in LOSS and self._loss_sub(sub) and not self._bare_constant(name, sub):
            return self.loss((name, deco), self.model_at(self.written(n), env))
        if name == "S" and deco == "" and sub is None and ("def", "S") not in self.defs:
            kb = getattr(self.r, "boltzmann", None)   # the entropy of statistical mechanics: k_B H(p), k_B = 1 unwritten
            if self.r.hidden:
                self.fail("the entropy S of a model with latent variables: of the joint or of the marginal", "H(p), H(q)")
            if kb is None and getattr(self.r, "boltzmann_prose", False):   # S = -k sum p ln p in words (hostile 10 A10)
                self.fail("the entropy S, k H(p) with the Boltzmann constant k the prose names", "S = k H(p) written")
            return Entropy(ModelDist(self.model())) * (self.tr(kb, env) if kb is not None else 1)
        if name in getattr(self.r, "named_numbers", ()) and deco == "" and sub is None and sup is None and not primes:
            return self.arbitrary(n, env)   # "let $h$ be Planck's constant (a number)": named_numbers.py
        if name in STATE_NAMES or key in self.free or name in self.r.dist_states and deco == "":
            if sub is not None or sup is not None:
                return self.data_point(n, env)
            hidden = (name, primes) in self.r.hidden_letters and name in HIDDEN_NAMES
            return self.free_state(key, hidden)
        if bound is not None and name.isalpha() and len(name) == 1 and sup is None:
            return StateFn(self.fn_name(n), self.fn_index(n, env), bound, self.fn_params(n, env))
        if (name, deco) in LOSS and not self._bare_constant(name, sub) or (name, deco) in PARTITION | FREE_ENERGY:
            # L_CD, F_0: objects of their own
            self.fail(f"{node_text(n)}: an objective or a free energy other than the model's",
                      f"{name}, or a definition of {node_text(n)} in a row of its own")
        from .states_count import states_count   # "the $K$ states": the number of states
        if (count := states_count(self, n)) is not None:
            return count
        return self.arbitrary(n, env)   # a letter the vocabulary does not know: an arbitrary constant

    def loss(self, letter, m):
        """The NLL of the model: the vocabulary's fixed meaning of a loss letter (the paper's per-point average);
        \\mathrm{NLL}'s reading as the sum over the data multiplies it by N (readings_others.TOTAL)."""
        return nt.N * NLL(m) if getattr(self.r, "nll_total", False) else NLL(m)

    def _bare_constant(self, name, sub) -> bool:
        """A loss letter that cannot be the model's NLL: bare J (a coupling, the cost is written J(theta)), or
        any loss letter in a document whose model has no parameter (the NLL is a function of them): the
        document's own letter, arbitrary (a guess of the NLL made `Z = e^{beta J} + e^{-beta J}` false)."""
        return sub is None and (name == "J" or not self.params)

    def _loss_sub(self, sub) -> bool:
        """L, L_MLE, L_NLL, L_theta: the NLL; L_CD, L_1 ...: another objective (unreadable unless defined)."""
        return sub is None or sub_text(sub).upper() in ("MLE", "NLL", "ML") or self._param_sub(sub)

    def _data_letter(self, cond) -> bool:
        """L(theta; p): the one argument after the bar is the document's data distribution letter, written bare."""
        try:
            return len(cond) == 1 and cond[0][0] == "sym" and self.is_dist(cond[0]) and cond[0][3] is None \
                and self.dist_kind(cond[0]) == "data"
        except Exception:  # noqa: BLE001 - a letter whose role cannot be told: not the data
            return False

    def _param_sub(self, sub):
        return self.items_are_params(sub)

    def component_letter(self, name):
        """Sums over components run to one letter per document (\\sum_{k=1}^{K} and \\sum_{k=1}^{L} are two counts)."""
        if self.components_written - {name}:
            self.fail(f"two letters for the number of components ({', '.join(sorted(self.components_written | {name}))})",
                      "one letter for the number of components")
        self.components_written.add(name)

    def size_letter(self, name, written=None):
        """Data sums run to one letter per document (\\sum_{i=1}^{N} beside \\sum_{i=1}^{M}: two sizes read as one; 1/N
        \\sum_{k=1}^{n} stays the data average the author means), as do sizes written bare (`written`: 1/N, 1/M)."""
        written = self.size_written if written is None else written
        if written - {name}:
            self.fail(f"two letters for the data size ({', '.join(sorted(written | {name}))})",
                      "one letter for the number of data points")
        written.add(name)
        return nt.N

    def state_args(self, args, env):
        out = []
        for a in args:
            if a[0] == "sym" and (self.param(a, env) is not None or a[1] in self.params or a[1] == "beta"):
                continue
            if a[0] == "sym" and a[2] == "cal" and a[1] == "D":
                continue
            if a[0] == "sym" and self.is_dist(a) or self._about_param(a):
                continue
            out.append(self.tr(a, env))
        return out

    def t_app(self, n, env):
        head, args, cond = n[1], n[2], n[3]
        name, deco = head[1], head[2]
        if head[0] != "sym":
            self.fail("an application of something that is not a letter")
        from .document_bindings import own_application   # P_psi(y=1|x) defined, E'_psi(x) without E
        own = own_application(self, n, env)
        if own is not None:
            return own
        if head[4] and (("def", name) in self.defs or name in self.r.normalizers
                        or (name, deco) in PARTITION | ENERGY_LETTERS | FREE_ENERGY | LOSS):
            # A'(theta) beside A(theta) defined, E'(x): the derivative or another function, never the object
            # itself (issue 18); an unknown f'(x) is a function of its own, a fixed sigma'(a) its derivative.
            # (A primed distribution letter, Q'(x), is left to roles_marks.py and dist_kind.)
            self.fail(f"{name}{chr(39) * head[4]}(...), a prime on a function: its derivative or another function",
                      f"\\frac{{d {name}}}{{d\\theta}} for the derivative, another letter for another function")
        if ("def", name) in self.defs:
            if name in getattr(self.r, "written_bare", ()) and len(args) == 1 and args[0][0] != "sym":
                # sigma(1 - sigma) where the document defines sigma(z) and also writes sigma as a number (blind11)
                self.fail(f"{name}(...): the function the document defines, or {name} (written as a number in another "
                          "row) times the parenthesis", f"{name}(z) for the function, {name} \\cdot (...) for a product")
            return self.use_definition(name, self.state_args(args, env), env, head)
        if name in ("H", "I") and deco == "" and all(_random_variable(a) for a in list(args) + list(cond)) \
                or entropy_of_others(n, self.r):   # H(X, Y), I(X; Y); H(u, q) beside H(q) (entropy_letter.py)
            # blind set 8 refuted the chain rule with H(X, Y) read as an energy of two states
            self.fail(f"{node_text(n)}, an entropy of what the vocabulary does not read as distributions (it "
                      "reads H(p) of a distribution)", "H(p), H(q), H(p, q)")
        if name in ("H", "S") and deco == "" and args and all(self.is_dist(a) or a[0] == "app" and self.is_dist(a[1])
                                                          for a in args):
            read = [self.dist(a, env) for a in args]
            if any(a[0] == "app" and isinstance(v, tuple) and v[0] == "joint" or self.r.hidden and isinstance(d, ModelDist)
                   for a, (d, v) in zip(args, read)):
                # H(p(v, h)), H(p(v)) and a bare H(p_theta) in a latent model: the joint's or the marginal's entropy,
                # never one H(p) (a bare H(p_theta) read as the marginal's refuted H = log Z + E_p[E(v, h)])
                self.fail(f"the entropy {node_text(n)} of a joint or a marginal distribution", "H(p), H(q)")
            ds = [d for d, _ in read]
            return Entropy(ds[0]) if len(ds) == 1 else CrossEntropy(ds[0], ds[1])
        if (self.is_dist(head) or (head[1] in DIST_LETTERS and deco == "tilde")):
            return self.dist_app(n, env)
        if (name, deco) in PARTITION or deco == "" and name in self.r.normalizers:   # z(theta) in p = p^/z
            if head[3] is not None and not self._param_sub(head[3]):
                self.fail(f"a partition function Z_{sub_text(head[3]) or '?'} of another distribution",
                          "Z, Z_\\theta, Z(\\theta)")
            if self.state_args(args + cond, env):
                self.fail(f"a partition function {node_text(n)} of what is not a parameter of the model",
                          "Z, Z(\\theta), Z(\\beta), or a comment `% eq7: parameter J`")
            return ModelPartition(self.model_at(self.written(head, args + cond), env))
        if (name, deco) in ENERGY_LETTERS and (head[3] is None or self._param_sub(head[3])):
            states = self.state_args(energy_args(self, name, args), env)   # H(theta, P(z|y)): no energy
            if not states or len(states) > 2:   # E(x, y, z): the vocabulary's energies take x, or (x, h)
                self.fail(f"the energy {name} of {len(states)} states", f"{name}(x) or {name}(x, h)")
            m = self.model_at(self.written(head, args + cond), env)
            form = getattr(m, "form", 0)
            if isinstance(form, sympy.Lambda) and len(form.variables) != len(states):
                # E(s_1, s_2) where the document wrote E(s) out for one state s: the components as arguments,
                # or a joint energy; the written form cannot be applied to them (named, never an internal error)
                self.fail(f"the energy {name} of {len(states)} states, written out for {len(form.variables)}",
                          f"{name} with the states of its definition")
            return ModelEnergy(states[0] if len(states) == 1 else Tuple(*states), m)
        if (name, deco) in FREE_ENERGY and (head[3] is None or self._param_sub(head[3])):
            if any(self.is_dist(a) or a[0] == "app" and self.is_dist(a[1]) for a in args):   # never dropped
                self.fail(f"{node_text(head)}({', '.join(node_text(a) for a in args)}): a free energy of a distribution "
                          "(a variational free energy), which the vocabulary does not have",
                          "its definition written out in the row (E_q[E] - H(q))")
            states = self.state_args(args, env)
            if len(states) > 1:   # F(x, y): a free energy of one state, never the first of two
                self.fail(f"the free energy {name} of {len(states)} states", f"{name}(x) or {name}")
            m = self.model_at(self.written(head, args + cond), env)
            return FreeEnergy(states[0], m) if states else Helmholtz(m)
        if (name, deco) in LOSS and self._loss_sub(head[3]):
            if self.state_args(args, env):
                self.fail(f"the loss {name} of a state (define it in a row of its own first)", f"{name}(\\theta)")
            if cond and not self._data_letter(cond):   # L(theta | v): the likelihood of theta given v, or the NLL?
                # Never guessed (a false reject); L(theta; p) with p the data distribution is its NLL
                self.fail(f"{name}(... | ...) with a bar: the likelihood given the data, or the negative "
                          "log-likelihood", f"{name}(\\theta), or a definition of {name} in a row of its own")
            return self.loss((name, deco), self.model_at(self.written(head, args + cond), env))
        if name not in self.r.functions and (self.param(head, env) is not None
                                             or (head[1] in STATE_NAMES and head[3] is None)):
            return self.tr(head, env) * sympy.Mul(*[self.tr(a, env) for a in args])
        if name in self.r.indexed:   # NN(x) where the document writes NN(x)[y]: a vector, its index dropped
            self.fail(f"{name}(...) without the label index it has elsewhere ({name}(x)[y])", f"{name}(x)[y]")
        return self.unknown_function(n, env)

    def _hidden_node(self, node):
        return node[0] == "sym" and ((node[1], node[4]) in self.r.hidden_letters or node[1] in HIDDEN_NAMES)

    # ---- definitions of new symbols
    def define(self, name, arg_nodes, body_node, env, head=None):
        keys = [_key(a) for a in arg_nodes if a[0] == "sym" and self.state_node(a) and not self.is_dist(a)]
        prev = self.defs.get(("def", name))
        if prev is not None and len(prev[0]) != len(keys):   # F(x) = sum_h F(x, h): two objects, by their arity
            self.defs[("def", name, len(keys))] = (keys, body_node)
            return
        self.defs[("def", name)] = (keys, body_node)
        # E_theta(x) = theta T(x): the subscript parameter is the family's; E_{2 theta} is E at 2 theta
        sub = head[1][3] if head is not None and head[0] == "app" and head[1][0] == "sym" else \
            head[3] if head is not None and head[0] == "sym" else None
        self.def_subs = {**getattr(self, "def_subs", {}), name: sub}

    def use_definition(self, name, values, env, head=None):
        keys, body = self.defs[("def", name)]
        if len(values) != len(keys) and ("def", name, len(values)) in self.defs:
            keys, body = self.defs[("def", name, len(values))]
        if len(values) != len(keys):
            self.fail(f"{name} used with {len(values)} states but defined with {len(keys)}")
        keep = lambda k: not isinstance(k, tuple) or k[0] in ("data", "comp") or not keys and len(k) == 3  # noqa: E731
        # a letter defined by others (s = z^2) sees their bindings at the use (z -> the variable of d/dz)
        env2 = {**{k: v for k, v in env.items() if keep(k)}, **dict(zip(keys, values))}
        if head is not None and head[3] is not None:   # s_x(theta) inside E_x[...]: the subscript's x is that x
            for a in walk(head[3]):
                if a[0] == "sym" and self.state_node(a) and _key(a) in env:
                    env2[_key(a)] = env[_key(a)]
        value = self.tr(body, env2)
        own, used = getattr(self, "def_subs", {}).get(name), head[3] if head is not None else None
        if own is not None and used is not None and used != own and own[0] == "sym" \
                and self.param(own, env) is not None:   # the family evaluated at the subscript written
            value = value.xreplace({self.tr(own, env): self.tr(used, env)})
        return Defined(Symbol(name if isinstance(name, str) else name[-1]), value)   # an event: P(y = 1 | ...)

    def t_empty(self, n, env):
        self.fail("an empty group", "an expression")
