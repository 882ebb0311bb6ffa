"""Build the docs site with MkDocs, offline, warnings as errors.

    python docs/build_site.py [SITE_DIR]        (default: build/site; open SITE_DIR/index.html)

The site's pages are staged in a temporary folder, then `mkdocs build --strict` (MkDocs' own theme,
no network) writes SITE_DIR:
- docs/index.md and docs/guide.md as written;
- the notation table: the README's section "The notation it reads, and the meaning it fixes";
- the API and CLI reference: docs/build_reference.py (the docstrings and every command's --help);
- the six notebooks with their outputs (notebook_pages.py): from the runs nbmake kept during the test
  suite (notebooks/conftest.py), else executed here once and kept the same way;
- the reading companion: `eq7 companion`, the same page a reader gets, beside the site's pages.
Mathematics ($...$, $$...$$) is rendered to MathML by math-core at build time, as on the companion,
so the pages need no script to show it. Exit status: 0 built; 1 MkDocs or a page failed (the
message says which).
"""
from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS))
from notebook_pages import math_to_html, notebook_pages   # noqa: E402  (a file beside this one)

NOTATION_HEADING = "## The notation it reads, and the meaning it fixes"
SITE_PAGES = ("index.md", "guide.md")
CONFIG = """site_name: eq7
site_description: Check derivations of the energy-model likelihood gradient (Kim & Bengio 2016, eq. 7)
docs_dir: {docs}
site_dir: {site}
use_directory_urls: false
strict: true
theme:
  name: mkdocs
  highlightjs: false
markdown_extensions:
  - tables
  - fenced_code
  - toc:
      permalink: true
extra_css:
  - eq7.css
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
nav:
  - Home: index.md
  - User guide: guide.md
  - Notation: notation.md
  - Notebooks:
{notebooks}
  - Reading companion: companion.md
  - Reference: reference.md
"""
CSS = """math { font-size: 1.05em; }
.math-display { overflow-x: auto; margin: 0.6em 0; }   /* the <math> keeps its own display: block math */
.nb-output { overflow-x: auto; border-left: 3px solid #ddd; padding-left: 0.6em; margin-bottom: 1em; }
.nb-output img { max-width: 100%; height: auto; }
table { display: block; overflow-x: auto; }
"""


def notation_page() -> str:
    """The README's notation table and the paragraphs around it (links outside the site kept as text)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(NOTATION_HEADING, 1)[1].split("\n## ", 1)[0]
    section = re.sub(r"\[([^\]]+)\]\((?!https?:)[^)]*\)", r"\1", section)
    return "# The notation it reads, and the meaning it fixes\n" + section


def companion_page(out: Path) -> str:
    """Write the companion beside the pages; its own page links it (it is a page of its own style)."""
    from eq7.cli import main as eq7
    if eq7(["companion", "-o", str(out / "eq7-companion.html")]) != 0:
        raise RuntimeError("eq7 companion did not write its page")
    return ("# The reading companion\n\n`eq7 companion` writes one offline page: the blog post's derivation of "
            "eq. (7) row by row, rendered as mathematics, each step with its verdict and rule, each invalid "
            "step with its counterexample and corrected row, and eq. (7) in numbers on toy models.\n\n"
            "**[Open the companion page](eq7-companion.html)** (the page `eq7 companion` writes for the shipped "
            "post; `eq7 check DOC --html page.html` writes the same page for any document).\n")


def _site_links(text: str) -> str:
    """Links from docs/ to the repository (../README.md#notation, ../notebooks/) -> the site's pages."""
    text = text.replace("../README.md#the-notation-it-reads-and-the-meaning-it-fixes", "notation.md")
    text = re.sub(r"\]\(\.\./notebooks/?\)", "](notebooks/index.md)", text)
    return re.sub(r"\[([^\]]+)\]\(\.\./[^)]*\)", r"\1", text)   # other repository files: named, not linked


def stage(pages: Path, cache: Path | None = None) -> list[tuple[str, str]]:
    """Write every page of the site into `pages`; return the notebooks' (title, page) for the nav."""
    pages.mkdir(parents=True, exist_ok=True)
    for name in SITE_PAGES:
        (pages / name).write_text(math_to_html(_site_links((DOCS / name).read_text(encoding="utf-8"))), encoding="utf-8")
    (pages / "notation.md").write_text(notation_page(), encoding="utf-8")
    from build_reference import main as reference
    if reference([str(pages / "reference.md")]) != 0:
        raise RuntimeError("the reference lists a public name without a docstring")
    (pages / "companion.md").write_text(companion_page(pages), encoding="utf-8")
    (pages / "eq7.css").write_text(CSS, encoding="utf-8")
    return notebook_pages(ROOT / "notebooks", pages / "notebooks", cache)


def build(site: Path, cache: Path | None = None) -> None:
    """Stage the pages and run MkDocs on them (strict: a warning fails the build)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        notebooks = stage(pages, cache)
        nav = "\n".join(f"    - '{title.replace(chr(39), chr(39) * 2)}': notebooks/{page}" for title, page in notebooks)
        config_file = Path(tmp) / "mkdocs.yml"
        config_file.write_text(CONFIG.format(docs=pages, site=site, notebooks=nav), encoding="utf-8")
        config = load_config(str(config_file))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    site = Path(argv[0] if argv else ROOT / "build" / "site").resolve()
    if site.exists():
        shutil.rmtree(site)
    import logging   # MkDocs reports through logging: show its warnings (each one fails the build)
    logging.basicConfig(level=logging.WARNING, format="build_site: %(levelname)s %(message)s")
    try:
        build(site, ROOT / ".pytest_cache" / "d" / "eq7-notebooks")
    except Exception as e:   # noqa: BLE001 - MkDocs' Abort, a page that failed: say which, exit 1
        print(f"build_site: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(f"build_site: wrote {site / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
