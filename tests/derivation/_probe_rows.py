"""Short rows about the vocabulary, each with its truth worked out by hand from the textbook identity it states
(or mutates by one symbol), written by the lead on 2026-12-07 to hunt false verdicts (lead's probe). Each entry:
(truth, row, the document before it); truth None where the row's truth depends on what a letter means.
Eleven of them had a false verdict on main 4680009: among them E_p[v_i] = v_i proved in an RBM, the marginal p(y)
and Bayes' rule beside p(x, y) refuted, H(p_theta) = log Z + E[E(v, h)] refuted, a closed form of Z on a model the
prose defines refuted, and two rows of B27's kind proved. The rows sit in three files, by what they are about:
_probe_rows_distributions.py, _probe_rows_model.py, _probe_rows_explicit.py."""

MODEL = "$$\np_\\theta(x) = \\frac{1}{Z_\\theta} e^{-E_\\theta(x)}\n$$\n\n"


def rows():
    """{group: [(truth, row, the document before it)]} of every probe file."""
    from ._probe_rows_distributions import ROWS as a
    from ._probe_rows_explicit import ROWS as b
    from ._probe_rows_model import ROWS as c
    return {**a, **b, **c}
