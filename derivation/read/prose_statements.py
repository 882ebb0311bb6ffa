"""Mathematics inside a sentence that states what a letter is: a definition or a premise of the prose, not a step.

"The natural parameter is \\(\\eta = -\\lambda\\)", "with the convention \\(\\phi = 1\\) the variance function is ..",
"with \\(\\lambda > 0\\)", "the log-partition function is \\(A(\\eta) = \\log(1 + e^\\eta)\\)": the document says what
eta, phi, A are in the section the sentence sits in (a text on several distributions gives phi another value in
each), or what it assumes of lambda. Judged as a claim, such a statement was refuted against the letter's value of
an earlier section: a false `invalid` on a sentence that claims nothing that follows from before.

So a row of inline mathematics ($...$, \\(...\\)) whose left side is a letter, or a letter applied to arguments, that
the vocabulary gives no fixed meaning is a statement: an equality is a definition (it still gives the letter its
meaning for the rows after it, as `Let $a = ..$` does), an inequality a premise; neither is judged. A statement about
an object the vocabulary knows (`$Z(\\theta) = \\sum_x e^{-E(x)}$`, `$p(x) = ..$`) is checked against its fixed
meaning, and an identity in a sentence (`$\\partial_\\beta \\log Z = -\\langle E \\rangle$`) is judged, as before.
"""
from __future__ import annotations

# The vocabulary's objects (derivation/meaning/roles_letters.py: distributions, energies, free energies, partition
# functions, losses) and its named functions: a statement about one is a claim about a fixed meaning.
# tests/derivation/test_read_prose_statements.py keeps this list in step with the meaning layer's.
FIXED = {"p", "P", "q", "Q", "pi", "E", "U", "H", "F", "Z", "L", "J", "NLL", "S", "KL", "D", "Var", "Cov", "e",
         # functions with a meaning of their own (meaning_values.FIXED_FUNCTIONS): sigma(0) = 0.75 is a claim
         "sigma", "sigm", "sigmoid", "softplus", "softmax", "tanh", "sinh", "cosh", "sin", "cos", "tan", "max", "min",
         "relu", "ReLU", "erf", "Gamma", "det", "tr", "sign", "logit", "exp", "log", "ln"}
PREMISE = "premise"   # an inequality the prose assumes (`with $\\lambda > 0$`): shown, not judged


def _statement_head(node) -> bool:
    """A letter, indexed or decorated (eta, phi, \\hat y, A_k), or one applied to arguments (A(eta), g(mu)), that the
    vocabulary does not fix; not a derivative written with a prime (f'(x) is a claim about f)."""
    if isinstance(node, tuple) and node[0] == "app":
        node = node[1]
    return isinstance(node, tuple) and node[0] == "sym" and node[1] not in FIXED and not node[4] % 100 \
        and node[5] is None


def head_key(node):
    """The letter a definition-shaped left side states (its name, decoration and index), or None."""
    if isinstance(node, tuple) and node[0] == "app":
        node = node[1]
    return (node[1], node[2], repr(node[3])) if _statement_head(node) else None


def mark_statement(rr, stated=frozenset()) -> bool:
    """Make the read row `rr` of an inline block a statement when its left side says what a letter is: every
    link shown, none judged (an inequality a premise; an equality a definition where an earlier row already
    stated that letter: a section restating it, `$\\phi = 1$` after `$\\phi = \\sigma^2$`; the first statement is
    read as before, a new symbol's definition or a claim). `stated`: the head_key of every earlier row. Whether it
    did."""
    if rr.error is not None or len(rr.sides) < 2 or rr.continues or not _statement_head(rr.sides[0]) \
            or any(e is not None for e in rr.side_errors):
        return False
    if not all(r in ("equality", "definition", "inequality") for r in rr.relations[1:]):
        return False
    if any(r != "inequality" for r in rr.relations[1:]) and head_key(rr.sides[0]) not in stated:
        return False
    rr.relations = [rr.relations[0]] + ["definition" if r != "inequality" else PREMISE for r in rr.relations[1:]]
    rr.judged = [False] * len(rr.sides)
    rr.values = [False] + [True] * (len(rr.sides) - 1)   # stated, as `N = 100` is: never a claim to re-check
    return True
