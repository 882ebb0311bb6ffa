"""A headless Chromium for the browser tests, or a skip that says how to install one.

In CI (CI=true, as .ci/run runs) a missing browser fails the tests instead: .ci/run installs
Debian's chromium and chromium-driver, so a skip there would hide a broken install step.
"""
import os

import pytest

from . import chrome


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def browser():
    reason = chrome.missing()
    if reason:
        if in_ci():
            pytest.fail(f"CI must run the browser tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    drv = chrome.start()
    yield drv
    chrome.quit(drv)


@pytest.fixture(scope="session")
def post_report():
    from derivation.run.checkdoc import check_path

    return check_path(None)


@pytest.fixture(scope="session")
def post_page(post_report, tmp_path_factory):
    """The post's companion page, as `eq7 companion` writes it."""
    from eq7.companion import build

    page, _ = build(post_report)
    path = tmp_path_factory.mktemp("companion") / "eq7-companion.html"
    path.write_text(page, encoding="utf-8")
    return path
