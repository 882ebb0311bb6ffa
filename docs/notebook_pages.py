"""The notebooks as pages of the docs site, with their outputs; mathematics as MathML.

    notebook_pages(src, out, cache)   one Markdown page per notebook (and an index), figures as PNG files
    executed(path, cache)             the notebook with outputs: the run nbmake kept, else run here once
    math_to_html(markdown)            $...$ and $$...$$ -> MathML (math-core), code left alone

A run is kept under cache/NAME.SHA.ipynb, SHA the hash of the notebook as committed (the same name
notebooks/conftest.py gives nbmake's runs), so an edited notebook is never shown with old outputs. (A
change to the package since the last test session is not in the key: in CI every build follows the
session's own runs; locally, `python -m pytest notebooks` before `python docs/build_site.py` refreshes them.)
"""
from __future__ import annotations

import base64
import hashlib
import html
import re
from pathlib import Path

_FENCE = re.compile(r"(```.*?```|`[^`\n]+`)", re.S)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE = re.compile(r"(?<![\\$])\$(?!\$)([^$\n]+?)(?<!\\)\$")
EXECUTE_SECONDS = 900   # one notebook; the suite's nbmake runs them with its own timeout


def kept_name(source: Path) -> str:
    digest = hashlib.sha256(Path(source).read_bytes()).hexdigest()[:16]
    return f"{Path(source).stem}.{digest}.ipynb"


def _math(tex: str, display: bool) -> str:
    from derivation.show.html.mathml import to_mathml
    mathml = to_mathml(" ".join(tex.split()), display)
    if mathml is None:   # a formula math-core cannot read is an error of the page, not a silent fallback
        raise ValueError(f"math-core cannot render ${tex}$")
    return mathml


def math_to_html(text: str) -> str:
    """Markdown with its mathematics rendered (outside code spans and fences)."""
    parts = _FENCE.split(text)
    for k in range(0, len(parts), 2):
        p = _DISPLAY.sub(lambda m: '\n\n<div class="math-display">' + _math(m.group(1), True) + "</div>\n\n", parts[k])
        # in a <span>: a line that starts with the formula stays in its paragraph
        parts[k] = _INLINE.sub(lambda m: '<span class="math">' + _math(m.group(1), False) + "</span>", p)
    return "".join(parts)


def executed(path: Path, cache: Path | None):
    """The notebook with its outputs (nbformat node)."""
    import nbformat
    kept = cache / kept_name(path) if cache else None
    if kept is not None and kept.exists():
        return nbformat.read(str(kept), as_version=4)
    from nbclient import NotebookClient
    nb = nbformat.read(str(path), as_version=4)
    NotebookClient(nb, timeout=EXECUTE_SECONDS, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(kept))
    return nb


def _text(s) -> str:
    return "".join(s) if isinstance(s, list) else str(s)


def _fenced(text: str, lang: str = "text") -> str:
    ticks = "````" if "```" in text else "```"
    return f"{ticks}{lang}\n{text.rstrip()}\n{ticks}"


def _output(out, figures: Path, stem: str, n: list) -> str:
    kind = out.get("output_type")
    if kind == "stream":
        return _fenced(_text(out.get("text", "")))
    if kind == "error":
        raise ValueError(f"{stem}: a cell raised {out.get('ename')}: the notebook must run clean")
    data = out.get("data", {})
    if "image/png" in data:
        n[0] += 1
        name = f"{stem}-{n[0]}.png"
        (figures / name).write_bytes(base64.b64decode(_text(data["image/png"])))
        return f"![figure {n[0]} of {stem}]({name})"
    if "text/html" in data:   # the displays of check_step and the magic: their own HTML, kept whole
        body = "\n".join(line for line in _text(data["text/html"]).splitlines() if line.strip())
        return f'<div class="nb-output">\n{body}\n</div>'
    if "text/markdown" in data:   # IPython's Markdown(...): a paragraph of the page
        return math_to_html(_text(data["text/markdown"]))
    if "text/plain" in data:
        return _fenced(_text(data["text/plain"]))
    return ""


def page(nb, stem: str, figures: Path) -> tuple[str, str]:
    """(title, Markdown) of one executed notebook."""
    title, out, n = stem, [], [0]
    for cell in nb.cells:
        src = _text(cell.source)
        if cell.cell_type == "markdown":
            if title == stem and src.lstrip().startswith("# "):
                title = src.lstrip()[2:].splitlines()[0].strip()
            out.append(math_to_html(src))
        elif cell.cell_type == "code" and src.strip():
            out.append(_fenced(src, "python"))
            out += [o for o in (_output(x, figures, stem, n) for x in cell.get("outputs", [])) if o]
    return title, "\n\n".join(out) + "\n"


def notebook_pages(src: Path, out: Path, cache: Path | None) -> list[tuple[str, str]]:
    """Write one page per notebook of `src` into `out`, and out/index.md listing them."""
    out.mkdir(parents=True, exist_ok=True)
    listed = []
    for path in sorted(src.glob("*.ipynb")):
        title, text = page(executed(path, cache), path.stem, out)
        (out / f"{path.stem}.md").write_text(text, encoding="utf-8")
        listed.append((title, f"{path.stem}.md"))
    index = ["# The notebooks", "", "The classroom course, executed (the test suite runs every notebook; these "
             "are the outputs of that run).", ""]
    index += [f"- [{html.escape(t, quote=False)}]({p})" for t, p in listed]
    (out / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return [("The notebooks", "index.md")] + listed
