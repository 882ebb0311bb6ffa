"""Headless Chromium from the Debian packages, driven by Selenium through the system chromedriver.

Offline by construction: SE_OFFLINE=true keeps Selenium Manager from downloading a driver or a
browser, and the flags turn off Chromium's own background traffic (updates, sync, field trials).
"""
from __future__ import annotations

import os
import shutil
import tempfile

INSTALL = ("install them with: apt-get update && apt-get install -y chromium chromium-driver (as root), "
           "and python -m pip install -e \".[test]\" for selenium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-extensions", "--disable-default-apps", "--mute-audio",
         "--hide-scrollbars", "--window-size=1280,900")


def executables() -> tuple[str | None, str | None]:
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)
    driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver")
                                              else None)
    return browser, driver


def missing() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return f"selenium is not installed; {INSTALL}"
    browser, driver = executables()
    if browser is None or driver is None:
        what = " and ".join(n for n, p in (("chromium", browser), ("chromedriver", driver)) if p is None)
        return f"{what} not found; {INSTALL}"
    return None


def start(width: int = 1280, height: int = 900):
    """A headless Chromium (Selenium WebDriver); the caller quits it. Network log kept for tests."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = executables()
    profile = tempfile.mkdtemp(prefix="eq7-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    drv = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    drv.set_page_load_timeout(30)
    emulate(drv, width, height)
    drv._eq7_profile = profile  # removed by quit()
    return drv


def emulate(drv, width: int, height: int, mobile: bool = False) -> None:
    """Viewport of exactly width x height CSS pixels (a phone: mobile=True)."""
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def quit(drv) -> None:
    profile = getattr(drv, "_eq7_profile", None)
    try:
        drv.quit()
    finally:
        if profile:
            shutil.rmtree(profile, ignore_errors=True)


def screenshot(drv, path, full_page: bool = True) -> str:
    """PNG of the page (the whole length when full_page), at the current emulated width."""
    import base64

    metrics = drv.execute_cdp_cmd("Page.getLayoutMetrics", {})
    view = metrics["cssVisualViewport"]
    width = view["clientWidth"]
    if full_page:
        y, height = 0, metrics["cssContentSize"]["height"]
    else:  # what the window shows now, wherever it is scrolled to
        y, height = view["pageY"], view["clientHeight"]
    shot = drv.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": full_page,
        "clip": {"x": 0, "y": y, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    return str(path)
