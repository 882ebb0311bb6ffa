"""The pytest plugin gives eq7 check's verdicts: the document is checked once as eq7 check checks it
(a step across \\propto is a proportionality, a statement in the prose is context), not each step alone."""
import pytest

pytest_plugins = ("pytester",)

PROPORTIONAL = ("$$\n\\begin{align*}\np_\\theta(x) &= \\frac{e^{-E_\\theta(x)}}{Z_\\theta} \\\\\n"
                "&\\propto e^{-E_\\theta(x)}\n\\end{align*}\n$$\n")
PROSE = ("Here $a = b$ in a sentence.\n\n$$\n\\log Z_\\theta = \\log \\sum_x e^{-E_\\theta(x)}\n$$\n")


def test_a_valid_proportionality_passes_as_in_eq7_check(pytester, tmp_path):
    from derivation.run.checkdoc import check_text

    assert check_text(PROPORTIONAL, "p.md").status == 0   # eq7 check: every step proved
    pytester.makefile(".md", derivation_prop=PROPORTIONAL)
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations")
    result.assert_outcomes(passed=3)   # step 1 (p's definition), step 2 (across ∝), the claim


def test_a_statement_in_the_prose_is_named_as_context(pytester):
    pytester.makefile(".md", derivation_prose=PROSE)
    result = pytester.runpytest("-p", "no:cacheprovider", "--derivations", "--collect-only", "-q")
    out = result.stdout.str()
    assert "derivation_prose.md::prose, step 1 (line 1)" in out and "derivation_prose.md::step 1 (line 4)" in out
    assert "derivation 1" not in out and "derivation 2" not in out
