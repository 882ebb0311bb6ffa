"""LaTeX as people type it, measured: which commands the display rows of real mathematics about
energy-based models, Boltzmann machines, exponential families and statistical mechanics use, the
share of rows each one appears in, and whether the reader reads it (issue 21, part 4).

    python benchmarks/latex_census.py                 the table, from the stored counts
    python benchmarks/latex_census.py --markdown      the same table in Markdown (derivation/read/README.md)
    python benchmarks/latex_census.py --collect DIR...  count again from git snapshots (one per repository,
                                                      as `fetch` brings them: DIR/repo is a bare git directory)
    python benchmarks/latex_census.py --documents DIR...  count the documents of plain directories (the real
                                                      derivations the project may look at: ../shared/realworld-dev,
                                                      the scored blind sets' docs/), kept apart in
                                                      latex_census_documents.json; Typst and TeXmacs sources
                                                      (*_typ.md, *_tm.md) are out of scope and skipped
    python benchmarks/latex_census.py --sample repositories|documents|all   the table of one sample (default: all,
                                                      both samples' rows together)

Only counts and the list of sources are stored (benchmarks/latex_census.json), never the text: for each
distinct set of commands a row uses, how many rows use exactly that set. Rows are cut by the reader's own
document.find_blocks (display mathematics only, not inline `$...$`), in files whose text is on topic
(partition function, Boltzmann, energy-based, exponential family, Ising, free energy, ...), at most CAP rows
per repository (whole files, in path order) so that no one source outweighs the others. A command the
document defines itself (\\newcommand) is counted as `<document macro>` (the reader expands those).
Constructs that are not one command are counted under a name in angle brackets (`<\\left< angle>`,
`<derivative of order >= 4>`). Whether the reader reads a command is measured, not asked of a list:
each row is expanded and respelled as the reader does it, and a command is read in that row when it is
not left among the commands the grammars do not know (`--collect` measures again, with the reader as
it is; a form read only in some rows, such as \\cdots in a sum but not in a list, shows as `partly`).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
DATA = os.path.join(HERE, "latex_census.json")
DOCUMENTS = os.path.join(HERE, "latex_census_documents.json")
OUT_OF_SCOPE = ("_typ.md", "_tm.md")   # Typst and TeXmacs kept with a .md name: other formats, not read

EXTENSIONS = (".md", ".markdown", ".tex", ".ipynb", ".rst", ".qmd", ".rmd", ".txt")
TOPIC = re.compile(r"(?i)partition function|boltzmann|energy[- ]based|exponential famil|log[- ]partition|"
                   r"\bising\b|free energy|gibbs distribution|canonical ensemble|maximum entropy|"
                   r"\brbm\b|contrastive divergence|sufficient statistic|markov random field|"
                   r"\\(?:ln|log)\s*Z\b|Z\s*=\s*\\sum|配分函数|玻尔兹曼|统计力学|正则系综|指数族|能量模型")
_COMMAND = re.compile(r"\\([A-Za-z]+)\*?|\\([^A-Za-z\s])")
_ANGLE = re.compile(r"\\left\s*<|\\right\s*>")
_CONDITION = re.compile(r"(?:\\q?quad|,)\s*\\(?:forall|exists)(?![A-Za-z])")
CAP = 600   # rows per repository at most (whole files, in path order): no one source outweighs the rest
_HIGH_ORDER = re.compile(r"(?:\\partial|\bd)\s*\^\s*\{?\s*([4-9]|\d\d+)\b")


def row_commands(source: str, defined: set[str]) -> set[str]:
    """The commands and constructs of one row as typed (names without the backslash)."""
    found = set()
    for m in _COMMAND.finditer(source):
        name = m.group(1) or m.group(2)
        if m.group(1) and name in defined:
            found.add("<document macro>")
        elif name == "\\":
            continue  # the row break itself
        else:
            found.add(name)
    if _ANGLE.search(source):
        found.add("<\\left< angle>")
    if _HIGH_ORDER.search(source):
        found.add("<derivative of order >= 4>")
    return found


def _notebook_text(raw: str) -> str:
    try:
        cells = json.loads(raw).get("cells", [])
    except (ValueError, AttributeError):
        return ""
    parts = []
    for c in cells:
        if c.get("cell_type") == "markdown":
            src = c.get("source", "")
            parts.append("".join(src) if isinstance(src, list) else str(src))
    return "\n\n".join(parts)


def _reader_knows(name: str) -> bool:
    """What the grammars know once a row is respelled (the general reader's commands, the row structure's)."""
    from derivation.read import general_tokens, relations
    return (name in general_tokens.KNOWN or name in relations.RELATION_WORDS or name in relations.SEPARATOR_WORDS
            or name in relations.TEXT_WORDS or name in relations.STACK_WORDS
            or name in ("begin", "end", "{", "}", "|", ",", ";", ":", "!", " "))


def unread_after_respell(text: str, table) -> set[str]:
    """The commands left that the reader does not know, once the row is expanded and respelled as the
    reader does it (measured on the row, not asked of a list)."""
    from derivation.read.macros import MacroError, expand
    from derivation.read.mapped import Mapped
    try:
        from derivation.read.respell import respell
    except ImportError:   # the reader before the respelling layer
        def respell(m):
            return m
    try:
        spelled = respell(expand(Mapped.of(text, 0), table)).text
    except MacroError:
        return {"<macro error>"}
    # a condition after the equation (`\quad \forall x`, `, \forall \beta > 0`) is dropped by the reader
    cut = _CONDITION.search(spelled)
    spelled = spelled[:cut.start()] if cut else spelled
    left = {m.group(1) or m.group(2) for m in _COMMAND.finditer(spelled)
            if (m.group(1) or m.group(2)) != "\\" and not _reader_knows(m.group(1) or m.group(2))}
    for kind in ("max", "min"):  # \arg\max, \operatorname*{arg\,max} became \argmax: their parts are unread too
        if "arg" + kind in left:
            left |= {"arg", kind, "operatorname", "mathop", "underset"}
    return left


def document_rows(text: str, name: str) -> list[tuple[set[str], set[str]]]:
    """(commands typed, commands the reader still cannot read) of each display row of one document."""
    from derivation.read.document import DocumentError, find_blocks
    from derivation.read.macros import table_for
    try:
        src, blocks = find_blocks(text, name)
    except DocumentError:
        return []
    defined = set(src.macros)
    table = table_for(src.macros)
    out = []
    for b in blocks:
        if b.inline:
            continue
        for r in b.rows:
            if r.kind == "math" and r.source.strip():
                out.append((row_commands(r.source, defined), unread_after_respell(r.text, table)))
    return out


def _git(gitdir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, text=True,
                          errors="replace", check=True).stdout


def _pinned() -> dict:
    """The commit each repository was measured at before: measured again there when the snapshot holds it, so a
    new measurement differs from the old only by the reader."""
    if not os.path.exists(DATA):
        return {}
    with open(DATA, encoding="utf-8") as f:
        return {s["repository"]: s["commit"] for s in json.load(f)["sources"]}


def collect(dirs: list[str]) -> dict:
    signatures: Counter = Counter()
    sources = []
    pinned = _pinned()
    for d in dirs:
        gitdir = os.path.join(d, "repo") if os.path.isdir(os.path.join(d, "repo")) else d
        repo = os.path.basename(os.path.normpath(d)).replace("+", "/", 1)
        commit = _git(gitdir, "rev-parse", "HEAD").strip()
        if repo in pinned and subprocess.run(["git", "--git-dir", gitdir, "cat-file", "-e", pinned[repo] + "^{commit}"],
                                             capture_output=True).returncode == 0:
            commit = pinned[repo]
        files, rows = [], 0
        for path in _git(gitdir, "ls-tree", "-r", "--name-only", commit).splitlines():
            if not path.lower().endswith(EXTENSIONS):
                continue
            try:
                raw = _git(gitdir, "show", f"{commit}:{path}")
            except subprocess.CalledProcessError:
                continue
            text = _notebook_text(raw) if path.endswith(".ipynb") else raw
            if len(text) > 2_000_000 or not TOPIC.search(text):
                continue
            got = document_rows(text, path)
            if got and rows < CAP:
                files.append(path)
                rows += len(got)
                signatures.update((tuple(sorted(typed)), tuple(sorted(left))) for typed, left in got)
        sources.append({"repository": repo, "commit": commit, "rows": rows, "files": files})
        print(f"{repo}: {rows} display rows in {len(files)} files", file=sys.stderr)
    return {"rows": sum(signatures.values()), "sources": sources,
            "signatures": [[list(k[0]), list(k[1]), v] for k, v in sorted(signatures.items(), key=lambda kv: -kv[1])]}


def collect_documents(dirs: list[str]) -> dict:
    """The rows of every document in plain directories (no topic filter, no cap: each is a set of derivations)."""
    signatures: Counter = Counter()
    sources = []
    for d in dirs:
        files, rows = [], 0
        for path in sorted(os.listdir(d)):
            full = os.path.join(d, path)
            if not os.path.isfile(full) or not path.lower().endswith(EXTENSIONS) or path.endswith(OUT_OF_SCOPE) \
                    or path.upper().startswith(("README", "SOURCES", "SCORE", "ANALYSIS")):
                continue
            with open(full, encoding="utf-8", errors="replace") as f:
                raw = f.read()
            text = _notebook_text(raw) if path.endswith(".ipynb") else raw
            got = document_rows(text, path)
            if got:
                files.append(path)
                rows += len(got)
                signatures.update((tuple(sorted(typed)), tuple(sorted(left))) for typed, left in got)
        sources.append({"directory": os.path.normpath(d), "rows": rows, "files": len(files)})
        print(f"{d}: {rows} display rows in {len(files)} files", file=sys.stderr)
    return {"rows": sum(signatures.values()), "sources": sources,
            "signatures": [[list(k[0]), list(k[1]), v] for k, v in sorted(signatures.items(), key=lambda kv: -kv[1])]}


def merged(*samples: dict) -> dict:
    """Several samples' rows as one (their signatures added)."""
    signatures: Counter = Counter()
    for data in samples:
        for typed, unread, n in data["signatures"]:
            signatures[(tuple(typed), tuple(unread))] += n
    return {"rows": sum(signatures.values()), "sources": [s for d in samples for s in d["sources"]],
            "signatures": [[list(k[0]), list(k[1]), v] for k, v in sorted(signatures.items(), key=lambda kv: -kv[1])]}


def table(data: dict):
    """(command, rows using it, share of rows, read) sorted by share, read measured on the rows when they were
    collected ('yes', 'no', or the share of its rows where it was read); and the share of rows all read."""
    total = data["rows"]
    per: Counter = Counter()
    left: Counter = Counter()
    all_read = 0
    for typed, unread, n in data["signatures"]:
        per.update({c: n for c in typed})
        left.update({c: n for c in unread})
        all_read += n * (not unread)
    rows = []
    for c, n in sorted(per.items(), key=lambda kv: (-kv[1], kv[0])):
        k = left.get(c, 0)
        read = "yes" if k == 0 else "no" if k >= n else f"partly ({1 - k / n:.0%} of its rows)"
        rows.append((c, n, n / total, read))
    return rows, all_read / total


def _shown(c: str) -> str:
    return c if c.startswith("<") else "\\" + c


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("--collect", "--documents"):
        data = collect(argv[1:]) if argv[0] == "--collect" else collect_documents(argv[1:])
        with open(DATA if argv[0] == "--collect" else DOCUMENTS, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=0)
            f.write("\n")
        argv = []
    sample = argv[argv.index("--sample") + 1] if "--sample" in argv else "all"
    samples = []
    for kind, path in (("repositories", DATA), ("documents", DOCUMENTS)):
        if sample in (kind, "all") and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                samples.append(json.load(f))
    data = merged(*samples)
    rows, share = table(data)
    repos = [s for s in data["sources"] if s["rows"] and "repository" in s]
    dirs = [s for s in data["sources"] if s["rows"] and "directory" in s]
    print(f"{data['rows']} display rows from {sum(len(s['files']) for s in repos) + sum(s['files'] for s in dirs)} "
          f"files in {len(repos)} repositories and {len(dirs)} directories of documents; "
          f"rows whose commands are all read: {share:.1%}")
    if "--markdown" in argv:
        print("\n| command | share of rows | read |\n|---|---|---|")
        for c, n, s, r in rows:
            if n >= 5:   # 0.15% of the rows and more
                print(f"| `{_shown(c)}` | {s:.1%} | {r if r == 'yes' else '**' + r + '**'} |")
        return 0
    for c, n, s, r in rows:
        print(f"{_shown(c):28s} {n:5d} {s:7.1%}  {r}")
    print(f"commands not always read: {sum(1 for *_, r in rows if r != 'yes')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
