"""Screenshots of the reading companion, to look at: `python -m tests.browser.shoot OUTDIR [PAGE]`.

Writes the post's page with `eq7 companion` (unless PAGE is given), then desktop.png (1280 wide)
and phone.png (390 wide), full length, plus their first screens (desktop_top.png, phone_top.png).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import chrome

SIZES = {"desktop": (1280, 900, False), "phone": (390, 844, True)}


def shoot(page: Path, out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    drv = chrome.start()
    try:
        paths = []
        for name, (w, h, mobile) in SIZES.items():
            chrome.emulate(drv, w, h, mobile)
            drv.get(page.resolve().as_uri())
            paths.append(chrome.screenshot(drv, out / f"{name}_top.png", full_page=False))
            paths.append(chrome.screenshot(drv, out / f"{name}.png", full_page=True))
        return paths
    finally:
        chrome.quit(drv)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    reason = chrome.missing()
    if reason:
        print(f"shoot: {reason}", file=sys.stderr)
        return 2
    if len(argv) > 1:
        page = Path(argv[1])
    else:
        out.mkdir(parents=True, exist_ok=True)
        page = out / "eq7-companion.html"
        subprocess.run([sys.executable, "-m", "eq7", "companion", "-o", str(page)], check=True)
    for p in shoot(page, out):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
