"""Facts about the whole document that reading one row needs (chains.py notes them on the roles):

    defined_heads    letters a row defines as a function, f(x) = ... (general_chains: p = f/Z takes f as p~ only
                     where no row gives f otherwise)
    data_word_dist   whether the document draws x ~ p(\\text{data}) (meaning_implicit: p(data) under \\int dx)
    joint_seconds    distribution letters, not the model's, that the document writes as a joint of a visible and
                     a latent state, P(x, z): one joint table of their own (vocabulary/joint.py), never the data
"""
from __future__ import annotations

from .roles import DIST_LETTERS, walk


def note_facts(roles, rows, good) -> None:
    roles.defined_heads = {r[0][1][1] for r in rows if len(r) > 1 and isinstance(r[0], tuple)
                           and r[0][0] == "app" and r[0][1][0] == "sym"}
    roles.data_word_dist = any(n[0] == "sim" and n[2][0] == "app" and len(n[2][2]) == 1 and n[2][2][0][0] == "sym"
                               and n[2][2][0][2] == "text" for a in good for n in walk(a))
    hidden = getattr(roles, "hidden_letters", set())
    roles.joint_seconds = {
        n[1][1] for a in good for n in walk(a)
        if n[0] == "app" and n[1][0] == "sym" and n[1][1] in DIST_LETTERS and n[1][2] == "" and n[1][3] is None
        and not n[1][4] and n[1][1] not in roles.model and not n[3] and len(n[2]) == 2
        and all(x[0] == "sym" and x[3] is None for x in n[2])
        and sum((x[1], x[4]) in hidden for x in n[2]) == 1}
