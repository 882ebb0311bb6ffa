"""The written domain of a sum over a state (\\sum_{h \\in \\{0,1\\}^m}): kept, or the row is not read, naming it
(issue 18 part 1: a domain is never dropped; hostile set 5 C11 read \\{0,1\\}^n over "all K states")."""
from __future__ import annotations

from .meaning_values import node_text

STATE_NAMES = set("xyvhzsXYVu") | {"RVx"}   # letters a sum runs over as a state


def unit_domain(meaning, var, where) -> bool:
    """\\sum_{h \\in \\{0,1\\}^m} in an explicit model (explicit.py): the configurations of h's layer, kept when the
    values written are the layer's units (binary, or +-1 where the document declares spins). Over the general
    vocabulary's abstract states (no units) never."""
    er = getattr(meaning, "er", None)
    if er is None or var[0] != "sym" or where[0] != "pow" or where[1][0] != "set" \
            or meaning.layer_of_letter(var[1]) is None:
        return False
    written = {_value(v) for v in where[1][1:]}
    return written == ({"-1", "1"} if er.spin else {"0", "1"})


def _value(v):
    if v[0] == "num":
        return str(v[1])
    if v[0] == "neg" and v[1][0] == "num":
        return "-" + str(v[1][1])
    return None


def domain_text(where) -> str:
    """A sum's domain as written, for the message: \\{0, 1\\}^{n}, not the tree."""
    if where[0] == "set":
        return "\\{" + ", ".join(domain_text(v) for v in where[1:]) + "\\}"
    if where[0] == "pow":
        return domain_text(where[1]) + "^{" + domain_text(where[2]) + "}"
    return node_text(where)


# letters that name an object of the vocabulary, never the data size
_NOT_A_SIZE = set("ZEFPpqLHKe")


def data_size(sup) -> bool:
    """Whether a data sum's upper bound names the data size: N, |D|, or a plain letter (n, M, T)."""
    if sup[0] == "abs":
        return True
    return (sup[0] == "sym" and sup[2] == "" and sup[3] is None and sup[5] is None and not sup[4]
            and len(sup[1]) == 1 and sup[1] not in _NOT_A_SIZE)


def states_to_k(sub, sup) -> bool:
    """\\sum_{x=1}^{K}: a plain state letter from 1 to the plain letter K."""
    var, start = sub[1], sub[2]
    return (var[0] == "sym" and var[1] in STATE_NAMES and var[2:] == ("", None, 0, None)
            and start[0] == "num" and str(start[1]) == "1"
            and sup is not None and sup[0] == "sym" and sup[1] == "K" and sup[2:] == ("", None, 0, None))
