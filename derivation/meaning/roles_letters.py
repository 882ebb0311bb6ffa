"""The letters whose roles the vocabulary knows (roles.py gives them from the whole document), and the reader's walk
over a generic AST (read/ast_walk.py) that both the roles and the marked letters (roles_marks.py) use: below both,
so that neither imports the other back."""
from __future__ import annotations

from derivation.read.ast_walk import walk  # noqa: F401  (the roles and marks walk the reader's trees)

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


# function names typed without their backslash (`log`, `sigm(x)`): letters in a row spelling one are never
# read as a product of arbitrary constants l * o * g
SPELLED = ("log", "ln", "exp", "sigm", "sigmoid", "softplus", "softmax", "tanh", "sinh", "cosh", "sin", "cos",
           "max", "min", "argmax", "argmin", "det", "tr", "sign", "erf", "sqrt", "lim",
           # Greek letters typed without their backslash (Z(eta) is not Z(e t a))
           "eta", "beta", "theta", "alpha", "gamma", "delta", "lambda", "sigma", "phi", "psi", "tau", "rho",
           "omega", "epsilon", "kappa", "zeta")
