"""The browser page of `eq7 web`: what a student downloads and how long they wait.

Run: python benchmarks/bench_web.py [SITE_DIR]  (needs npm, Debian's chromium and chromedriver)
Builds the site (unless SITE_DIR is given), serves it on 127.0.0.1 and drives headless Chromium:
- bytes the page loads, as stored and gzip-compressed (what a server sending gzip would send);
- time to the first verdict on a cold browser (empty profile: everything downloaded and compiled);
- the same on a reload (the browser's cache warm);
- time per later check of the post, in a page already loaded.
On a shared machine the times are noisy: read them with the load average printed beside them.
"""
from __future__ import annotations

import gzip
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.browser import chrome  # noqa: E402
from tests.browser.test_web_page import check, open_page  # noqa: E402


def serve(site: Path) -> str:
    from eq7.web import serve as serve_folder
    return f"http://127.0.0.1:{serve_folder(site).server_port}/"


def sizes(site: Path) -> tuple[int, int]:
    files = [p for p in site.rglob("*") if p.is_file()]
    raw = sum(p.stat().st_size for p in files)
    packed = sum(len(gzip.compress(p.read_bytes(), 6)) for p in files)
    return raw, packed


def first_verdict(drv, url: str) -> float:
    t = time.perf_counter()
    open_page(drv, url)
    check(drv)
    return time.perf_counter() - t


def main(site: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if site is None:
            from eq7.web import build
            site = Path(tmp) / "site"
            build(site, cache=Path.home() / ".cache" / "eq7-web-test")
        site = Path(site)
        url = serve(site)
        raw, packed = sizes(site)
        drv = chrome.start()
        try:
            cold = first_verdict(drv, url)
            warm = first_verdict(drv, url)
            later = []
            for _ in range(3):
                t = time.perf_counter()
                check(drv)
                later.append(time.perf_counter() - t)
        finally:
            chrome.quit(drv)
    print(f"eq7 web, the post (load average {os.getloadavg()[0]:.1f}):")
    print(f"  site size          {raw / 1e6:6.1f} MB stored, {packed / 1e6:.1f} MB gzip-compressed")
    print(f"  first verdict      {cold:6.1f} s cold (empty browser profile)")
    print(f"  first verdict      {warm:6.1f} s on a reload (browser cache warm)")
    print(f"  each later check   {min(later):6.2f} s (best of 3; median {sorted(later)[1]:.2f} s)")


if __name__ == "__main__":
    main(*sys.argv[1:2])
