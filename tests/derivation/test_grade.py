"""`eq7 grade FOLDER`: one row per student file, whatever the files hold (derivation/grade.py)."""
import csv
import time

import pytest

from derivation import grade
from eq7.cli import main

VALID = "$$\n\\log Z = \\log \\sum_x e^{-E(x)}\n$$\n"
WRONG = "Notes.\n\n$$\nZ = \\sum_x e^{E(x)}\n$$\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "alice.md").write_text(VALID)
    (tmp_path / "bob.md").write_text(WRONG)
    (tmp_path / "carol.tex").write_bytes(b"\x89PNG\r\n\x1a\n\xff")
    sub = tmp_path / "group2"
    sub.mkdir()
    (sub / "dave.md").write_text("$$\n\\begin{align} Z = Z\n")
    (tmp_path / ".hidden.md").write_text(VALID)
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_one_row_per_student_file_with_counts_and_first_invalid_line(folder):
    rows = {r["file"].split("/")[-1]: r for r in grade.grade_folder(str(folder), timeout=60, jobs=2)}
    assert sorted(rows) == ["alice.md", "bob.md", "carol.tex", "dave.md"]
    assert (rows["alice.md"]["status"], rows["alice.md"]["proved"]) == (0, 1)
    assert (rows["bob.md"]["status"], rows["bob.md"]["invalid"], rows["bob.md"]["first_invalid_line"]) == (1, 1, 4)
    assert rows["carol.tex"]["status"] == 2 and "not UTF-8" in rows["carol.tex"]["message"]
    assert rows["dave.md"]["status"] == 2 and "never closed" in rows["dave.md"]["message"]


def test_verdict_words_claim_column_and_the_file_in_every_message(folder):
    (folder / "erin.md").write_text("$$\n\\log Z = \\log \\sum_x e^{-E(x)} \\\\\n&=\n$$\n")   # half-written
    rows = {r["file"].split("/")[-1]: r for r in grade.grade_folder(str(folder), timeout=60, jobs=2)}
    assert [rows[f]["verdict"] for f in ("alice.md", "bob.md", "carol.tex", "erin.md")] == \
        ["valid", "invalid", "unreadable", "unreadable"]
    assert (rows["alice.md"]["claim"], rows["bob.md"]["claim"], rows["carol.tex"]["claim"]) == ("proved", "invalid", "")
    assert rows["erin.md"]["unreadable"] == 1            # the row no step reaches is counted
    for name, r in rows.items():
        assert not r["message"] or r["message"].startswith(name + ": "), r["message"]
    assert rows["carol.tex"]["message"].count("carol.tex") == 1
    table = grade.table(list(rows.values()), str(folder))
    assert table.splitlines()[0].split()[:3] == ["file", "verdict", "claim"]


def test_a_hanging_file_costs_its_budget_and_the_others_are_graded(folder, monkeypatch):
    real = grade.grade_file

    def slow(path):  # forked workers inherit the patched module
        if path.endswith("bob.md"):
            time.sleep(60)
        return real(path)
    monkeypatch.setattr(grade, "grade_file", slow)
    t0 = time.monotonic()
    rows = {r["file"].split("/")[-1]: r for r in grade.grade_folder(str(folder), timeout=1.5, jobs=2)}
    assert time.monotonic() - t0 < 30
    assert rows["bob.md"]["status"] == 2 and "time budget" in rows["bob.md"]["message"]
    assert rows["alice.md"]["status"] == 0


def test_the_command_writes_csv_and_refuses_bad_arguments(folder, tmp_path_factory, capsys):
    out = tmp_path_factory.mktemp("out") / "grades.csv"
    assert main(["grade", str(folder), "--csv", str(out), "--jobs", "1"]) == 0
    table = capsys.readouterr().out
    assert "alice.md" in table and "4 files in" in table and "(s)" not in table
    rows = list(csv.DictReader(out.open()))
    assert [r["file"] for r in rows] == ["alice.md", "bob.md", "carol.tex", "group2/dave.md"]
    assert main(["grade", str(folder), "--csv", str(folder / "alice.md")]) == 2
    assert main(["grade", str(folder / "alice.md")]) == 2
    assert main(["grade", str(folder), "--timeout", "-1"]) == 2
    assert "refusing to overwrite" in capsys.readouterr().err


def test_the_progress_bar_fills_with_the_files_checked():
    from derivation.grade import progress_bar
    assert progress_bar(0, 10, width=10) == "eq7 grade: [..........] 0/10 files checked"
    assert progress_bar(3, 10, width=10) == "eq7 grade: [###.......] 3/10 files checked"
    assert progress_bar(10, 10, width=10).count("#") == 10 and progress_bar(0, 0).count("#") == 30


def test_an_invalid_file_s_message_carries_its_counterexample_and_it_recomputes(tmp_path):
    """The post as a student's file: the CSV message of its first invalid step (line 24) is enough to
    recompute both sides by hand (the same check as every other printed form)."""
    from derivation.run.checkdoc import shipped_post

    from .test_shown_counterexample import assert_recomputed, from_text, post_sides, sentences, with_masses

    text, _ = shipped_post()
    (tmp_path / "post.md").write_text(text)
    row = grade.grade_file(str(tmp_path / "post.md"))
    assert row["message"].startswith("post.md: lines 23->24 (step 7): Invalid.")
    said = row["message"].split(": ", 1)[1]
    assert_recomputed(with_masses(from_text(sentences(said)), said), lambda i: post_sides(24, i))
    assert "…" in grade.table([row], str(tmp_path)) and "…" not in grade.to_csv([row], str(tmp_path))


def test_a_tex_file_that_includes_its_derivation_is_graded_on_what_it_includes(tmp_path):
    (tmp_path / "main.tex").write_text("\\begin{document}\n\\input{part}\n\\end{document}\n")
    (tmp_path / "part.tex").write_text(WRONG)
    (tmp_path / "lost.tex").write_text("\\input{nowhere}\n")
    rows = {r["file"].split("/")[-1]: r for r in grade.grade_folder(str(tmp_path), timeout=60, jobs=1)}
    main = rows["main.tex"]
    assert (main["status"], main["verdict"], main["invalid"], main["first_invalid_line"]) == (1, "invalid", 1, "part.tex:4")
    assert main["message"].startswith("main.tex: it includes part.tex, checked here; part.tex: line")
    assert rows["part.tex"]["status"] == 1   # and the part keeps its own row
    assert rows["lost.tex"]["status"] == 2 and "\\input{nowhere} names no file" in rows["lost.tex"]["message"]
