"""`\\input{part}` and `\\include{part}` in a LaTeX document: the files they name, found next to it.

A thesis keeps its derivations in chapter files; `eq7 check main.tex` then finds no mathematics in
main.tex. The included files are followed by checking each as a document of its own (so every line
number in a report is the line of the file it names), listed after the document that includes
them; main.tex itself is left out when it has no mathematics of its own. A name that does not
resolve to a file is reported by name, never silently dropped. The same size limit as any
document applies to each file (checkdoc.read_limited), and at most MAX_FILES are followed (a
cycle or a very deep chain of \\input stops there).

    expand(paths) -> (paths to check, notes for the reader)
"""
from __future__ import annotations

import re
from pathlib import Path

MAX_FILES = 32
_INPUT = re.compile(r"\\(input|include|subfile)\s*\{([^{}]+)\}")
_COMMENT = re.compile(r"(?<!\\)%.*")


def named_files(text: str) -> list[tuple[str, str]]:
    """(command, name) of every \\input/\\include outside comments, in order."""
    out = []
    for line in text.splitlines():
        out += [(m.group(1), m.group(2).strip()) for m in _INPUT.finditer(_COMMENT.sub("", line))]
    return out


def _resolve(base: Path, name: str) -> Path | None:
    p = (base.parent / name)
    for candidate in (p, p.with_name(p.name + ".tex")):
        if candidate.is_file():
            return candidate
    return None


def _has_math(text: str, name: str) -> bool:
    from derivation.read.document import DocumentError, find_blocks
    try:
        find_blocks(text, name)
    except DocumentError:
        return False
    except Exception:  # noqa: BLE001 - let the check itself report what is wrong with it
        return True
    return True


def expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """The documents to check: each given one, followed by the files its \\input/\\include name
    (recursively, each once); a .tex file without mathematics of its own that includes others is
    replaced by them. Notes say what was followed and what could not be."""
    out: list[str] = []
    notes: list[str] = []
    seen: set = set()

    def visit(path: str, depth: int) -> None:
        if len(out) >= MAX_FILES:
            return
        p = Path(path)
        if path == "-" or p.suffix.lower() not in (".tex", ".ltx") or not p.is_file():
            out.append(path)
            return
        # here, not for every document: a Markdown file's command then loads the reader with the checker, under
        # the collector's freeze (command._load_checker), not before it (~20 young collections, 2-4 ms)
        from .checkdoc import read_limited
        try:
            key = p.resolve()
            text = read_limited(str(p))
        except (OSError, UnicodeDecodeError, ValueError):
            out.append(path)   # the check itself says why it cannot be read
            return
        if key in seen:
            return
        seen.add(key)
        names = named_files(text) if depth < 8 else []
        found = []
        for command, name in names:
            target = _resolve(p, name)
            if target is None:
                notes.append(f"{path}: \\{command}{{{name}}} names no file next to it "
                             f"({p.parent / name} or {p.parent / name}.tex): not followed")
            else:
                found.append((command, name, str(target)))
        if not found or _has_math(text, path):
            out.append(path)
        elif found:
            notes.append(f"{path} has no mathematics of its own: the files it includes are checked instead")
        for command, name, target in found:
            if Path(target).resolve() in seen:
                continue
            notes.append(f"{path}: \\{command}{{{name}}} followed: {target} is checked as a document of its own")
            visit(target, depth + 1)

    for path in paths:
        visit(path, 0)
    if len(out) >= MAX_FILES:
        notes.append(f"only the first {MAX_FILES} files are checked")
    return out, notes
