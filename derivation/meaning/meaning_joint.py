"""P(x, z), P(x | z), P(z | x), P(z), P(x) of a letter the document writes as a joint of its own
(document_facts.joint_seconds): each is read from ONE joint table (vocabulary/joint.py), so the product rule,
the marginals and importance weights hold as they do for any joint; a form not listed stays unreadable."""
from __future__ import annotations

from .vocabulary import Second
from .vocabulary.joint import SecondJoint, SecondJointGiven, SecondJointLatent, SecondJointVisible


def joint_app(m, head, args, cond, env):
    """The object for head(args | cond), head a joint letter of its own; m the Meaning."""
    q = Second([], int(m.r.measure), head[1])
    if head[2] != "" or head[3] is not None or head[4] or head[5] is not None or len(cond) > 1:
        m.fail(f"{head[1]} written with a mark, a subscript or two conditions", f"{head[1]}(x, z), {head[1]}(x \\mid z)")
    hidden = [m._hidden_node(a) for a in list(args) + list(cond)]
    vals = m.state_args(list(args) + list(cond), env)
    if len(args) == 2 and not cond and sorted(hidden) == [False, True]:
        x, z = (vals[0], vals[1]) if hidden == [False, True] else (vals[1], vals[0])
        return SecondJoint(x, z, q)
    if len(args) == 1 and not cond:
        return SecondJointLatent(vals[0], q) if hidden[0] else SecondJointVisible(vals[0], q)
    if len(args) == 1 and len(cond) == 1 and hidden[0] != hidden[1]:
        return SecondJointGiven(vals[0], vals[1], q, int(hidden[0]))
    m.fail(f"{head[1]} of states other than one visible and one latent", f"{head[1]}(x, z), {head[1]}(x \\mid z)")
