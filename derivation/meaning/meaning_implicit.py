"""A model object of the state written without its state inside a sum over the states:
`Z = \\sum_x \\tilde p`, `\\sum_x e^{-E}`, `\\frac{1}{Z} \\nabla \\sum_x \\hat P_\\theta`, `\\sum_x P(x) \\nabla \\log \\hat P_\\theta`.

The energy, the model's probability and its unnormalized density are functions of the state: written bare under
\\sum_x they are that function at the bound x (the only reading: as a constant in x, \\sum_x \\tilde p would be K
times a number the vocabulary does not have, and the valid row was refuted or unreadable). Only those objects
are applied (E, p, \\tilde p, \\hat p where the document makes it the model's p~), written with no argument, no
mark and no subscript other than the model's parameter; a letter the vocabulary does not know (c in
\\sum_x c\\, p(x)) stays an arbitrary constant; nested binders (a sum, an integral, an expectation inside) keep
their own variable; latent-variable documents are left as they are (E(x, h) has two slots).
The same under an integral over the states, and `p(\text{data})` there is the data density at the bound x where
the document draws x ~ p(\text{data}) (its distribution, never the probability of the data set).
"""
from __future__ import annotations

from .roles import DATA_WORDS, DIST_LETTERS, ENERGY_LETTERS

BINDERS = {"sum", "prod", "int", "expect", "expect_given", "bracket"}


def _model_object(m, node) -> bool:
    if node[0] != "sym" or node[4] or node[5] is not None or not (node[3] is None or m._param_sub(node[3])):
        return False
    if ("def", node[1]) in m.defs:
        return False
    if (node[1], node[2]) in ENERGY_LETTERS or node[2] == "tilde" and node[1] in ("p", "P"):
        return True
    try:
        return m.is_dist(node) and m.dist_kind(node) in ("model", "unnorm")
    except Exception:  # noqa: BLE001 - a letter whose role cannot be told: left as it is
        return False


def _data_word(m, node) -> bool:
    """p(\text{data}) in a document that draws x ~ p(\text{data}): the data distribution, at the bound state."""
    head, args = node[1], node[2]
    return getattr(m.r, "data_word_dist", False) and head[0] == "sym" and head[1] in DIST_LETTERS \
        and head[2] == "" and head[3] is None and not node[3] and len(args) == 1 and args[0][0] == "sym" \
        and args[0][2] == "text" and args[0][1] in DATA_WORDS and args[0][3] is None


def implicit_arguments(m, body, var):
    """body with each bare model object of the state applied to the bound variable `var` (a sym node)."""
    if m.r.hidden:
        return body

    def fix(node):
        if isinstance(node, list):
            return [fix(a) for a in node]
        if not isinstance(node, tuple) or not node or node[0] in BINDERS:
            return node
        if node[0] == "sym":
            return ("app", node, [var], []) if _model_object(m, node) else node
        if node[0] == "app" and _data_word(m, node):   # p(\text{data}) -> p_{\text{data}}(x)
            head = node[1]
            return ("app", (head[0], head[1], head[2], node[2][0], head[4], head[5]), [var], [])
        if node[0] == "app":   # the head is applied already; its arguments may hold bare objects
            return ("app", node[1], fix(node[2]), fix(node[3]))
        return tuple(fix(a) if isinstance(a, (tuple, list)) else a for a in node)

    return fix(body)
