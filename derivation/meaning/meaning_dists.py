"""The distributions of a row: which letter is the model, the data, a second distribution or the model's
unnormalized density (roles.py says it for the document), and what p(x), p(x | h), q_phi(h | v), \\hat p(x)
and an expectation's distribution mean. A mixin of meaning.Meaning."""
from __future__ import annotations

from sympy import Integer, Tuple

from .vocabulary import (Conditional, DataDist, Hidden, ModelDist, ModelProb, Param, Posterior, PosteriorDist,
                          Second, SecondCondDist, SecondDist, SecondLatent,
                          SecondLatentDist, SecondProb, Unnorm)
from .vocabulary.expectation import LatentMarginalDist
from .vocabulary.model import hidden_marginal
from .meaning_operators import STATE_NAMES
from .meaning_values import node_text
from .roles import DATA_WORDS, DIST_LETTERS, HIDDEN_NAMES, MODEL_WORDS, sub_text, walk


class DistsMeaning:
    """Methods of meaning.Meaning that read distributions."""

    def uses_hidden_slot(self, key, body):
        """As meaning_operators' (is the variable in an energy's latent slot?), with the inputs of a
        conditional model (E(x, y, z): x) left out of the slots: z is E(x, y, z)'s latent."""
        if any(n[0] == "app" and self.is_dist(n[1]) and len(n[2]) == 2 and self._latent_first(n[2])
               and (n[2][0][1], n[2][0][2], n[2][0][4]) == key for n in walk(body)):
            return True   # p(z, x): z in the latent slot though written first (dist_app swaps the two)
        if self.r.hidden and any(n[0] == "app" and self.is_dist(n[1]) and len(n[2]) == 1 and n[3] and (
                self._hidden_node(n[3][0]) and not self._hidden_node(n[2][0]) and _k(n[3][0]) == key)
                for n in walk(body)):
            return True   # p(x | z): the latent z given, the integral over z is over the latent space
        if key[0] in HIDDEN_NAMES and (key[0], key[2]) in self.r.hidden_letters and any(
                n[0] == "app" and self.is_dist(n[1]) and any(_k(a) == key for a in n[2]) for n in walk(body)):
            return True   # q(z) where p(x, z) makes z the document's latent: one space for z in every row
        if any(n[0] == "app" and self.is_dist(n[1]) and n[3] and n[2] and self._second_slot_only(n[2][0])
               and _k(n[2][0]) == key for n in walk(body)):
            return True   # p(y | x) beside the joint p(x, y): y ranges over the joint's second slot
        if not self.r.inputs:
            return super().uses_hidden_slot(key, body)
        return super().uses_hidden_slot(key, _without(body, self.r.inputs))

    def is_dist(self, node) -> bool:
        return node[0] == "sym" and (node[1] in DIST_LETTERS or node[1] in self.r.model or node[1] in self.r.data) \
            and node[2] in ("", "hat")

    def dist_kind(self, node) -> str:
        """'model', 'data', 'second' or 'unnorm' for a distribution letter node."""
        name, deco, sub, sup = node[1], node[2], node[3], node[5]
        if node[4] and (name, node[4]) in self.r.primed:   # Q'(x) = Q''(x) / Z: roles_marks.primed_model
            return self.r.primed[(name, node[4])]
        if node[4] and self._primed_apart(node):
            return "second"   # q' beside q: a distribution of its own, never q's data or q itself
        text = sub_text(sub)
        if name in getattr(self.r, "joint_seconds", ()) and deco == "" and sub is None:
            return "second"   # P(x, z) of its own: never the data (meaning_joint.py)
        if sub is not None and not (text in DATA_WORDS - {"0"} or text in MODEL_WORDS or self._param_sub(sub)):
            # p_0, p_1, p_\eta, Z_1: distributions the vocabulary does not have (AIS, tempering): never
            # read as the model, which would make Z_1 / Z_0 = 1
            self.fail(f"a distribution {name}_{text or '?'} other than the model, the data and a second "
                      "distribution with its own parameter", "p_\\theta, p_{\\mathrm{data}}, q_\\phi")
        if deco == "tilde" or deco == "hat" and name in self.r.unnorm_hats:
            return "unnorm"   # \\hat p_theta, or \\hat p where p = \\hat p / Z: the model's p~ (roles_marks.py)
        if deco == "hat" or text in DATA_WORDS or sub_text(sup) in ("0",) or name in self.r.data:
            return "data"
        if name in self.r.same_param_seconds or name in getattr(self.r, "free_seconds", ()) or sub is None and (
                name in getattr(self.r, "declared_seconds", ())) or (
                sub is None and sup is None and not node[4] and name in getattr(self.r, "bare_apart", ())):
            return "second"   # bare_apart: p beside p_theta read as a distribution of its own (roles_bare.py)
        ps = {s[1] for s in walk(sub) if s[0] == "sym"} if sub is not None else set()
        if ps & set(self.second) and not ps & set(self.params):
            return "second"   # p_\theta when the energy is E_\phi: never the model because theta is a model word
        if text in MODEL_WORDS:
            return "model"
        if name in self.r.model or ps & set(self.params):
            return "model"
        self.fail(f"the role of the letter {name} cannot be told",
                  f"a comment `% eq7: model {name}` or `% eq7: data {name}` in the document")

    def dist(self, node, env):
        """A distribution object from a subscript or an argument: (dist, bound variable node or None)."""
        if node is None:
            return ModelDist(self.model()), None
        node = _word(node)   # <.>_{model}, <.>_{data} typed without \text: the word, not a product of letters
        kind = node[0]
        if kind == "sim":
            d, _ = self.dist(node[2], env)
            return d, node[1]
        if kind == "app" and self.is_dist(node[1]) and len(node[2]) == 1 and node[2][0][0] == "sym" \
                and node[2][0][2] == "text" and node[2][0][1] in DATA_WORDS and not node[3]:
            return DataDist(int(self.r.measure)), None   # x ~ p(\text{data}): the data, never the model
        if kind == "app" and self.is_dist(node[1]):
            k = self.dist_kind(node[1])
            var = node[2][0] if node[2] else None
            m = self.model_at(self.written(node[1], node[2] + node[3]), env) if k == "model" else None
            if node[3] and any(self.state_node(c) for c in node[3]):  # p(h | x): the posterior
                if k == "second":   # q_phi(h | v): a variational distribution of its own, never p(h | v)
                    latent = self._hidden_node(node[2][0]) if node[2] else False
                    return SecondCondDist(self._unformed(k, node[1]), self.tr(node[3][0], env), latent), var
                if k != "model":
                    self.fail(f"{node[1][1]}(. | .) of the data or an unnormalized density", "p_\\theta(h \\mid v)")
                return PosteriorDist(self.tr(node[3][0], env), m or self.model()), var
            if k == "model" and len(node[2]) == 1 and not node[3] and self._latent_letter(node[2][0]) and m is not None \
                    and m.hidden:   # p(z) of the document's latent z: the latent marginal, never the joint
                return LatentMarginalDist(m, Integer(int(self.r.measure))), var
            if k == "model" and len(node[2]) == 2:  # p(v, h): the joint, both variables bound
                a, b = node[2][::-1] if self._latent_first(node[2]) else node[2]
                return ModelDist(m), ("joint", a, b)
            if k == "second" and var is not None and self._latent_letter(var):   # E_{q(z)}: over the latent space
                return SecondLatentDist(self._unformed(k, node[1])), var
            return (ModelDist(m) if m is not None else self._dist_of_kind(k, node[1])), var
        if kind == "sym" and self.is_dist(node) and self._applied_subscript(node):
            # x ~ P_{\Theta(x)}: the argument slipped into the subscript (the post's last row); the letter
            # and its parameter are all there, read as P_\Theta(x) (the reader's notes name the slip)
            sub = node[3]
            return self.dist(("app", node[:3] + (sub[1],) + node[4:], sub[2], sub[3]), env)
        if kind == "sym" and self.is_dist(node):
            k = self.dist_kind(node)
            if k == "model":
                return ModelDist(self.model_at(self.written(node), env)), None
            return self._dist_of_kind(k, node), None
        if kind == "sym" and self.base_param(node[1]) is not None:   # E_\theta[f], E_{\theta'}[f]
            return ModelDist(self.model_at([node], env)), None
        if kind == "sym" and (node[2] == "text" and node[1] in MODEL_WORDS or node[1] in MODEL_WORDS):
            return ModelDist(self.model()), None
        if kind == "sym" and (node[1] in DATA_WORDS or sub_text(node) in DATA_WORDS):
            return DataDist(int(self.r.measure)), None
        if kind == "sym" and self.state_node(node) and node[1] in STATE_NAMES and not self.r.data \
                and not self.r.second_params:  # E_x[f]: the only distribution of the document
            return ModelDist(self.model()), node
        if kind == "num" and str(node[1]) == "0":
            return DataDist(int(self.r.measure)), None
        if kind == "list" and len(node) == 3 and node[2][0] == "sim" and node[1][0] == "sym":
            # x, h ~ p(x, h): both variables drawn from the joint they are the arguments of (in any order)
            d, var = self.dist(node[2][2], env)
            names = {_k(node[1]), _k(node[2][1])}
            if isinstance(var, tuple) and var[0] == "joint" and names == {_k(var[1]), _k(var[2])}:
                return d, var
            self.fail("variables drawn from a distribution that is not their joint", "x, h \\sim p(x, h)")
        if kind == "list" and all(self._about_param(n) for n in node[1:]):
            return ModelDist(self.model_at(list(node[1:]), env)), None
        self.fail("a distribution that cannot be told", "p_\\theta, q_\\phi, p_{\\mathrm{data}}, a parameter")

    def _applied_subscript(self, node) -> bool:
        """P_{\\Theta(x)}: a distribution letter whose subscript is its parameter applied to states."""
        sub = node[3]
        return sub is not None and sub[0] == "app" and sub[1][0] == "sym" and sub[1][3] is None \
            and self.base_param(sub[1][1]) is not None and all(self.state_node(a) for a in sub[2])

    def _second_slot_only(self, node) -> bool:
        """y where p(x, y) (or E(x, y)) puts it in the joint's second slot and no joint puts it first."""
        return node[0] == "sym" and node[3] is None and (node[1], node[4]) in getattr(self.r, "second_slot", ()) \
            and node[1] not in getattr(self.r, "visible_slot", ())

    def _latent_letter(self, node) -> bool:
        """z where p(x, z) (or E(x, z)) makes z the document's latent, by its name (h, z)."""
        return self.r.hidden and node[0] == "sym" and node[1] in HIDDEN_NAMES and node[3] is None \
            and (node[1], node[4]) in self.r.hidden_letters

    def _latent_first(self, args) -> bool:
        """p(z, x): a latent letter (z, h) first and a visible one second (the energy's slots are (x, h))."""
        return all(a[0] == "sym" for a in args) and self._hidden_node(args[0]) and not self._hidden_node(args[1])

    def _primed_apart(self, node) -> bool:
        """q', q'' (primes on a distribution letter no row defines as the model's p or p~): a distribution of
        its own, apart from q (hostile set 6, B06: q and q' were both read as the data and the prime dropped).
        A primed letter whose unprimed kind is the model (p' beside p_theta) stays unreadable (written())."""
        try:
            kind = self.dist_kind(node[:4] + (0,) + node[5:])
        except Exception:  # noqa: BLE001 - the unprimed letter's role cannot be told: q' is still its own
            kind = "second"
        if kind in ("model", "unnorm"):
            return False
        if node[3] is not None or node[5] is not None:
            self.fail(f"{node_text(node)}: a primed distribution with a subscript or superscript",
                      f"{node[1]}' alone, or a definition of it in a row of its own")
        return True

    def _dist_of_kind(self, k, sym):
        """The distribution of kind k written `sym`; a second one with the form the document defines it by."""
        from .second_definitions import family_form, plain_params
        if k == "second" and sym[0] == "sym" and sym[3] is not None and not plain_params(sym[3]):
            # q_{phi'}, q_{phi_0}, q_{2 phi} were q_phi itself (the value dropped): KL(q_phi || q_{phi'}) = 0 proved
            self.fail(f"{node_text(sym)}: a second distribution at a value of its parameter (not read yet)",
                      "the distribution with its parameter itself (q_\\phi), or a letter of its own (r_\\psi)")
        d = self._dist_written(k, sym)
        form = family_form(self, sym, d.q) if k == "second" and isinstance(d, SecondDist) else None
        return SecondDist(d.q.with_form(form)) if form is not None else d

    def _unformed(self, k, sym):
        """q for q(z) on the latent space or q(h | v): a table of its own; one the document defined on the visible
        states (second_definitions.py) is not read there."""
        q = self._dist_of_kind(k, sym).q
        if q.form is not None:
            self.fail(f"{node_text(sym)} defined on the visible states, used on the latent ones or given a state",
                      "a letter of its own for the other distribution")
        return q

    def _dist_written(self, k, sym):
        if k == "second" and sym[4] and (sym[1], sym[4]) not in self.r.primed:   # q': its own (_primed_apart)
            from .meaning_values import marks
            return SecondDist(Second([], int(self.r.measure), sym[1] + marks(sym[4])))
        if k == "data":
            return DataDist(int(self.r.measure))
        if k == "second" and (sym[1] in getattr(self.r, "free_seconds", ()) or sym[3] is None
                              and sym[1] in set(getattr(self.r, "bare_apart", ())) | set(getattr(
                                  self.r, "declared_seconds", ()))):
            # q beside p, neither written with a parameter: an arbitrary distribution of its own, fixed (roles.py)
            return SecondDist(Second([], int(self.r.measure), sym[1]))
        if k == "second" and sym[1] in self.r.same_param_seconds:   # q_theta (or q_phi) beside the model p_theta
            names = sorted({s[1] for s in walk(sym[3]) if s[0] == "sym" and self.base_param(s[1]) is not None})
            ps = [self.params.get(n) or Param(n) for n in names] if sym[3] is not None else list(self.params.values())
            return SecondDist(Second(ps, int(self.r.measure), sym[1]))
        if k == "second":
            return SecondDist(self.second_of({s[1] for s in walk(sym[3]) if s[0] == "sym"}))
        return ModelDist(self.model())

    def dist_app(self, n, env):
        """p(x), p(x, h), p(h | x), q_phi(h | v), \\tilde p(x), \\hat p(x): a distribution letter applied."""
        head, args, cond = n[1], n[2], n[3]
        name = head[1]
        states = self.state_args(args, env)
        conds = [c for c in cond if self.state_node(c) or c[0] != "sym"]
        conds = self.state_args(conds, env)
        kind = self.dist_kind(head)
        if name in getattr(self.r, "joint_seconds", ()):   # one joint table of its own (meaning_joint.py)
            from .meaning_joint import joint_app
            return joint_app(self, head, args, cond, env)
        if head[4] and (name, head[4]) in self.r.primed:   # the primes name the object, not a value of it
            head = head[:4] + (0,) + head[5:]
        m = self.model_at(self.written(head, args + cond), env) if kind in ("model", "unnorm") else None
        if kind in ("model", "unnorm") and len(states) == 2 and len(args) == 2 and self._latent_first(args):
            states = states[::-1]   # p(z, x): the joint written latent first is p(x, z), never E(z, x)
        if kind == "unnorm":
            return Unnorm(states[0] if len(states) == 1 else Tuple(*states), m)
        if len(states) != 1 and not (kind == "model" and len(states) == 2) or len(conds) > 1 or \
                conds and (kind not in ("model", "second") or len(states) != 1):   # p(y, z | x): never dropped
            self.fail(f"{name} of {len(states)} state(s) given {len(conds)}", f"{name}(x), {name}(h \\mid x)")
        if kind == "data":
            written = self.param_items(None, args + cond)
            if written and head[2] == "" and head[3] is None and not head[4] and head[5] is None and not conds:
                # P(tau | theta) beside the model pi_theta: a distribution with a parameter that no row ties to
                # e^{-E}, an arbitrary one of its own (normalized, positive: the log-derivative trick holds)
                ps = [self.tr(w, env) for w in written]
                return SecondProb(states[0], Second(ps, int(self.r.measure), name))
            if written:   # \hat p(x | theta): the data carry no parameter
                self.fail(f"{node_text(head)} written with a parameter, though read as the data distribution",
                          "`% eq7: model` for the letter, or p_{\\mathrm{data}}(x) without the parameter")
            return DataDist(int(self.r.measure)).density(states[0])
        if kind == "second" and conds:   # q_phi(h | v): conditional on v, normalized over h's space
            latent = isinstance(states[0], Hidden) or self._hidden_node(args[0])
            return SecondCondDist(self._unformed("second", head), conds[0], latent).density(states[0])
        if kind == "second" and (isinstance(states[0], Hidden) or self._latent_letter(args[0])):
            return SecondLatent(states[0], self._unformed("second", head))   # q(z): on the latent space
        if kind == "second":
            return SecondProb(states[0], self._dist_of_kind("second", head).q)
        if conds:
            a, b = states[0], conds[0]
            if isinstance(a, Hidden) or self._hidden_node(args[0]) or self._second_slot_only(args[0]):
                return Posterior(a, b, m)   # p(y | x) beside the joint p(x, y): y is its second slot, never visible
            return Conditional(a, b, m)
        if m is not None and m.hidden and len(states) == 1 and (isinstance(states[0], Hidden) or (
                args[0][0] == "sym" and args[0][1] in HIDDEN_NAMES and self._hidden_node(args[0])) or
                self._second_slot_only(args[0])):
            # p(h): sum_x p(x, h), never p at a state h. Only for a latent letter by name (h, z), or a letter the
            # document writes only in the joint's second slot (p(y) beside p(x, y)): the latent in E(x, x') is
            # the visible letter primed, a visible state elsewhere (sum_{x'} p(x') dF(x')/dtheta)
            return hidden_marginal(states[0], m, self.r.measure)
        return ModelProb(states[0] if len(states) == 1 else Tuple(*states), m)


def _letters(node) -> bool:
    """Whether node is a product of plain single letters (a word typed in math italic)."""
    return node[0] == "mul" and all(a[0] == "sym" and len(a[1]) == 1 and a[2:] == ("", None, 0, None) for a in node[1:])


def _word(node):
    """m o d e l (italic letters, a subscript typed without \\text) as the word it spells, when it is a word of
    the model or the data; any other node as it is."""
    if not _letters(node):
        return node
    word = "".join(a[1] for a in node[1:])
    return ("sym", word, "text", None, 0, None) if word in MODEL_WORDS | DATA_WORDS else node


def unspelled(node):
    """The AST with every bracket's or expectation's subscript spelled in italic letters (<f>_{model}) as its word."""
    if isinstance(node, list):
        return [unspelled(a) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "bracket" and len(node) == 3 and isinstance(node[2], tuple):
        return ("bracket", unspelled(node[1]), _word(node[2]))
    if node[0] in ("expect", "expect_given") and isinstance(node[1], tuple):
        return (node[0], _word(node[1]), *(unspelled(a) for a in node[2:]))
    if node[0] == "sym" and isinstance(node[3], tuple) and _letters(node[3]):   # F_{rbm}: a label, not r b m
        return node[:3] + (("sym", "".join(a[1] for a in node[3][1:]), "text", None, 0, None),) + node[4:]
    return tuple(unspelled(a) if isinstance(a, (tuple, list)) else a for a in node)


def _k(node):
    return (node[1], node[2], node[4]) if node[0] == "sym" else None


def _without(node, letters):
    """`node` with the arguments that are the letters `letters` (inputs) dropped from every application."""
    if isinstance(node, list):
        return [_without(a, letters) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "app":
        keep = [a for a in node[2] if not (a[0] == "sym" and a[1] in letters and a[3] is None)]
        return ("app", node[1], [_without(a, letters) for a in keep], [_without(c, letters) for c in node[3]])
    return tuple(_without(a, letters) if isinstance(a, (tuple, list)) else a for a in node)
