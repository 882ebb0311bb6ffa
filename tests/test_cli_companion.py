"""`eq7 companion` and `eq7 check --html`: one self-contained page, small, with the numbers."""
import subprocess
import sys

MAX_BYTES = 400 * 1024   # the page with its figures and its embedded math font (about 90 KB of base64)


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "eq7", *args], capture_output=True, text=True, timeout=600,
                          cwd=cwd)


def test_companion_writes_the_posts_page(tmp_path):
    out = run("companion", "-o", str(tmp_path / "c.html"))
    assert out.returncode == 0, out.stderr
    html = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert len(html.encode("utf-8")) < MAX_BYTES
    assert 'id="numbers"' in html and 'src="data:image/svg+xml;base64,' in html
    from toy_models.examples import KINDS

    n = len(KINDS)  # every default model of `eq7 verify`, each passing
    assert html.count('<tr data-passed="true">') == n and f"{n} of {n} toy models" in html
    assert "12 steps (9 proved, 3 invalid)" in out.stdout and f"{n} of {n} models pass" in out.stdout


def test_companion_default_file_name(tmp_path):
    out = run("companion", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "eq7-companion.html").stat().st_size > 0


def test_companion_refuses_a_missing_document_and_an_unwritable_file(tmp_path):
    out = run("companion", str(tmp_path / "nope.md"))
    assert out.returncode == 2 and "no such file" in out.stderr and "Traceback" not in out.stderr
    out = run("companion", "-o", str(tmp_path))
    assert out.returncode == 2 and "cannot write" in out.stderr and "Traceback" not in out.stderr
    (tmp_path / "prose.md").write_text("no mathematics here\n")
    out = run("companion", str(tmp_path / "prose.md"), "-o", str(tmp_path / "x.html"))
    assert out.returncode == 2 and "prose.md: no display math found" in out.stderr
    assert not (tmp_path / "x.html").exists()


def test_check_html_writes_the_derivation_page(tmp_path):
    out = run("check", "--html", str(tmp_path / "p.html"))
    assert out.returncode == 1  # the post has invalid steps
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert html.count('<li class="row') == 12 and 'id="numbers"' not in html


def test_companion_never_overwrites_the_document_it_reads(tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("$$\\log Z = 2\\log Z$$\n")
    out = run("companion", str(doc), "-o", str(doc))
    assert out.returncode == 2 and "refusing to overwrite" in out.stderr and "Traceback" not in out.stderr
    assert doc.read_text() == "$$\\log Z = 2\\log Z$$\n"
    out = run("check", str(doc), "--markdown", str(tmp_path / "c.md"), "--html", str(tmp_path / "c.md"))
    assert out.returncode == 2 and "same file" in out.stderr
