"""The blog post's derivation of eq. (7), row by row as the post writes it, and a corrected one.

`seed_chain()`: the single align* block of `data/kim_bengio_eq7_post.md`, faithfully: where the
post writes sum_{i=1}^{N} the row sums over the data, even where the meaning of Z or of the model
expectation asks for a sum over the state space. Each row keeps its LaTeX exactly as printed;
its line number is found by locating that text in the shipped file (never typed by hand).

`corrected_chain()`: the same derivation with every step valid, read from
`data/corrected_eq7.md` (one row per line of its align* block).

Both are written by hand in the vocabulary's objects (derivation/meaning/notation.py's constructors): the
objects the one reader gives the post, built without reading, so the tests can compare the read documents
with them step for step. Nothing here says which step is right: that is the checker's job.
"""
from __future__ import annotations

from importlib import resources

from sympy import exp, log

from .chain import Chain, Row
from .notation import E, L, N, P, Z, d, data_sum, expect, state_sum, x, xi

SEED_FILE = "kim_bengio_eq7_post.md"
CORRECTED_FILE = "corrected_eq7.md"


def read_data(name: str) -> str:
    return resources.files("derivation").joinpath("data", name).read_text(encoding="utf-8")


def locate(text: str, snippet: str) -> int:
    """1-based line where `snippet` starts in `text`; it must occur exactly once."""
    count = text.count(snippet)
    if count != 1:
        raise ValueError(f"locate: the snippet must occur exactly once in the document, found {count}: "
                         f"{snippet[:60]!r}...")
    return text.count("\n", 0, text.index(snippet)) + 1


def _dE(s):
    return d(E(s))


# The positive phase, as every row from the third on starts.
POSITIVE = data_sum(_dE(xi)) / N
Z_DATA = data_sum(exp(-E(xi)))   # what the post writes for Z from its row 7 on: a sum over the data


# ---- the post, as printed -------------------------------------------------------------------
_P_DEF = r"P_{\mathrm{\Theta}}(\mathrm{x}) & = \frac{e^{-E_{\mathrm{\Theta}}(\mathrm{x})}}{Z_{\mathrm{\Theta}}}"
_Z_DEF = r"Z_{\mathrm{\Theta}}& =\sum_{\mathrm{x}}e^{-E_{\mathrm{\Theta}}(\mathrm{x})}"
_PE = r"\frac{1}{N}\sum_{i=1}^{N}\frac{\partial E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}{\partial\mathrm{\Theta}}"
_SUM_EXP = r"\sum_{i=1}^{N}e^{-E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}"
_DE_I = r"\frac{\partial E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}{\partial \mathrm{\Theta}}"

SEED_ROWS = [  # (LaTeX exactly as printed, without the trailing \\ ; the SymPy expression)
    (r"\frac{\partial\mathcal{L}(\mathrm{\Theta}, \mathcal{D}')}{\partial \mathrm{\Theta}} & = -\frac{1}{N}\sum_{i=1}^{N}\frac{\partial\log P_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}{\partial\mathrm{\Theta}}",
     -data_sum(d(log(P(xi)))) / N),
    (r"&=-\frac{1}{N}\sum_{i=1}^{N}\frac{\partial\log \frac{e^{-E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}}{Z_{\mathrm{\Theta}}}}{\partial\mathrm{\Theta}}",
     -data_sum(d(log(exp(-E(xi)) / Z()))) / N),
    (r"&=" + _PE + r" + \frac{1}{N}\sum_{i=1}^{N}\frac{\partial \log Z_{\mathrm{\Theta}}}{\partial \mathrm{\Theta}}",
     POSITIVE + data_sum(d(log(Z()))) / N),
    (r"&=" + _PE + r" + \frac{\partial \log Z_{\mathrm{\Theta}}}{\partial \mathrm{\Theta}}",
     POSITIVE + d(log(Z()))),
    (r"&=" + _PE + r" + \frac{\partial \log" + _SUM_EXP + r"}{\partial \mathrm{\Theta}}",
     POSITIVE + d(log(Z_DATA))),
    (r"&=" + _PE + r" +  \frac{1}{" + _SUM_EXP + r"}\frac{\partial " + _SUM_EXP + r"}{\partial \mathrm{\Theta}}",
     POSITIVE + d(Z_DATA) / Z_DATA),
    (r"&=" + _PE + r" +  \frac{" + _SUM_EXP
     + r"\frac{-\partial E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}{\partial\mathrm{\Theta}}}{" + _SUM_EXP + "}",
     POSITIVE + data_sum(exp(-E(xi)) * (-_dE(xi))) / Z_DATA),
    (r"&=" + _PE + r" - \sum_{i=1}^{N}\frac{e^{-E_{\mathrm{\Theta}}(\mathrm{x}^{(i)})}}{Z_{\mathrm{\Theta}}}" + _DE_I,
     POSITIVE - data_sum(exp(-E(xi)) / Z() * _dE(xi))),
    (r"&=" + _PE + r" - \sum_{i=1}^{N}P_{\mathrm{\Theta}}(\mathrm{x}^{(i)})" + _DE_I,
     POSITIVE - data_sum(P(xi) * _dE(xi))),
    (r"&=" + _PE + r" - E_{\mathrm{x}\sim P_{\mathrm{\Theta}(\mathrm{x})}}\left[\frac{\partial E_{\mathrm{\Theta}}(\mathrm{x})}{\partial \mathrm{\Theta}} \right]",
     POSITIVE - expect(_dE(x))),
]

MISSING_BREAK = ("The post prints P = ... and Z = ... on one row of its align block: a `\\\\` is missing "
                 "between them. Both equations are checked.")


def seed_chain() -> Chain:
    """The post's derivation as written: 2 definitions, then 10 rows from dL/dTheta to eq. (7)."""
    text = read_data(SEED_FILE)
    both = _P_DEF + "\n" + _Z_DEF + r" \\"
    rows = [Row(exp(-E(x)) / Z(), lhs=P(x), latex=both, line=locate(text, _P_DEF), notes=(MISSING_BREAK,)),
            Row(state_sum(exp(-E(x))), lhs=Z(), latex=both, line=locate(text, _Z_DEF), notes=(MISSING_BREAK,))]
    locate(text, both)  # the two really sit on one row of the block
    (latex0, expr0), *rest = SEED_ROWS
    rows.append(Row(expr0, lhs=d(L()), latex=latex0, line=locate(text, latex0)))
    rows += [Row(expr, latex=tex, line=locate(text, tex)) for tex, expr in rest]
    return Chain(tuple(rows), source=SEED_FILE, title="The blog post's derivation of eq. (7), as written",
                 notes=("The post writes L(Theta, D'); D' is the data set D = x^(1..N).",
                        "The last row's subscript P_{Theta(x)} is read as P_Theta."))


# ---- the corrected derivation ---------------------------------------------------------------
Z_STATES = state_sum(exp(-E(x)))

CORRECTED = [  # (left side or None, expression, justification)
    (P(x), exp(-E(x)) / Z(), "definition of P"),
    (Z(), Z_STATES, "definition of Z"),
    (d(L()), -data_sum(d(log(P(xi)))) / N, "definition of L"),
    (None, -data_sum(d(log(exp(-E(xi)) / Z()))) / N, "definition of P"),
    (None, POSITIVE + data_sum(d(log(Z()))) / N, "log of a quotient"),
    (None, POSITIVE + d(log(Z())), "sum of a term free of the index"),
    (None, POSITIVE + d(log(Z_STATES)), "definition of Z"),
    (None, POSITIVE + d(Z_STATES) / Z_STATES, "derivative of log"),
    (None, POSITIVE + state_sum(exp(-E(x)) * (-_dE(x))) / Z_STATES, "derivative of a sum"),
    (None, POSITIVE - state_sum(exp(-E(x)) / Z() * _dE(x)), "definition of Z"),  # 1/Z moves into the sum
    (None, POSITIVE - state_sum(P(x) * _dE(x)), "definition of P"),
    (None, POSITIVE - expect(_dE(x)), "definition of the model expectation"),
]


def align_rows(text: str) -> list[tuple[int, str]]:
    """(line, text) of each row of the first align* block of a document written one row per line."""
    lines = text.split("\n")
    start = next(k for k, s in enumerate(lines) if r"\begin{align*}" in s)
    stop = next(k for k, s in enumerate(lines) if r"\end{align*}" in s)
    return [(k + 1, lines[k].rstrip().removesuffix(r"\\").rstrip()) for k in range(start + 1, stop)]


def corrected_chain() -> Chain:
    """Eq. (7) with Z and the model expectation summed over the whole state space."""
    rows = align_rows(read_data(CORRECTED_FILE))
    if len(rows) != len(CORRECTED):
        raise ValueError(f"{CORRECTED_FILE}: expected {len(CORRECTED)} rows in its align* block, got {len(rows)}")
    return Chain(tuple(Row(expr, lhs=lhs, latex=tex, line=line, justification=why)
                       for (line, tex), (lhs, expr, why) in zip(rows, CORRECTED)),
                 source=CORRECTED_FILE, title="Eq. (7), derived with every step valid")
