"""The letters whose roles the vocabulary knows (roles.py gives them from the whole document), and the walk
over a generic AST that both the roles and the marked letters (roles_marks.py) use: below both, so that
neither imports the other back."""
from __future__ import annotations

DIST_LETTERS = {"p", "P", "q", "Q", "pi"}
# \\hat H: the Hamiltonian operator of quantum statistical mechanics, whose average is the energy <E> (rho = e^{-beta H}/Z)
ENERGY_LETTERS = {("E", ""), ("E", "cal"), ("U", ""), ("H", ""), ("H", "cal"), ("H", "hat")}
FREE_ENERGY = {("F", ""), ("F", "cal")}
PARTITION = {("Z", ""), ("Z", "cal")}
LOSS = {("L", ""), ("L", "cal"), ("J", ""), ("NLL", "text"), ("L", "text")}  # \\ell: often the log-likelihood
GREEK_PARAMS = {"theta", "Theta", "phi", "varphi", "psi", "lambda", "Lambda", "eta", "beta", "omega", "vartheta",
                "alpha", "gamma"}
DATA_WORDS = {"data", "D", "mathcal{D}", "0", "emp", "empirical", "d", "\\mathcal{D}"}
MODEL_WORDS = {"model", "infty", "\\infty", "m", "\\theta", "theta", "eq", "equilibrium"}
HIDDEN_NAMES = {"h", "z"}
TYPICAL_STATES = {"x", "y", "v", "h", "z", "s", "X", "Y", "V"}  # never a parameter unless a marker says so


def walk(node):
    """Every node of a generic AST (tuples and lists inside), in preorder. A stack, not recursion: the
    roles, marks and readings walk every side of a document dozens of times, and a nested generator pays
    its depth for every node it yields (a third of reading a document's letters)."""
    stack = [node]
    pop, push = stack.pop, stack.extend
    while stack:
        n = pop()
        if isinstance(n, tuple):
            yield n
            push(n[:0:-1])    # the arguments n[1:], last first: popped in order
        elif isinstance(n, list):
            push(n[::-1])


# function names typed without their backslash (`log`, `sigm(x)`): letters in a row spelling one are never
# read as a product of arbitrary constants l * o * g
SPELLED = ("log", "ln", "exp", "sigm", "sigmoid", "softplus", "softmax", "tanh", "sinh", "cosh", "sin", "cos",
           "max", "min", "argmax", "argmin", "det", "tr", "sign", "erf", "sqrt", "lim",
           # Greek letters typed without their backslash (Z(eta) is not Z(e t a))
           "eta", "beta", "theta", "alpha", "gamma", "delta", "lambda", "sigma", "phi", "psi", "tau", "rho",
           "omega", "epsilon", "kappa", "zeta")
