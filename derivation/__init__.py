"""The symbolic half of eq7: the derivation of eq. (7), row by row, and a step checker.

    from derivation import check_step, check_text, check_path

The public names below are loaded on first use (importing `derivation` costs nothing: SymPy and
the LaTeX reader load when a name is asked for). docs/build_reference.py documents each of them.
"""
from __future__ import annotations

import importlib

# public name -> the module that defines it
_PUBLIC = {
    "check_step": "derivation.classroom",          # one step, two LaTeX strings (a notebook's cell)
    "StepVerdict": "derivation.classroom",
    "StepInputError": "derivation.classroom",
    "check_text": "derivation.run.checkdoc",     # a whole document: its text, or its path
    "check_path": "derivation.run.checkdoc",
    "DocumentReport": "derivation.run.checkdoc",
    "DocumentError": "derivation.run.checkdoc",
    "check_chain": "derivation.judge.check",             # a chain built in Python (derivation.meaning.chain)
    "ChainReport": "derivation.judge.check",
    "StepReport": "derivation.judge.check",
    "Counterexample": "derivation.judge.exact_values",
    "counterexample_fields": "derivation.show.shown_counterexample",
    "to_text_document": "derivation.show.short_report",
    "grade_file": "derivation.grade",
}
_RENAMED = {"counterexample_fields": "fields"}

__all__ = list(_PUBLIC)


def __getattr__(name: str):
    if name not in _PUBLIC:
        raise AttributeError(f"module 'derivation' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name]), _RENAMED.get(name, name))
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
