"""Mathematics inside a prose sentence is context for the derivation next to it, not a derivation.

"Let $Z(\\theta) = \\sum_x e^{-E_\\theta(x)}$ be the partition function." is read and checked (a
definition is judged against the fixed meaning like any other row), but a student who wrote one
5-step derivation must not read "4 derivations, 8 steps", four legends, or get 8 steps in the
grade book. So a derivation whose every row sits in inline math ($...$, \\(...\\)) is *context*
when the document also has a displayed derivation; a document made only of inline math keeps its
inline equations as derivations (they are all it has).

    context_flags(docrep)   per derivation of the document: True when it is prose context
    flags_of(doc, owners)   the same from the read document and its chains' rows (before checking)
    split(docrep)           (derivations, context): pairs (k, report), k the 0-based position
    mark_json(d, docrep)    the document's JSON with "context": true/false on each derivation
"""
from __future__ import annotations


def _inline_blocks(doc) -> dict:
    """Block index -> whether it is inline math, from the document's own text (the reader's blocks)."""
    from .document import find_blocks

    source = getattr(doc, "source", None)
    if source is None or not hasattr(source, "text"):
        return {}
    try:
        _, blocks = find_blocks(source.text, source.name)
    except Exception:  # noqa: BLE001 - the document was read once already; if not again, nothing is context
        return {}
    return {b.index: b.inline for b in blocks}


def context_flags(docrep) -> list[bool]:
    owners = getattr(docrep, "owners", None)
    if not owners or len(owners) != len(docrep.reports):
        return [False] * len(docrep.reports)
    return flags_of(docrep.doc, owners)


def flags_of(doc, owners) -> list[bool]:
    """context_flags before any check: the read document and, per derivation, the ReadRows of its rows
    (chains_of's pairs), as the pytest plugin has them when it names its items."""
    inline = _inline_blocks(doc)
    flags = [bool(own) and all(inline.get(rr.row.block, False) for rr in own) for own in owners]
    if all(flags):   # only inline math: those are the document's derivations
        return [False] * len(flags)
    return flags


def split(docrep) -> tuple[list, list]:
    flags = context_flags(docrep)
    main = [(k, r) for k, r in enumerate(docrep.reports) if not flags[k]]
    context = [(k, r) for k, r in enumerate(docrep.reports) if flags[k]]
    return main, context


def mark_json(d: dict, docrep) -> dict:
    """Each derivation of the JSON (the "derivations" list of a document with several) says whether
    it is a statement in the prose; a document with one derivation has none to mark."""
    flags = context_flags(docrep)
    for entry, flag in zip(d.get("derivations") or [], flags):
        entry["context"] = flag
    if d.get("derivations"):
        d["context_derivations"] = [k + 1 for k, f in enumerate(flags) if f]
    return d
