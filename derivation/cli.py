"""`eq7 check [DOC]`: check every derivation of a document row by row and print the report.

The work is in derivation/command.py (reading a document through the LaTeX reader, the
checker, reports, reading companions); this module is the entry point eq7/cli.py dispatches to.
With no DOC the blog post shipped with the package is read by the LaTeX reader, so the report's
lines are the post's own. `--corrected` checks the hand-built corrected chain of derivation/meaning/eq7.py.

Exit status: 0 every step valid, 1 some step invalid, 2 something unreadable. As part of the main
job (`eq7` alone, args.main_job True) invalid steps inside the post are findings the report
explains, so the status is 0 whenever the end-to-end claim is proved.
"""
from __future__ import annotations

from .command import add_arguments, run

__all__ = ["add_arguments", "run"]
