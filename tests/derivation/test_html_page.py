"""The companion page without a browser: its rows and verdicts are the report's, it is
self-contained, any verdict string gets a labelled badge, and notebooks get the same rendering.
(The rendered DOM is checked in a real browser in tests/browser.)"""
import dataclasses
import re
from html.parser import HTMLParser

import pytest

from derivation.show.html.blocks import badge
from derivation.show.html.page import document_page
from derivation.run.checkdoc import check_path, check_text
from tests.browser.page_checks import expected


class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.urls, self.scripts, self.result_links, self._in_result = {}, [], 0, [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li" and "row" in a.get("class", "").split():
            self.rows[a["id"]] = a["data-verdict"]
        for key in ("src", "href"):
            if key in a and not (tag == "a" and a[key].startswith("https://arxiv.org/")):   # a citation is a
                self.urls.append(a[key])                                                   # link, not a load
        self.scripts += tag == "script" or tag == "link"
        if tag == "span" and a.get("class") == "to-invalid":
            self._in_result = True
        if tag == "a" and self._in_result:
            self.result_links.append(a["href"])

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_result = False


@pytest.fixture(scope="module")
def post():
    return check_path(None)


def parse(html):
    p = Rows()
    p.feed(html)
    return p


def test_rows_and_verdicts_are_the_reports(post):
    page = parse(document_page(post))
    exp = expected(post)
    assert page.rows == exp["rows"]
    assert sorted(page.result_links) == sorted("#" + r for r in exp["invalid"])


def test_page_is_self_contained(post):
    html = document_page(post)
    page = parse(html)
    assert page.scripts == 0
    assert all(u.startswith(("#", "data:")) for u in page.urls), page.urls
    assert "@import" not in html
    # the one url( is the embedded math font's data URL (html/math_font.py): nothing is fetched
    assert all(u.startswith("data:") for u in re.findall(r"url\(([^)]*)\)", html)), "a url( that fetches"
    assert "@media print" in html and 'name="viewport"' in html


def test_a_doctored_report_gives_a_different_page(post):
    rep = post.reports[0]
    steps = tuple(dataclasses.replace(s, verdict="proved", counterexample=None) if s.verdict == "invalid" else s
                  for s in rep.steps)
    page = parse(document_page(dataclasses.replace(post, reports=[dataclasses.replace(rep, steps=steps)])))
    assert page.rows != expected(post)["rows"] and not page.result_links


@pytest.mark.parametrize("verdict", ["proved", "holds", "invalid", "undecided", "unreadable", "odd new verdict"])
def test_any_verdict_gets_a_badge_with_its_name(verdict):
    b = badge(verdict)
    assert re.sub("<[^>]+>", "", b).split(maxsplit=1)[1] == verdict   # a symbol, then the name in words
    assert re.search(r'class="badge v-[a-z0-9-]+"', b) and f'data-verdict="{verdict}"' in b


def test_an_undecided_step_renders_as_undecided(post):
    rep = post.reports[0]
    steps = tuple(dataclasses.replace(s, verdict="undecided", rules=(), counterexample=None,
                                      explanation="Undecided: the time budget ran out.")
                  if s.step.number == 3 else s for s in rep.steps)
    html = document_page(dataclasses.replace(post, reports=[dataclasses.replace(rep, steps=steps)]))
    assert parse(html).rows["d1-row3"] == "undecided"
    assert "; <span class=\"to-undecided\">undecided at <a href=\"#d1-row3\">" in html
    assert ".eq7 .badge.v-undecided{" in html and "time budget ran out" in html


def test_an_unreadable_row_shows_where_and_why():
    doc = "$$\n\\begin{aligned}\na &= b \\\\\n&= \\sum_x P(x) \\foo E(x)\n\\end{aligned}\n$$\n"
    html = document_page(check_text(doc, "bad.md"))
    assert parse(html).rows["d1-row2"] == "unreadable"
    assert "Could not be read:" in html and "unknown command \\foo" in html


def test_notebook_reprs_use_the_same_rendering(post):
    from derivation.classroom import check_step

    rep = post.reports[0]
    invalid = next(s for s in rep.steps if s.verdict == "invalid")
    for obj in (invalid, rep, post):
        out = obj._repr_html_()
        assert out.startswith('<div class="eq7 eq7-output"><style>') and "<math" in out
        assert obj._repr_markdown_().strip()
    assert "table class=\"instance\"" in invalid._repr_html_()
    v = check_step(r"\frac{\partial \log Z}{\partial\Theta}",
                   r"\sum_{i=1}^N P_\Theta(x^{(i)}) \frac{\partial E_\Theta(x^{(i)})}{\partial\Theta}")
    assert v.verdict == "invalid" and 'data-verdict="invalid"' in v._repr_html_()
    assert "table class=\"instance\"" in v._repr_html_()
