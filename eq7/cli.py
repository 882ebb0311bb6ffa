"""The `eq7` console command.

`eq7` alone is the main job: check the blog post's derivation of eq. (7) row by row,
then verify the identity numerically on the default toy models. Each half lives in its
own package (`derivation.cli`, `toy_models.cli`); this module only dispatches, and it
imports a half only when that half is asked for, so `eq7 check` never pays for NumPy.
The words of `--help` (what a command does, its exit codes, an example) are in eq7/helptext.py.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys

from .helptext import HELP, MAIN_EPILOG

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
SCHEMA_VERSION = 1   # of every JSON eq7 prints; derivation.show.report and toy_models.cli carry the same number


def version() -> str:
    from . import __version__
    return __version__


class _Version(argparse.Action):
    """--version, the number looked up only when asked for: importlib.metadata and the email
    package it reads metadata with cost every `eq7 check` 20-70 ms of start-up otherwise."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"eq7 {version()}")
        parser.exit()


def _module(command: str):
    return importlib.import_module(SUBCOMMANDS[command][0])


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error under --json also prints a JSON error object on stdout, so a program
    reading the output always gets JSON (the usual message still goes to stderr, exit 2)."""

    json_wanted = False

    def error(self, message):
        if _Parser.json_wanted:
            print(json_error(f"{self.prog}: {message}"))
        super().error(message)


def json_error(message: str, line=None, column=None, status: int = 2) -> str:
    """The one shape of an error in eq7's JSON: the error object and a failed status."""
    return json.dumps({"schema_version": SCHEMA_VERSION, "error": {"message": message, "line": line,
                                                                    "column": column},
                       "status": status, "passed": False}, indent=2, ensure_ascii=False)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Prose paragraphs wrapped to the terminal; blocks with indented lines (exit codes, examples)
    kept as written."""

    def _fill_text(self, text, width, indent):
        import textwrap

        paragraphs = text.split("\n\n")
        return "\n\n".join(p if any(l.startswith(" ") for l in p.splitlines())
                            else textwrap.fill(" ".join(p.split()), width, initial_indent=indent,
                                               subsequent_indent=indent) for p in paragraphs)


def build_parser(commands=SUBCOMMANDS) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="eq7",
        formatter_class=_Formatter,
        description=(
            "Check the derivation of the energy-based-model likelihood gradient "
            "(Kim & Bengio 2016, eq. 7) line by line, and prove it in numbers.\n\n"
            "With no subcommand: check the blog post's derivation, then verify the "
            "identity on the default toy models."
        ),
        epilog=MAIN_EPILOG,
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(commands) + "}", parser_class=_Parser)
    parser.subparsers = {}
    for name in commands:
        mod = _module(name)
        p = sub.add_parser(name, help=SUBCOMMANDS[name][1], formatter_class=_Formatter)
        mod.add_arguments(p)
        if name in HELP:  # after add_arguments: one description for every command, written in one place
            p.description, p.epilog = HELP[name]
        parser.subparsers[name] = p
    return parser


def _main_job() -> int:
    """Check the post, then verify the identity; succeed when the claim of eq. (7) is
    proved and the numbers agree. Invalid steps inside the post are findings the report
    explains, not a failure of the job (`eq7 check` alone exits 1 on them). The last line
    printed is the job's status, the same number the command exits with."""
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
    print(f"eq7: status {status} (" + ("the end-to-end claim of eq. (7) is proved and the numbers agree"
                                       if status == 0 else "see above: the claim is not proved or a number "
                                       "disagrees") + ").")
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


class _Watch:
    """stdout or stderr, passed through, remembering what was written (to tell whether a command
    that failed under --json printed its own JSON, and with which message)."""

    def __init__(self, stream):
        self.stream, self.text = stream, []

    def write(self, s):
        self.text.append(s)
        return self.stream.write(s)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def _follow_inputs(args) -> None:
    """`\\input{part}` in a .tex document: part.tex is checked too, as a document of its own
    (derivation/run/tex_inputs.py); what was followed or not is said on stderr."""
    from derivation.run.tex_inputs import expand

    docs, notes = expand(list(args.doc))
    for note in notes:
        print(f"eq7 check: {note}", file=sys.stderr)
    args.doc = docs


def _dispatch(argv: list[str]) -> int:
    if not argv:
        return _main_job()
    command = argv[0]
    _Parser.json_wanted = "--json" in argv
    # Build only the parser of the command asked for: its imports are the only ones paid.
    # Anything else (--help, a typo) gets the full parser and its list of commands.
    parser = build_parser({command: SUBCOMMANDS[command]} if command in SUBCOMMANDS else SUBCOMMANDS)
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if extra:  # the subcommand's own usage line, not eq7's (`eq7 check a.md --bogus`)
        parser.subparsers[args.command].error("unrecognized arguments: " + " ".join(extra))
    args.main_job = False
    if args.command == "check" and getattr(args, "doc", None):
        _follow_inputs(args)
    if not getattr(args, "json", False):
        return _module(args.command).run(args)
    out, err = _Watch(sys.stdout), _Watch(sys.stderr)
    sys.stdout, sys.stderr = out, err
    try:
        code = _module(args.command).run(args)
    finally:
        sys.stdout, sys.stderr = out.stream, err.stream
    if code != 0 and not "".join(out.text).strip():  # failed without JSON: its message, as JSON
        said = [s.strip() for s in "".join(err.text).splitlines() if s.strip()]
        print(json_error(said[-1] if said else f"eq7 {args.command} failed (status {code})", status=code))
    return code


def console() -> None:
    """The console command (setup.cfg's entry point, `python -m eq7`): main(), then leave at once.

    A process that has checked a document holds SymPy and some 10^5 objects; tearing them down one by one
    at exit (module dictionaries, every object freed) costs about 20-40 ms of a fresh `eq7 check` that
    has already printed its answer. So the exit handlers run (the checker's worker is stopped), the
    output streams are flushed, and the process ends without the teardown. main() itself returns as
    usual, for callers in a longer-lived process (tests, notebooks)."""
    try:
        status = main()
    except SystemExit as e:   # argparse (--help, a usage error) exits from inside main()
        status = e.code
    if status is None:
        status = 0
    elif not isinstance(status, int):
        print(status, file=sys.stderr)
        status = 1
    _leave(status)


def _leave(status: int) -> None:
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:   # the reader left early (main's own handler says why this is no error)
            pass
        except (OSError, ValueError):   # a full disk, a closed stream: the interpreter would exit 120
            status = status or 120
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    console()
