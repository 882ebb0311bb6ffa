"""Whatever the input, the reader answers with rows or with a located error: never a crash or a hang."""
from hypothesis import given, settings, strategies as st

from derivation.read.document import DocumentError
from derivation.read.reader import read_text
from derivation.meaning.chains import chains_of

TOKENS = [r"\frac", r"\partial", r"\sum", "_", "^", "{", "}", "(", ")", "[", "]", r"\left(", r"\right)",
          "x", "i", "N", "E", "Z", "P", "e", "=", "+", "-", "1", r"\Theta", r"\log", r"\exp", r"\\", "&",
          r"\mathbb{E}", r"\sim", r"\nabla", r"\foo", "%", "$$", r"\begin{align*}", r"\end{align*}", " ", "\n"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_random_token_soup_is_read_or_located(tokens):
    text = "$$\n" + " ".join(tokens) + "\n$$\n"
    try:
        doc = read_text(text)
    except DocumentError as e:
        assert e.line is None or e.line >= 1
        return
    for rr in doc.rows:
        if rr.error:
            assert rr.error.line >= 1 and rr.error.column >= 1 and rr.error.message
    chains_of(doc)  # every readable row turns into the checker's expressions


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_never_crashes(text):
    try:
        read_text("$$" + text + "$$")
    except DocumentError:
        pass


JUNK = TOKENS + [r"\approx", r"\le", ":=", r"\quad", r"\text{where }", "```math\n", "```\n", ".. math::\n",
                 "`$$`", "$", r"\(", r"\)", "> ", r"\newcommand{\a}{\a}", r"\a", r"\def\b#1{#1#1}", r"\b",
                 r"\tag{1}", r"\\\\\\", "\x00", "\u2248", "9^{9^{9}}"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(JUNK), max_size=30), st.sampled_from(["d.md", "d.tex", "d.rst"]))
def test_junk_documents_exit_0_1_or_2_and_never_raise(tmp_path_factory, tokens, name):
    """`eq7 check` on any junk: a status of 0, 1 or 2, never an exception (a traceback would be exit 1)."""
    import argparse
    import contextlib
    import io

    from derivation import command

    p = tmp_path_factory.mktemp("junk") / name
    p.write_text("".join(tokens), encoding="utf-8")
    args = argparse.Namespace(doc=str(p), json=True, markdown=None, latex=None, corrected=False, main_job=False)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = command.run(args)
    assert code in (0, 1, 2) and "Traceback" not in err.getvalue()
    assert "internal error" not in err.getvalue()
