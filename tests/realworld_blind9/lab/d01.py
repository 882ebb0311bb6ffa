from common import *
DOC = "01_young_nce_A.md"; TIER = 3
TOPIC = "Hugo post (\\begin{equation}+aligned without $$, \\\\\\ row breaks, \\(..\\) escaped inline): NCE objective, first variation of its data term"
NOTES = "r is the sigmoid, f = log p_m, f = f_hat + eps*eta; K(eps) = J~; A, B named by underbraces; d/deps written \\frac{1}{d\\epsilon}"
STEPS = [
    S(35, "not-an-identity", "definition of J~ (the NCE objective in the limit)"),
    S(66, "not-an-identity", "K(eps) named"),
    S(67, "valid", "J~ written out again with f = f_hat + eps eta"),
    S(74, "valid", "linearity: E_{x,y}[g(x) + h(y)] = E_x g + E_y h; A and B named by underbraces"),
    S(86, "invalid", "K = A/2 + B/2 (row 74), so dK/deps = (dA/deps + dB/deps)/2: the factor 1/2 is dropped. "
      "Instance A(eps) = B(eps) = eps: K = eps, dK/deps = 1, dA/deps + dB/deps = 2",
      cx=lambda: (d(lambda e: 0.5 * e + 0.5 * e, 0.3), d(lambda e: e, 0.3) + d(lambda e: e, 0.3))),
    S(94, "not-an-identity", "A(eps) restated as its definition (underbrace A of row 74)"),
    S(99, "valid", "expectation over p_d written as an integral, f = f_hat + eps eta"),
    S(113, "either", "reading A: \\frac{1}{d\\epsilon} is the author's d/deps (valid: dA/deps restated); reading B: the product 1/(d eps) times A: "
      "A(eps) = eps^2, d = 1, eps = 1: dA/deps = 2 but A/(d eps) = 1",
      ok=lambda r: (lambda e: (d(lambda t: t ** 2, e), d(lambda t: t ** 2, e)))(r.normal()),
      cx=lambda: (d(lambda t: t ** 2, 1.0), 1.0 ** 2 / (1.0 * 1.0))),
    S(120, "valid", "the operator moved inside the integral (true under both readings of \\frac{1}{d\\epsilon})"),
    S(131, "either", "reading A (d/deps): chain rule d log r/dr * dr/dg * dg/deps (valid); reading B (the product 1/(d eps)): "
      "log r(g)/(d eps) is not the chain-rule product: g = eps = 1, d = 1: log r(1)/1 = -0.3133, (1/r) r(1-r) * 1 = 0.2689",
      ok=lambda r: (lambda g: (d(lambda t: np.log(sig(t)), g), (1 / sig(g)) * sig(g) * (1 - sig(g)) * 1.0))(r.normal()),
      cx=lambda: (np.log(sig(1.0)) / 1.0, (1 / sig(1.0)) * sig(1.0) * (1 - sig(1.0)))),
    S(138, "valid", "d log r/dr = 1/r, dr/dg = r(1-r), dg/deps = eta"),
    S(145, "valid", "(1/r) r (1-r) = 1 - r"),
]
CLAIMS = [(113, 145, "valid", "dA/deps = int p_d [1 - r(f_hat + eps eta - log p_n)] eta dx")]
