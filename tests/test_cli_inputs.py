"""`eq7 check main.tex` follows \\input/\\include (derivation/run/tex_inputs.py), or names what it cannot."""
from __future__ import annotations

from derivation.run.tex_inputs import expand, named_files
from eq7.cli import main

PART = ("\\begin{align}\n\\frac{\\partial \\log Z_\\Theta}{\\partial \\Theta} &= -\\sum_x P_\\Theta(x) "
        "\\frac{\\partial E_\\Theta(x)}{\\partial \\Theta}\n\\end{align}\n")


def test_named_files_skip_comments():
    assert named_files("\\input{a}\n% \\input{b}\n\\include{c} 50\\% \\input{d}") == \
        [("input", "a"), ("include", "c"), ("input", "d")]


def test_a_document_without_math_is_replaced_by_its_inputs(tmp_path, capsys):
    (tmp_path / "main.tex").write_text("\\begin{document}\n\\input{part}\n\\end{document}\n")
    (tmp_path / "part.tex").write_text(PART)
    assert main(["check", str(tmp_path / "main.tex")]) == 0
    out, err = capsys.readouterr()
    assert "part.tex" in out and "1 step proved" in out
    assert "no mathematics of its own" in err and "followed" in err


def test_inputs_are_checked_beside_the_document_and_a_missing_one_is_named(tmp_path):
    main_tex = tmp_path / "main.tex"
    main_tex.write_text("$$ a = a $$\n\\input{part}\n\\include{gone}\n\\input{main}\n")
    (tmp_path / "part.tex").write_text(PART)
    docs, notes = expand([str(main_tex)])
    assert docs == [str(main_tex), str(tmp_path / "part.tex")]   # main once: a cycle is not followed again
    assert any("\\include{gone} names no file" in n for n in notes)


def test_markdown_documents_are_left_alone(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("\\input{part}\n$$ a = a $$\n")
    assert expand([str(md)]) == ([str(md)], [])


def test_a_markdown_document_is_passed_on_without_loading_the_reader(tmp_path):
    """Only a .tex file is read here: for any other document the reader is loaded later, with the checker, under
    the collector's freeze (command._load_checker), as the console command of a fresh process does."""
    import subprocess
    import sys
    doc = tmp_path / "notes.md"
    doc.write_text("$$ a = a $$\n")
    code = (f"import sys; from derivation.run.tex_inputs import expand; print(expand([{str(doc)!r}]), "
            "'derivation.read.document' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == f"([{str(doc)!r}], []) False", out.stderr[-2000:]
