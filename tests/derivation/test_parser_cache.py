"""derivation/latex/parser_cache.py: the row parser read back from disk parses as the one just built,
and a cache that cannot be used (unwritable, damaged, turned off) only means building it."""
import os

import pytest

from derivation.eq7 import SEED_ROWS
from derivation.latex import parse, parser_cache

ROWS = [tex.replace("&", " ") for tex, _ in SEED_ROWS]


def _trees(monkeypatch, cache_dir):
    monkeypatch.setenv("EQ7_CACHE_DIR", cache_dir)
    monkeypatch.setattr(parse, "_PARSER", None)
    return [parse.parse_tree(r) for r in ROWS]


def test_the_cached_parser_parses_as_the_built_one(tmp_path, monkeypatch):
    built = _trees(monkeypatch, "")                     # no cache: built
    first = _trees(monkeypatch, str(tmp_path))          # built and saved
    saved = [p for p in os.listdir(tmp_path) if p.endswith(".lark")]
    assert len(saved) == 1
    again = _trees(monkeypatch, str(tmp_path))          # loaded from the file
    assert built == first == again


def test_a_damaged_file_is_rebuilt(tmp_path, monkeypatch):
    _trees(monkeypatch, str(tmp_path))
    (name,) = os.listdir(tmp_path)
    (tmp_path / name).write_bytes(b"not a parser")
    assert _trees(monkeypatch, str(tmp_path)) == _trees(monkeypatch, "")


def test_an_unwritable_cache_is_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would go")
    assert _trees(monkeypatch, str(blocker / "eq7")) == _trees(monkeypatch, "")
    assert not [p for p in os.listdir(tmp_path) if p != "file"]


def test_the_key_follows_the_grammar_and_the_options(monkeypatch, tmp_path):
    monkeypatch.setenv("EQ7_CACHE_DIR", str(tmp_path))
    a = parser_cache.cache_path("row: A", {"parser": "lalr"})
    assert a != parser_cache.cache_path("row: B", {"parser": "lalr"})
    assert a != parser_cache.cache_path("row: A", {"parser": "lalr", "start": "row"})
    monkeypatch.setenv("EQ7_CACHE_DIR", "")
    assert parser_cache.cache_path("row: A", {}) is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_directory(tmp_path, monkeypatch):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        assert _trees(monkeypatch, str(ro)) == _trees(monkeypatch, "")
    finally:
        ro.chmod(0o700)
