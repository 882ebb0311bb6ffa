"""hostile11 (from hostile10): a true row and its one-symbol mutation as two documents with consecutive ids."""
from build import D, DEF, F, T

_n = {}


def nid(prefix):
    _n[prefix] = _n.get(prefix, 0) + 1
    return f"{prefix}{_n[prefix]:02d}"


def ndefs(blocks):
    k = 0
    for b in blocks:
        if isinstance(b, str):
            continue
        if isinstance(b, tuple) and b[0] == "one":
            k += 1
        elif isinstance(b, tuple) and b[0] == "raw":
            k += sum(1 for ln in b[1] if ln.startswith("§"))
        elif isinstance(b, tuple):
            k += len(b[1])
        else:
            k += len(b)
    return k


def one(prefix, cause, pre, row, spec, note="", post=(), **kw):
    """one document: pre blocks (their display rows are DEF), then the labelled row in its own display."""
    cid = nid(prefix)
    if "disp" not in kw:  # a few documents in other display styles, fixed by the id
        import hashlib
        kw["disp"] = {0: "bracket", 1: "align*"}.get(int(hashlib.sha1(cid.encode()).hexdigest(), 16) % 10, "dollar")
    blocks = list(pre) + [row if not isinstance(row, str) else [row]] + list(post)
    D(cid, cause, blocks, [DEF] * ndefs(pre) + [spec] + [DEF] * ndefs(post), note=note, **kw)
    return cid


def pair(prefix, cause, pre, rowT, rowF, lf, rT, rF, rel="=", relF=None, note="", preF=None, **kw):
    one(prefix, cause, pre, rowT, (T, lf, rT, rel), **kw)
    one(prefix, cause, pre if preF is None else preF, rowF, (F, lf, rF, relF or rel), note=note, **kw)
