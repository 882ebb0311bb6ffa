"""Functions with a meaning of their own as people type them (vocabulary/functions.py holds their meanings):
where sigma is also a number in the document (written_bare), and names typed without their backslash
(spelled_functions: sigm(u), log(u), log \\sum ...), read as the function (meaning_values.py calls both)."""
from __future__ import annotations

from .roles import walk


def written_bare(asts) -> set:
    """Names of functions with a meaning of their own that the document also writes as a number (sigma^2,
    1/sigma, sigma_i): there sigma(u) may be sigma times u, so it is never read as the logistic function."""
    from .vocabulary.functions import FIXED_MEANINGS
    out = set()
    for a in asts:
        if not isinstance(a, tuple):
            continue
        heads = {id(n[1]) for n in walk(a) if n[0] == "app"}
        out |= {n[1] for n in walk(a) if n[0] == "sym" and n[1] in FIXED_MEANINGS and id(n) not in heads}
    return out


SPELLED_FUNCTIONS = ("sigmoid", "softplus", "sigm", "tanh", "cosh", "sinh", "log", "exp", "ln")


def _letter(f):
    return f[0] == "sym" and len(f[1]) == 1 and f[2] == "" and f[3] is None and f[5] is None and not f[4]


def spelled_functions(n):
    """`s i g m(u)`, `l o g(u)`: a function's name typed without its backslash, applied to parentheses, is the
    function (nobody means the product of four constants); `l o g X` as the last factor is log X. A spelled
    name followed by more than one factor (log a b: the scope) is left as it is (refuse_spelled names it)."""
    if n[0] != "mul":
        return n
    items = list(n[1:])
    for name in SPELLED_FUNCTIONS:
        k = len(name)
        for start in range(len(items) - k + 1):
            run = items[start:start + k]
            if not all(_letter(f) for f in run[:-1]) or "".join(f[1] for f in run[:-1]) != name[:-1]:
                continue
            last = run[-1]
            if last[0] == "app" and _letter(last[1]) and last[1][1] == name[-1] and len(last[2]) == 1 \
                    and not last[3]:
                arg = last[2][0]
                new = ("log", arg) if name in ("log", "ln") else ("exp", arg) if name == "exp" else \
                    ("app", ("sym", name, "text", None, 0, None), [arg], [])
                return spelled_functions(("mul", *items[:start], new, *items[start + k:]) if len(items) > k
                                         else new)
            if _letter(last) and last[1] == name[-1] and name in ("log", "ln") and start + k == len(items) - 1:
                new = ("log", items[-1])
                return ("mul", *items[:start], new) if start else new
    return n
