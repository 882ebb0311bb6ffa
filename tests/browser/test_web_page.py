"""`eq7 web`'s static site in a real browser: the checker under Pyodide gives `eq7 check`'s verdicts.

The site is built once per session with the ordinary clients (npm for Pyodide, pip for the wheels),
served on 127.0.0.1 and driven in headless Chromium. Where npm is missing the tests skip with the
install command; in CI (CI=true) they fail instead, as the other browser tests do.
"""
from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from .conftest import in_ci

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 45.0  # the page's hard limit per check in these tests (seconds)
BOOT = 300.0  # Pyodide and SymPy load in ~10 s on a quiet machine; far more on a loaded one


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    if shutil.which("npm") is None:
        reason = "npm is not installed; install it with: apt-get install -y nodejs npm (as root)"
        if in_ci():
            pytest.fail(f"CI must run the web page tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    from eq7.web import build

    out = tmp_path_factory.mktemp("web") / "site"
    cache = Path.home() / ".cache" / "eq7-web-test"  # downloads kept between runs on one machine
    build(out, time_limit=LIMIT, cache=cache)
    return out


@pytest.fixture(scope="session")
def server(site):
    from eq7.web import serve

    srv = serve(site)
    yield f"http://127.0.0.1:{srv.server_port}/"
    srv.shutdown()


def wait(driver, until, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = until()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"{what} did not happen within {timeout:.0f} s; status: {status(driver)!r}")


def status(driver) -> str:
    return driver.execute_script("return document.getElementById('status').textContent")


def ready(driver) -> bool:
    return driver.execute_script("return !document.getElementById('check').disabled")


def open_page(driver, url):
    driver.get_log("performance")  # drop the log of earlier pages
    driver.get(url)
    wait(driver, lambda: ready(driver), BOOT, "the checker loading")


def check(driver, text: str | None = None) -> dict:
    """Paste `text` (None: keep the post), press Check, return the report's JSON."""
    if text is not None:
        driver.execute_script("document.getElementById('doc').value = arguments[0]", text)
    driver.execute_script("document.getElementById('report').removeAttribute('data-json')")
    driver.find_element("id", "check").click()
    raw = wait(driver, lambda: driver.execute_script("return document.getElementById('report').dataset.json"),
               LIMIT + 10, "the report")
    return json.loads(raw)


def verdicts(report: dict) -> list[tuple]:
    return [(s.get("from_line"), s.get("to_line"), s["verdict"])
            for r in report.get("derivations", [report]) for s in r["steps"]]


def native(text: str, name: str) -> dict:
    from derivation.run.checkdoc import check_text

    return json.loads(check_text(text, name).to_json())


def test_the_post_gets_the_native_verdicts(browser, server):
    from derivation.run.checkdoc import shipped_post

    open_page(browser, server)
    page = check(browser)
    text, _ = shipped_post()
    assert verdicts(page) == verdicts(native(text, "the pasted derivation"))
    got = [v for *_, v in verdicts(page)]
    assert len(got) == 12 and got.count("invalid") == 3
    html = browser.execute_script("return document.getElementById('report').srcdoc")
    assert html.count("Counterexample") + html.count("counterexample") >= 3
    assert "pip install" not in html  # the browser note replaces the advice to install math-core


def test_every_test_derivation_gets_the_native_verdicts(browser, server):
    open_page(browser, server)
    docs = sorted((ROOT / "tests/derivations").glob("derivation_*.*"))
    assert docs
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        assert verdicts(check(browser, text)) == verdicts(native(text, "the pasted derivation")), doc.name


def test_a_wrong_student_derivation_shows_its_counterexample(browser, server):
    text = (ROOT / "tests/derivations/derivation_student_expectation_swap.md").read_text(encoding="utf-8")
    open_page(browser, server)
    page = check(browser, text)
    assert "invalid" in [v for *_, v in verdicts(page)]
    html = browser.execute_script("return document.getElementById('report').srcdoc")
    assert "Counterexample" in html or "counterexample" in html


def test_a_runaway_document_is_stopped_and_the_page_stays_usable(browser, server):
    open_page(browser, server + "?time_limit=6")
    from derivation.run.checkdoc import shipped_post

    # far longer than the limit: the post (a few seconds here) thirty times over, each copy checked anew
    runaway = shipped_post()[0] * 30
    browser.execute_script("document.getElementById('doc').value = arguments[0]", runaway)
    started = time.monotonic()
    browser.find_element("id", "check").click()
    stopped = "return document.getElementById('notice').textContent"
    wait(browser, lambda: browser.execute_script(stopped).startswith("Stopped"), 6 + 10, "the stop")
    assert time.monotonic() - started < 6 + 10
    wait(browser, lambda: ready(browser), BOOT, "the restarted checker")  # a fresh worker, same page
    assert verdicts(check(browser, "$$\na + b = b + a\n$$\n"))


def test_no_request_leaves_the_local_server(browser, server):
    open_page(browser, server)
    check(browser)
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls, "the performance log recorded no request"
    outside = [u for u in urls if not u.startswith(("http://127.0.0.1:", "data:", "blob:", "about:"))]
    assert not outside, outside
