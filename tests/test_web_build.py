"""`eq7 web`'s build steps that need no network: the checker's zip, the assets, the errors."""
from __future__ import annotations

import argparse
import json
import zipfile

from eq7 import web


def args(tmp_path, **kw):
    ns = argparse.Namespace(out=str(tmp_path / "site"), time_limit=60.0, cache=str(tmp_path / "cache"))
    for k, v in kw.items():
        setattr(ns, k, v)
    return ns


def test_the_checker_zip_holds_the_package_and_its_reader(tmp_path):
    name = web.zip_checker(tmp_path)
    names = zipfile.ZipFile(tmp_path / name).namelist()
    assert "derivation/__init__.py" in names and "derivation/run/checkdoc.py" in names
    assert "derivation/read/general.py" in names and not any(n.endswith(".lark") for n in names)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_assets_and_config_are_written(tmp_path):
    web.write_assets(tmp_path, "post text", {"time_limit": 7.0, "packages": []})
    for name in web.ASSETS:
        assert (tmp_path / name).stat().st_size > 0
    assert json.loads((tmp_path / "config.json").read_text())["time_limit"] == 7.0
    assert (tmp_path / "post.txt").read_text() == "post text"
    page = (tmp_path / "index.html").read_text()
    assert "default-src 'self'" in page  # the CSP that keeps every request on the serving host


def test_a_missing_npm_is_one_message_naming_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))  # no npm on this PATH, and the cache is empty
    assert web.run(args(tmp_path)) == 2
    err = capsys.readouterr().err
    assert "npm" in err and "Traceback" not in err and err.count("\n") == 1


def test_a_time_limit_must_be_positive(tmp_path, capsys):
    assert web.run(args(tmp_path, time_limit=0.0)) == 2
    assert "--time-limit" in capsys.readouterr().err
