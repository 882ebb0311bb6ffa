"""The row parser, built once per grammar and kept on disk: building it costs ~0.1 s of every start.

The built LALR tables are saved (Lark.save) in the user's cache directory ($EQ7_CACHE_DIR, else
$XDG_CACHE_HOME/eq7, else ~/.cache/eq7) under a name keyed by the grammar, the options and the
versions of lark and Python, so a changed grammar never meets an old parser. Written atomically
(a temporary file renamed), read back only when its key matches; a directory that cannot be written,
a missing or damaged file: the parser is simply built, as before. EQ7_CACHE_DIR="" turns the cache off.

    build(grammar, **options) -> Lark     cached where possible
    cache_path(grammar, options)          the file it would use (None: no cache)
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile

from lark import Lark


def cache_dir() -> str | None:
    env = os.environ.get("EQ7_CACHE_DIR")
    if env is not None:
        return env or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "eq7")


def cache_path(grammar: str, options: dict) -> str | None:
    folder = cache_dir()
    if not folder:
        return None
    import lark

    key = hashlib.sha256(repr((grammar, sorted(options.items()), lark.__version__,
                               sys.version_info[:2])).encode("utf-8")).hexdigest()[:32]
    return os.path.join(folder, f"row-parser-{key}.lark")


def build(grammar: str, **options) -> Lark:
    path = cache_path(grammar, options)
    if path is not None:
        try:
            with open(path, "rb") as f:
                return Lark.load(f)
        except Exception:  # noqa: BLE001 - missing, unreadable or damaged: build it
            pass
    parser = Lark(grammar, **options)
    if path is not None:
        _save(parser, path)
    return parser


def _save(parser: Lark, path: str) -> None:
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".row-parser-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            parser.save(f)
        os.replace(tmp, path)   # atomic: a concurrent reader sees the old file or the whole new one
        tmp = None
    except Exception:  # noqa: BLE001 - an unwritable cache is no cache
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
