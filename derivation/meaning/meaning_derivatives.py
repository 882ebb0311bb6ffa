"""Meaning of derivatives: by a parameter (or one of its values), and by the state (nabla_x, a coordinate xi of
the state at that point), with the scope of an operator before a product read only when both readings agree."""
from __future__ import annotations

import sympy
from sympy import Derivative

from .vocabulary import Param
from .vocabulary.base import VectorParam
from .meaning_operators import _key
from .plain_states import PLAIN_LETTERS
from .roles import HIDDEN_NAMES


class DerivativesMeaning:
    """Methods of meaning.Meaning that translate derivative operators."""

    def t_d(self, n, env):
        if len(n[1]) == 1 and n[1][0][0][0] == "sym" and self.param(n[1][0][0], env) is None \
                and self.state_node(n[1][0][0]) and n[1][0][0][3] is None \
                and not (("def", n[1][0][0][1]) in self.defs and not self.defs[("def", n[1][0][0][1])][0]):
            return self.state_derivative(n, env)
        body = self.tr(n[2], env)
        for var, order in n[1]:
            if var[0] == "sym" and var[3] is None and not self.defs.get(("def", var[1]), (None,))[0] \
                    and ("def", var[1]) in self.defs:   # d/d eta with eta = log lambda: by lambda (defined_first.py)
                from .defined_first import by_defined_letter
                body = by_defined_letter(self, body, var, order, env)
                continue
            v = self.param(var, env) if var[0] == "sym" else None
            if v is None:
                if var[0] == "sym" and (var[1], var[2], var[4]) in env or var[0] == "sym" and self.state_node(var):
                    self.fail(f"a derivative with respect to the state {var[1]} mixed with others",
                              "one derivative with respect to the state")
                self.fail(f"a derivative with respect to {var[1] if var[0] == 'sym' else var[0]}, which is not "
                          "a parameter", "a parameter, or a comment `% eq7: parameter W`")
            if isinstance(v, VectorParam):
                # w_{i,j}, w_{rs}: a component with two indices (a matrix); the general vocabulary's parameters are
                # scalars or vectors, so there is no variable to differentiate by: named, never an internal error
                self.fail(f"a derivative with respect to {v.name}, a component of a parameter with several indices "
                          "(a matrix: not read by the general reader yet)", "one index, w_k, or an explicit energy")
            if var[0] == "sym" and var[1] in PLAIN_LETTERS and var[1] not in str(body):
                # dL/dz_k with z a letter of no model (plain_states.py) and L written without it: 0 only if nothing
                # ties them, and the document may, in a row not read or in words (p = softmax(z)): never refuted so
                self.fail(f"a derivative with respect to {var[1]}, which what it differentiates is not written with "
                          "(the document may tie them in words or in a row not read)",
                          f"what is differentiated written out in {var[1]}")
            _one_phi(self, v, body)
            body = Derivative(body, (v, order))
        return body

    def t_d_op(self, n, env):  # an operator read outside a product (as a factor of \log ...): its next factor
        return self.t_d(("d", n[1], n[2]), env)

    def t_d_scope(self, n, env):
        """`\\nabla_\\theta f\\, g`: (nabla f) g, when g does not depend on the variable (then it is also the
        derivative of f g); otherwise the row is ambiguous and is not read."""
        from .normal_form import _depends
        rest = self.tr(n[3], env)
        first = self.tr(("d", n[1], n[2]), env)
        variables = first.variables if isinstance(first, Derivative) else ()
        if any(rest.has(v) or _depends(rest, v) for v in variables):
            self.fail("a derivative operator followed by a product of factors that depend on its variable: it "
                      "may apply to the first factor or to the whole product (write parentheses)",
                      "parentheses: \\nabla_\\theta\\left[f\\,g\\right] or (\\nabla_\\theta f)\\,g")
        return first * rest

    def _usual_state(self, name) -> bool:
        """x, v, s, y: the letters of a state; h and z only in a document with latent units."""
        from .meaning_operators import STATE_NAMES
        return name in STATE_NAMES and (name not in HIDDEN_NAMES or self.r.hidden)

    def state_derivative(self, n, env):
        """nabla_x f: the state x seen as a point of a coordinate xi (vocabulary/space.py AtState); the
        derivative acts on what depends on this x, not on sums over other states (nabla_x Z = 0)."""
        from .vocabulary.space import AtState
        var, order = n[1][0]
        key = _key(var)
        point = env.get(key)
        if point is None and not _mentions(n[2], var[1]) and not self._usual_state(var[1]):
            # d/dh (-beta F) with h written nowhere in what is differentiated, in a document without latent units:
            # h may be a field the prose makes a parameter (then not 0) or a state (then 0): never guessed
            self.fail(f"a derivative with respect to {var[1]}, which is neither a parameter nor a state written in "
                      "what it differentiates", f"a comment `% eq7: parameter {var[1]}`, or {var[1]} written in it")
        if point is None:
            point = self.free_state(key, hidden=(var[1], var[4]) in self.r.hidden_letters and var[1] in HIDDEN_NAMES)
        if isinstance(point, AtState):
            self.fail("a derivative with respect to the state inside another", "one state derivative")
        from .meaning_values import marks
        xi = Param(f"xi_{var[1]}" + marks(var[4]))
        body = self.tr(n[2], {**env, key: AtState(point, xi)})
        return Derivative(body, (xi, order))


def _mentions(node, name) -> bool:
    """Whether the AST writes the letter `name` anywhere (as a letter, an argument, a subscript)."""
    if isinstance(node, tuple):
        if node and node[0] == "sym" and node[1] == name:
            return True
        return any(_mentions(a, name) for a in node)
    if isinstance(node, list):
        return any(_mentions(a, name) for a in node)
    return False


def _one_phi(meaning, v, body):
    """d/dphi of q_phi(x) where the document writes phi both as q's own parameter and as a value of the model's
    (Z(phi) in q's definition, read as the model's Z at phi): the derivative by one of them leaves the other fixed,
    and d/dphi log q_phi(x) = 0 was proved (hostile set 9, A17). Unreadable, named."""
    from sympy import Symbol, preorder_traversal
    name = getattr(v, "name", None)
    if name is not None and any(isinstance(s, Symbol) and s.name == name and type(s) is not type(v)
                                for s in preorder_traversal(body)):
        meaning.fail(f"{name} as the parameter of one distribution and a value of another's in one row",
                     f"one letter for each: {name} for q's own, another for the model's value")
