"""States written in capitals, their units in small letters: E(V, H) = -sum_ij W_ij v_i h_j - sum_i b_i v_i - ...

Many RBM texts name a configuration V (H) and its units v_i (h_j). The explicit reader (explicit_roles.py) takes the
units of a state from the state's own letter (v_i of v), so it read no energy here, and H then fell to the
vocabulary's other meaning of that letter (a Hamiltonian: "the energy H without its state"). When the document's
energy row names its states in capitals and its body writes their units only in the small letter, the capital and
the small letter are one state: every bare capital is respelled small before the roles are read, so
P(V, H), sum_{V, H}, P(H | V) read as P(v, h), sum_{v, h}, p(h | v).

Only when nothing else can be meant: the small letter is never written bare (it would be a state or a data point of
its own) and never with a superscript (v^{(n)}), and the capital is never used as a value in the energy's body. A
capital written with a subscript (V_{-l}, the units but one) is left as it is (and read, or not, as before).
"""
from __future__ import annotations

from .roles_letters import ENERGY_LETTERS


def _sym_nodes(node):
    """Every sym node, the variables of derivatives included (walk skips a node's first item)."""
    if isinstance(node, list):
        for a in node:
            yield from _sym_nodes(a)
    elif isinstance(node, tuple) and node:
        if node[0] == "sym":
            yield node
        for a in node[1:] if isinstance(node[0], str) else node:
            if isinstance(a, (tuple, list)):
                yield from _sym_nodes(a)


def _capital_states(rows) -> dict:
    """{capital: small} from the rows E(V, H) = body whose body writes v_i, h_j and never V, H."""
    out = {}
    for sides in rows:
        if len(sides) < 2 or not all(isinstance(s, tuple) for s in sides[:2]):
            continue
        lhs, rhs = sides[0], sides[1]
        if lhs[0] != "app" or lhs[1][0] != "sym" or (lhs[1][1], lhs[1][2]) not in ENERGY_LETTERS or lhs[1][3] is not None \
                or lhs[3]:
            continue
        args = lhs[2]
        if not args or len(args) > 2 or not all(a[0] == "sym" and a[3] is None and a[5] is None and not a[4]
                                                 and len(a[1]) == 1 and a[1].isupper() and a[2] == "" for a in args):
            continue
        body = list(_sym_nodes(rhs))
        caps = {a[1] for a in args}
        if any(n[1] in caps for n in body):
            continue   # V used as a value in the body: not a state whose units are v_i
        if all(any(n[1] == c.lower() and n[3] is not None and n[2] == "" for n in body) for c in caps):
            out.update({c: c.lower() for c in caps})
    return out


def state_case(asts) -> dict:
    """{capital: small} for the document's syntax trees (each row a list of its sides), {} when the document does not
    write its states so (see the module's docstring)."""
    found = _capital_states(asts)
    if not found:
        return {}
    nodes = [n for sides in asts for s in sides if isinstance(s, tuple) for n in _sym_nodes(s)]
    for cap, small in list(found.items()):
        if any(n[1] == small and n[2] == "" and (n[3] is None or n[5] is not None) for n in nodes):
            del found[cap]   # v written bare or as v^{(n)}: a letter of its own
    return found


def respell_states(node, case: dict):
    """`node` with every bare capital state letter of `case` written small (V -> v)."""
    if isinstance(node, list):
        return [respell_states(a, case) for a in node]
    if not isinstance(node, tuple) or not node:
        return node
    if node[0] == "sym" and node[1] in case and node[2] == "" and node[3] is None and node[5] is None:
        return ("sym", case[node[1]], *node[2:])
    return tuple(respell_states(a, case) if isinstance(a, (tuple, list)) else a for a in node)


def respell_document(asts: dict, alt_asts: dict, rows, problem, text: str = ""):
    """The document's syntax trees (by key; `alt_asts`: key -> other parses, the tree last) with its capital states
    written small (above), sigma written as a letter where it is never applied (sigma_letter.py) and the state letters
    the document gives no part in a model as letters (plain_states.py); `rows`: each
    row's sides; `problem`: the class of an unreadable side, left as it is; `text`: the document's."""
    from .plain_states import plain_states, respell_plain
    from .sigma_letter import respell_sigma, sigma_is_a_letter
    case = state_case(rows)
    sigma = sigma_is_a_letter(list(asts.values()))
    # z_i, y_i, x_1 with no part in a model: letters (plain_states.py), told after V is written v
    plain = plain_states([respell_states(a, case) if case else a for a in asts.values()], text, rows)
    if not case and not sigma and not plain:
        return asts, alt_asts

    def fix(a):
        a = respell_states(a, case) if case else a
        a = respell_plain(a, plain) if plain else a
        return respell_sigma(a) if sigma else a
    return ({k: a if isinstance(a, problem) else fix(a) for k, a in asts.items()},
            {k: [(*alt[:-1], fix(alt[-1])) for alt in v] for k, v in alt_asts.items()})


__all__ = ["state_case", "respell_states", "respell_document"]
