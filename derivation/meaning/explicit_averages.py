"""Averages of functions of both layers of an explicit energy (explicit.py): <v_i h_j>_data, <v_i h_j>_model,
E_{v,h ~ p}[f]. The data average is (1/N) sum_n sum_h p(h | v^(n)) f; in a row about one visible
configuration (d log p(v)/dW_ij = ...) it is the average with v clamped (the data set is {v})."""
from __future__ import annotations

from sympy import Dummy, Sum, Tuple

from . import notation as nt
from .vocabulary import DataDist, ModelDist, ModelProb, Posterior
from .vocabulary.space import hidden_sum, visible_sum


class AveragesMeaning:
    """Methods of explicit.ExplicitMeaning for averages over both layers."""

    clamped = None

    def _clamped(self, sides):
        """The visible letter when the row is about one visible configuration (d log p(v)/dW_ij = ...):
        then <f>_data is the average with v clamped, E_{h ~ p(h|v)}[f] (the data set is {v})."""
        vis = [x for x, lay in self.er.layers.items() if lay == 0]
        if not vis or self.er.scalar:
            return None

        def free_uses(node):
            if not isinstance(node, tuple):
                return False
            if node[0] in ("bracket", "expect", "sum", "prod", "int"):
                return False
            if node[0] == "app" and any(a[0] == "sym" and a[1] == vis[0] and a[3] is None and a[4] == 0
                                        for a in node[2]):
                return True
            return any(free_uses(a) if isinstance(a, tuple) else any(free_uses(b) for b in a)
                       if isinstance(a, list) else False for a in node[1:])
        return vis[0] if any(free_uses(x) for x in sides if isinstance(x, tuple)) else None

    def implicit_var(self, body, env):
        """E_p[v_i] with no variable written: the visible configuration whose unit the body writes (v of v_i) is the
        one averaged over; read with v left free, E_p[v_i] = v_i was proved (lead's probe). A data point's index
        (v^(n)), a letter bound already and a hidden unit (averaged over the joint: _with_latent) stay as they are."""
        found = super().implicit_var(body, env)
        if found is not None:
            return found
        from .roles import sub_letter, walk
        for m in walk(body):
            if m[0] == "sym" and m[3] is not None and m[5] is None and self.layer_of_letter(m[1]) == 0 \
                    and (m[1], m[2], m[4]) not in env and ("data", sub_letter(m[3])) not in env:
                return ("sym", m[1], m[2], None, m[4], None)
        return None

    def joint(self, sub, body, env):
        from .roles import walk
        letters = {m[1] for m in walk(body) if m[0] == "sym" and self.layer_of_letter(m[1]) is not None}
        if not self.r.hidden and len(letters) == 1 and self.layer_of_letter(next(iter(letters))) == 0:
            return self.one_layer(sub, body, next(iter(letters)), env)
        if not self.r.hidden or {self.layer_of_letter(x) for x in letters} != {0, 1}:
            return None
        # E_{p(v', h')}[v'_i h'_j]: the average binds the letters as the body writes them, primes included
        primes = {x: {m[4] for m in walk(body) if m[0] == "sym" and m[1] == x} for x in letters}
        if any(len(p) != 1 for p in primes.values()):
            return None
        key = {x: (x, "", next(iter(primes[x]))) for x in letters}
        if any(key[x] in env for x in letters):
            return None
        dist, _ = self.dist(_spelled_word(sub), env)
        vis = next(x for x in letters if self.layer_of_letter(x) == 0)
        hid = next(x for x in letters if self.layer_of_letter(x) == 1)
        xs, hs = Dummy("v", integer=True, positive=True), Dummy("h", integer=True, positive=True)
        env2 = {**env, key[vis]: xs, key[hid]: hs}
        f = self.tr(body, env2)
        m = self.model()
        if isinstance(dist, DataDist) and self.clamped == vis:
            v = self.free_state((vis, "", 0))   # the row's own v: the data set is {v}
            return hidden_sum(Posterior(hs, v, m) * f.xreplace({xs: v}), hs)
        if isinstance(dist, DataDist):
            i = Dummy("n", integer=True, positive=True)
            x = nt.DataPoint(i)
            inner = hidden_sum(Posterior(hs, x, m) * f.xreplace({xs: x}), hs)
            return Sum(inner, (i, 1, nt.N)) / nt.N
        if isinstance(dist, ModelDist):
            return visible_sum(hidden_sum(ModelProb(Tuple(xs, hs), m) * f, hs), xs, int(self.r.measure))
        return None

    def one_layer(self, sub, body, letter, env):
        """<s_i s_j>, <s_i>_data of a model over one layer of units (Ising): the average binds the layer's
        configuration; None when the subscript names its own variable (s ~ p: the general reading binds it)."""
        if (letter, "", 0) in env:
            return None
        dist, var = self.dist(_spelled_word(sub), env)
        if var is not None:
            return None
        xs = Dummy(letter, integer=True, positive=True)
        if not isinstance(dist, (DataDist, ModelDist)):
            return None
        return dist.average(self.tr(body, {**env, (letter, "", 0): xs}), xs)

    def t_bracket(self, n, env):
        out = self.joint(n[2], n[1], env)
        return out if out is not None else super().t_bracket(n, env)

    def t_expect(self, n, env):
        out = self.joint(n[1], n[2], env)
        return out if out is not None else super().t_expect(n, env)


def _spelled_word(sub):
    """<f>_{data}, <f>_{model} typed without \\text (the letters d a t a): the word, as \\text{data} reads."""
    from .roles import DATA_WORDS, MODEL_WORDS
    if sub is not None and sub[0] == "mul" and all(f[0] == "sym" and len(f[1]) == 1 and f[2] == "" and f[3] is None
                                                   and f[5] is None and not f[4] for f in sub[1:]):
        word = "".join(f[1] for f in sub[1:])
        if word in DATA_WORDS | MODEL_WORDS:
            return ("sym", word, "text", None, 0, None)
    return sub
