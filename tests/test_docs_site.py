"""The docs site (docs/build_site.py): MkDocs builds it offline with warnings as errors, from the
notebooks the suite executed; mathematics is MathML; a broken link fails the build.

The build runs after the notebooks (tests/conftest.py orders it last), so it renders the runs nbmake
kept (notebooks/conftest.py) instead of executing the notebooks a second time.
"""
from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _load(name):
    sys.path.insert(0, str(DOCS))
    spec = importlib.util.spec_from_file_location(name, DOCS / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def site_builder():
    try:
        import mkdocs  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail("CI must build the docs site, but mkdocs is not installed (pip install -e '.[test]')")
        pytest.skip("mkdocs is not installed: pip install -e '.[test]'")
    return _load("build_site")


def test_math_is_rendered_outside_code_only():
    pages = _load("notebook_pages")
    out = pages.math_to_html("where $Z_\\theta = \\sum_x e^{-E(x)}$ and `$keep$`\n\n$$\\log Z$$")
    assert out.count("<math") == 2 and "`$keep$`" in out and "display=\"block\"" in out
    with pytest.raises(ValueError):
        pages.math_to_html(r"$\frac{a}{$")


def test_the_kept_run_names_agree_with_the_notebooks_conftest():
    spec = importlib.util.spec_from_file_location("nb_conftest", DOCS.parent / "notebooks" / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    nb = next((DOCS.parent / "notebooks").glob("*.ipynb"))
    assert conftest.kept_name(nb) == _load("notebook_pages").kept_name(nb)


def test_a_broken_link_fails_the_strict_build(site_builder, tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort
    pages = tmp_path / "pages"
    (pages / "notebooks").mkdir(parents=True)
    for name in ("index.md", "guide.md", "notation.md", "companion.md", "reference.md", "notebooks/index.md"):
        (pages / name).write_text("# page\n", encoding="utf-8")
    (pages / "eq7.css").write_text("", encoding="utf-8")
    (pages / "guide.md").write_text("# guide\n\n[gone](nowhere.md)\n", encoding="utf-8")
    cfg = tmp_path / "mkdocs.yml"
    cfg.write_text(site_builder.CONFIG.format(docs=pages, site=tmp_path / "site",
                                              notebooks="    - 'The notebooks': notebooks/index.md"))
    with pytest.raises(Abort):
        build(load_config(str(cfg)))


@pytest.mark.after_notebooks
def test_the_site_builds_with_every_page(site_builder, tmp_path, request):
    cache = request.config.cache.mkdir("eq7-notebooks") if hasattr(request.config, "cache") else None
    site = tmp_path / "site"
    site_builder.build(site, cache)
    for page in ("index.html", "guide.html", "notation.html", "reference.html", "companion.html",
                 "notebooks/index.html"):
        assert (site / page).exists(), page
    notebooks = sorted((DOCS.parent / "notebooks").glob("*.ipynb"))
    for nb in notebooks:
        html = (site / "notebooks" / f"{nb.stem}.html").read_text(encoding="utf-8")
        assert "<math" in html and "language-python" in html, nb.stem
        assert "$$" not in re.sub(r"<code.*?</code>", "", html, flags=re.S), nb.stem   # no raw TeX left
    assert list((site / "notebooks").glob("*.png")), "no figure of any notebook was rendered"
    reference = (site / "reference.html").read_text(encoding="utf-8")
    assert "usage: eq7 check" in reference and "check_step" in reference
    assert "arxiv.org/abs/1606.03439" in (site / "eq7-companion.html").read_text(encoding="utf-8")
    assert "\\theta" in (site / "notation.html").read_text(encoding="utf-8")   # the notation table, as typed


def test_the_readme_links_the_docs_site():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/build_site.py" in readme
