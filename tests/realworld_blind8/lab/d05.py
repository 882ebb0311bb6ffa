from lr import *
DOC = "05_pystatsml_nll_expansion.md"; TIER = 2
TOPIC = "course notes (Markdown): binary NLL with sigmoid expanded to sum log(1+e^{-z}) + (1-y)z, then the +-1 label form"
NOTES = "y_i in {0,1} until line 70, which switches to labels in {-1,+1}; z_i = w^T x_i"


def _z(r):
    return r.normal() * 2, float(r.integers(0, 2))


STEPS = [
    S(10, "not-an-identity", "model (definition of p_hat)"),
    S(10, "valid", "sigmoid", ok=lambda r: (lambda t: (sig(t), 1 / (1 + np.exp(-t))))(r.normal() * 2)),
    S(14, "not-an-identity", "objective (definition)"),
    S(20, "not-an-identity", "Bernoulli likelihood (model)"),
    S(26, "valid", "line 20 in line 14", ok=lambda r: (lambda X, y, w: (L(X, y, w), -np.sum(np.log(sig(X @ w) ** y * (1 - sig(X @ w)) ** (1 - y)))))(*inst(r))),
    S(32, "valid", "log of a product", ok=lambda r: (lambda X, y, w: (-np.sum(np.log(sig(X @ w) ** y * (1 - sig(X @ w)) ** (1 - y))), L(X, y, w)))(*inst(r))),
    S(39, "valid", "log sigma(z) = -log(1+e^{-z})", ok=lambda r: (lambda t: (np.log(sig(t)), -np.log(1 + np.exp(-t))))(r.normal() * 2)),
    S(39, "valid", "log(1 - sigma(z)) = -z - log(1+e^{-z})", ok=lambda r: (lambda t: (np.log(1 - sig(t)), -t - np.log(1 + np.exp(-t))))(r.normal() * 2)),
    S(45, "not-an-identity", "per-example loss (definition)"),
    S(49, "valid", "line 39 substituted", ok=lambda r: (lambda t, y: (-(y * np.log(sig(t)) + (1 - y) * np.log(1 - sig(t))), -(y * -np.log(1 + np.exp(-t)) + (1 - y) * (-t - np.log(1 + np.exp(-t))))))(*_z(r))),
    S(55, "valid", "simplified", ok=lambda r: (lambda t, y: (-(y * -np.log(1 + np.exp(-t)) + (1 - y) * (-t - np.log(1 + np.exp(-t)))), np.log(1 + np.exp(-t)) + (1 - y) * t))(*_z(r))),
    S(64, "valid", "sum of line 55 over the examples",
      ok=lambda r: (lambda X, y, w: (L(X, y, w), np.sum(np.log(1 + np.exp(-(X @ w))) + (1 - y) * (X @ w))))(*inst(r))),
    S(70, "either", "reading A: the labels are recoded y' = 2y - 1 in {-1,+1} as the row says: sum log(1+e^{-y' z}) equals line 64 (valid); "
      "reading B: the same y in {0,1}: y = 0, z = 1: line 64 gives log(1+e^{-1}) + 1 = 1.3133, this row log 2 = 0.6931",
      ok=lambda r: (lambda X, y, w: (np.sum(np.log(1 + np.exp(-(X @ w))) + (1 - y) * (X @ w)), np.sum(np.log(1 + np.exp(-(2 * y - 1) * (X @ w))))))(*inst(r)),
      cx=lambda: (np.log(1 + np.exp(-1.0)) + 1.0, np.log(2.0))),
]
CLAIMS = [(25, 55, "valid", "per-example NLL = log(1+e^{-z}) + (1-y) z")]
