"""The `eq7` console command.

`eq7` alone is the main job: check the blog post's derivation of eq. (7) row by row,
then verify the identity numerically on the default toy models. Each half lives in its
own package (`derivation.cli`, `toy_models.cli`); this module only dispatches, and it
imports a half only when that half is asked for, so `eq7 check` never pays for NumPy.
"""
from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> (module, help). Each module provides add_arguments(parser) and run(args) -> int.
SUBCOMMANDS = {
    "check": ("derivation.cli", "check every step of a derivation (default: the blog post's)"),
    "verify": ("toy_models.cli", "verify eq. (7) numerically on toy models with exact log Z"),
    "figures": ("toy_models.figures_cli", "draw the figures (phases, sampled negative phase) as PNG files"),
    "estimators": ("toy_models.estimators_cli", "measure sampled estimates of the negative phase (CD, PCD, generators) against the exact one"),
    "companion": ("eq7.companion", "write the reading companion: derivation, verdicts and numbers on one web page"),
    "web": ("eq7.web", "write a static site that checks a derivation in the browser (Pyodide), nothing installed"),
    "grade": ("derivation.grade", "check every student file of a folder: one row per file (--csv FILE)"),
}


def _module(command: str):
    return importlib.import_module(SUBCOMMANDS[command][0])


def build_parser(commands=SUBCOMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eq7",
        description=(
            "Check the derivation of the energy-based-model likelihood gradient "
            "(Kim & Bengio 2016, eq. 7) line by line, and prove it in numbers. "
            "With no subcommand: check the blog post's derivation, then verify the "
            "identity on the default toy models."
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(commands) + "}")
    for name in commands:
        mod = _module(name)
        mod.add_arguments(sub.add_parser(name, help=SUBCOMMANDS[name][1]))
    return parser


def _main_job() -> int:
    """Check the post, then verify the identity; succeed when the claim of eq. (7) is
    proved and the numbers agree. Invalid steps inside the post are findings the report
    explains, not a failure of the job (`eq7 check` alone exits 1 on them)."""
    status = 0
    for name in ("check", "verify"):
        mod = _module(name)
        p = argparse.ArgumentParser(prog=f"eq7 {name}")
        mod.add_arguments(p)
        args = p.parse_args([])
        args.main_job = True
        code = mod.run(args)
        status = max(status, code)
        print()
    return status


def main(argv: list[str] | None = None) -> int:
    try:
        return _dispatch(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # `eq7 check --json DOC | head`: the reader left early; nothing went wrong here, so no traceback.
        # Point stdout at /dev/null so the interpreter's final flush cannot raise again.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _dispatch(argv: list[str]) -> int:
    if not argv:
        return _main_job()
    command = argv[0]
    # Build only the parser of the command asked for: its imports are the only ones paid.
    # Anything else (--help, a typo) gets the full parser and its list of commands.
    parser = build_parser({command: SUBCOMMANDS[command]} if command in SUBCOMMANDS else SUBCOMMANDS)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    args.main_job = False
    return _module(args.command).run(args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
