"""The reading companion in a real browser (headless Chromium): what it shows matches the report."""
import dataclasses
import glob
import re
from pathlib import Path

import pytest

from . import chrome
from .page_checks import check, dom_facts, expected

ROOT = Path(__file__).resolve().parents[2]


def load(driver, path, width=1280, height=900, mobile=False):
    chrome.emulate(driver, width, height, mobile)
    driver.get_log("performance")  # drop the log of earlier pages
    driver.get(Path(path).resolve().as_uri())
    return dom_facts(driver)


def test_post_page_matches_the_report_at_desktop_width(browser, post_page, post_report):
    facts = load(browser, post_page)
    exp = expected(post_report)
    check(facts, exp)
    assert len(exp["invalid"]) == 3 and len(facts["rows"]) == len(exp["rows"]) == 12
    assert len(facts["maths"]) >= len(facts["rows"])


def test_post_page_fits_a_phone(browser, post_page, post_report):
    check(load(browser, post_page, 390, 844, mobile=True), expected(post_report))


def test_screenshots_desktop_and_phone(browser, post_page, tmp_path):
    from PIL import Image

    for name, (w, h, mobile) in {"desktop": (1280, 900, False), "phone": (390, 844, True)}.items():
        load(browser, post_page, w, h, mobile)
        shot = Path(chrome.screenshot(browser, tmp_path / f"{name}.png"))
        width, height = Image.open(shot).size
        assert width == w and height > 2 * h, (name, width, height)
    print(f"screenshots in {tmp_path}")


@pytest.mark.parametrize("doc", sorted(glob.glob(str(ROOT / "tests" / "derivations" / "derivation_*"))),
                         ids=lambda p: Path(p).name)
def test_every_test_derivation_renders(browser, doc, tmp_path):
    from derivation.show.html.page import document_page
    from derivation.run.checkdoc import check_path

    docrep = check_path(doc)
    page = tmp_path / "page.html"
    page.write_text(document_page(docrep), encoding="utf-8")
    check(load(browser, page), expected(docrep, figure=False))


def test_a_long_file_name_wraps_on_a_phone(browser, tmp_path):
    from derivation.show.html.page import document_page
    from derivation.run.checkdoc import check_path

    deep = tmp_path / ("a_very_long_folder_name_" * 4) / ("derivation_" + "x" * 80 + ".md")
    deep.parent.mkdir(parents=True)
    deep.write_text((ROOT / "tests" / "derivations" / "derivation_student_sign.tex").read_text(), encoding="utf-8")
    docrep = check_path(str(deep))
    page = tmp_path / "page.html"
    page.write_text(document_page(docrep), encoding="utf-8")
    check(load(browser, page, 390, 844, mobile=True), expected(docrep, figure=False))


# -- a broken page must fail the checks: each check can fail ------------------------------------

def _broken(tmp_path, html, name):
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_a_dropped_row_fails(browser, post_page, post_report, tmp_path):
    html = post_page.read_text(encoding="utf-8")
    dropped, n = re.subn(r'<li class="row[^"]*" id="d1-row5".*?</li>', "", html, flags=re.S)
    assert n == 1
    with pytest.raises(AssertionError, match="d1-row5 is missing"):
        check(load(browser, _broken(tmp_path, dropped, "dropped")), expected(post_report))


def test_a_changed_verdict_fails(browser, post_report, tmp_path):
    from derivation.show.html.page import document_page

    rep = post_report.reports[0]
    steps = tuple(dataclasses.replace(s, verdict="proved", counterexample=None) if s.step.number == 7 else s
                  for s in rep.steps)
    doctored = dataclasses.replace(post_report, reports=[dataclasses.replace(rep, steps=steps)])
    page = _broken(tmp_path, document_page(doctored), "changed")
    with pytest.raises(AssertionError, match="2 invalid rows on the page, the report has 3"):
        check(load(browser, page), expected(post_report, figure=False))


def test_a_missing_figure_and_a_request_leaving_the_page_fail(browser, post_page, post_report, tmp_path):
    html = post_page.read_text(encoding="utf-8")
    broken = re.sub(r'src="data:image/svg\+xml;base64,[^"]*"', 'src="data:image/svg+xml;base64,AAAA"', html)
    broken = broken.replace("</footer>", '<img src="http://127.0.0.1:9/tracker.png" alt=""></footer>')
    with pytest.raises(AssertionError) as err:
        check(load(browser, _broken(tmp_path, broken, "figure")), expected(post_report))
    assert "the figure did not load" in str(err.value)
    assert "requests leave the page" in str(err.value) and "127.0.0.1:9" in str(err.value)


def test_unrendered_math_fails(browser, post_page, post_report, tmp_path):
    html = post_page.read_text(encoding="utf-8")
    broken = html.replace("</style>", "math{display:none}</style>", 1)
    with pytest.raises(AssertionError, match="math elements have no width"):
        check(load(browser, _broken(tmp_path, broken, "nomath")), expected(post_report))


def test_print_stylesheet_hides_navigation_and_keeps_every_row(browser, post_page, post_report):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        facts = load(browser, post_page, 700, 1000)
        hidden = browser.execute_script("return ['nav', 'details.tex'].map("
                                        "s => getComputedStyle(document.querySelector(s)).display)")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert hidden == ["none", "none"]
    check(facts, expected(post_report))


def test_brackets_stretch_with_the_embedded_math_font(browser, post_page):
    """\\left[ ... \\right] around a fraction stretches to the fraction's height (the post's last row): Chromium
    stretches a MathML fence only with an OpenType MATH font, which the page now brings."""
    load(browser, post_page)
    heights = browser.execute_script("""
        const m = [...document.querySelectorAll('math')].find(m => m.querySelector('mfrac') &&
            [...m.querySelectorAll('mo')].some(o => o.textContent === '['));
        if (!m) return null;
        const open = [...m.querySelectorAll('mo')].find(o => o.textContent === '[');
        const frac = m.querySelector('mfrac');
        return [open.getBoundingClientRect().height, frac.getBoundingClientRect().height];""")
    assert heights is not None, "no bracketed fraction on the page"
    bracket, fraction = heights
    assert bracket >= 0.8 * fraction, heights
