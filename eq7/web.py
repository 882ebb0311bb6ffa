"""`eq7 web [--out DIR]`: a static site that checks a derivation in the browser, nothing installed.

The page runs the same checker as `eq7 check` under Pyodide (CPython compiled to WebAssembly) in a
Web Worker. Everything it loads is written into DIR at build time by the ordinary clients: Pyodide
from the npm registry (`npm pack`), the pure-Python wheels of SymPy and mpmath from the
package index (`pip download`, the versions installed here, so the page's verdicts are this
machine's), and the `derivation` package itself, zipped from this installation. Serve DIR with any
static server (`python -m http.server -d DIR`); the page requests nothing from any other host.

Exit status: 0 when the site is written, 2 when it cannot be (npm or pip failed, DIR not writable).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from importlib import metadata, resources
from pathlib import Path

PYODIDE_VERSION = "314.0.8"  # Python 3.14; pinned: the page is tested against this release
# The Pyodide files the page needs (the npm package also carries consoles, maps and type files).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# Pure-Python distributions the checker imports in the browser (NumPy is not among them).
WHEELS = ("sympy", "mpmath")   # the reader is the project's own (derivation/read/general.py): no parser library
ASSETS = ("index.html", "app.js", "worker.js", "web.css")
DEFAULT_OUT = "eq7-web"
DEFAULT_TIME_LIMIT = 60.0


class BuildError(Exception):
    """A step of the build failed; the message names the step and what to do."""


def add_arguments(parser):
    parser.add_argument("--out", default=DEFAULT_OUT, metavar="DIR",
                        help=f"folder to write the site into (default: ./{DEFAULT_OUT})")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help="hard limit per check in the page: past it the worker is stopped and restarted, "
                             f"so a runaway document never freezes the tab (default {DEFAULT_TIME_LIMIT:g})")
    parser.add_argument("--cache", metavar="DIR", default=None,
                        help="reuse the downloads kept in DIR (and keep new ones there); default: download anew")


def _run(cmd: list[str], what: str, cwd: Path | None = None) -> None:
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    except FileNotFoundError:
        raise BuildError(f"{what}: `{cmd[0]}` was not found; install it (Node.js and npm for Pyodide)") from None
    except subprocess.TimeoutExpired:
        raise BuildError(f"{what}: `{' '.join(cmd)}` ran over 600 s") from None
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise BuildError(f"{what}: `{' '.join(cmd)}` failed: " + " | ".join(tail))


def fetch_pyodide(dest: Path, cache: Path) -> None:
    """Pyodide's runtime files from the npm package, unpacked from its tarball (no node_modules)."""
    tarball = cache / f"pyodide-{PYODIDE_VERSION}.tgz"
    if not tarball.exists():
        _run(["npm", "pack", f"pyodide@{PYODIDE_VERSION}", "--silent"], "fetching Pyodide from npm", cwd=cache)
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball) as tar:
        for name in PYODIDE_FILES:
            member = tar.extractfile(f"package/{name}")
            if member is None:
                raise BuildError(f"the npm package pyodide@{PYODIDE_VERSION} has no {name}")
            (dest / name).write_bytes(member.read())


def fetch_wheels(dest: Path, cache: Path) -> list[str]:
    """The pure-Python wheels of the checker's dependencies, at the versions installed here."""
    pins = [f"{name}=={metadata.version(name)}" for name in WHEELS]
    have = {p.name.split("-")[0].lower() for p in cache.glob("*.whl")}
    missing = [p for p, name in zip(pins, WHEELS) if name not in have]
    if missing:
        _run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
              "--dest", str(cache), *missing], "fetching wheels from the package index")
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for name, pin in zip(WHEELS, pins):
        version = pin.split("==")[1]
        found = sorted(cache.glob(f"{name}-{version}-*none-any.whl"))
        if not found:
            raise BuildError(f"no pure-Python wheel of {pin} was found (the page needs py3-none-any wheels)")
        shutil.copy(found[0], dest / found[0].name)
        files.append(found[0].name)
    return files


def zip_checker(dest: Path) -> str:
    """The `derivation` package as installed here, zipped for site-packages (sources and data only)."""
    root = Path(str(resources.files("derivation")))
    name = "derivation.zip"
    with zipfile.ZipFile(dest / name, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                z.write(path, "derivation/" + path.relative_to(root).as_posix())
    return name


def write_assets(out: Path, post: str, config: dict) -> None:
    assets = resources.files("eq7") / "web_assets"
    for name in ASSETS:
        (out / name).write_text((assets / name).read_text(encoding="utf-8"), encoding="utf-8")
    (out / "config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    (out / "post.txt").write_text(post, encoding="utf-8")


def build(out: Path, time_limit: float = DEFAULT_TIME_LIMIT, cache: Path | None = None) -> dict:
    """Write the site into `out`; returns its config (the files the page loads)."""
    from derivation.run.checkdoc import shipped_post

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="eq7-web-") as tmp:
        store = Path(cache) if cache else Path(tmp)
        store.mkdir(parents=True, exist_ok=True)
        fetch_pyodide(out / "pyodide", store)
        wheels = fetch_wheels(out / "wheels", store)
    checker = zip_checker(out / "wheels")
    config = {"pyodide": PYODIDE_VERSION, "time_limit": time_limit,
              "packages": [{"file": f"wheels/{w}", "format": "wheel"} for w in wheels]
              + [{"file": f"wheels/{checker}", "format": "zip"}]}
    text, _name = shipped_post()
    write_assets(out, text, config)
    return config


def serve(folder: Path, port: int = 0):
    """A quiet static server for `folder` on 127.0.0.1 in a daemon thread (port 0: any free one);
    the caller stops it with .shutdown(). For tests and benchmarks; `python -m http.server` does the same."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(args) -> int:
    if not args.time_limit > 0:
        print(f"eq7 web: error: --time-limit must be a positive number of seconds, got {args.time_limit}",
              file=sys.stderr)
        return 2
    out = Path(args.out)
    try:
        config = build(out, args.time_limit, Path(args.cache) if args.cache else None)
    except BuildError as exc:
        print(f"eq7 web: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"eq7 web: error: cannot write the site into --out {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out}/ ({size / 1e6:.1f} MB: Pyodide {config['pyodide']}, {len(config['packages'])} packages)")
    print(f"serve it with: python -m http.server -d {out} 8000   then open http://127.0.0.1:8000/")
    return 0
