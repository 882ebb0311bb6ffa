from sm import *
DOC = "25_telhc_softmax_derivative.md"; TIER = 2
TOPIC = "Obsidian note: softmax derivative by the quotient rule (indicator 1_{i=j}, Sigma for the sum; e^{a_j} typo in the numerator)"
NOTES = "g_i = e^{a_i}, h_i = Sigma = sum_k e^{a_k}; sigma_i = e^{a_i}/Sigma; checks at i = 0, j = 2 and i = j = 1"

STEPS = [
    S(3, "not-an-identity", "domain and range", outside_display=True),
    S(4, "not-an-identity", "softmax (definition)"),
    S(5, "not-an-identity", "index range", outside_display=True),
    S(5, "not-an-identity", "z written out (definition)", outside_display=True),
    S(8, "valid", "definition substituted", ok=lambda r: (lambda a: (jac(sm, a)[0, 2], jac(lambda t: np.exp(t) / np.exp(t).sum(), a)[0, 2]))(xs(r))),
    S(8, "valid", "sigma_i(1_{i=j} - sigma_j)", ok=lambda r: (lambda a: (jac(sm, a), np.diag(sm(a)) - np.outer(sm(a), sm(a))))(xs(r))),
    S(10, "not-an-identity", "f = g/h (notation)", outside_display=True),
    S(10, "not-an-identity", "g_i defined", outside_display=True),
    S(10, "not-an-identity", "h_i defined", outside_display=True),
    S(10, "not-an-identity", "h_i named Sigma", outside_display=True),
    S(12, "valid", "dSigma/da_j = e^{a_j}", ok=lambda r: (lambda a: (jac(lambda t: np.array([np.exp(t).sum()]), a)[0, 2], np.exp(a[2])))(xs(r))),
    S(14, "valid", "dg_i/da_j", ok=lambda r: (lambda a: (jac(np.exp, a), np.diag(np.exp(a))))(xs(r))),
    S(14, "not-an-identity", "case i = j (condition)"),
    S(14, "not-an-identity", "case i != j (condition)"),
    S(17, "either", "A: numerator e^{a_i} (typo): quotient rule; B: e^{a_j} literally: d/da_j (e^{a_j}/Sigma) = sigma_j(1 - sigma_j) != "
      "(g'h - h'g)/h^2 = -sigma_i sigma_j for i != j (a = (0, 1, 2), i = 0, j = 2)",
      ok=lambda r: (lambda a: (jac(sm, a)[0, 2], ((0 * np.exp(a).sum()) - np.exp(a[2]) * np.exp(a[0])) / np.exp(a).sum() ** 2))(xs(r)),
      cx=lambda: (lambda a: (sm(a)[2] * (1 - sm(a)[2]), -sm(a)[0] * sm(a)[2]))(np.array([0.0, 1.0, 2.0]))),
    S(18, "valid", "substitute (i != j and i = j)", ok=lambda r: (lambda a: (
      np.array([[((i == j) * np.exp(a[i]) * np.exp(a).sum() - np.exp(a[j]) * np.exp(a[i])) / np.exp(a).sum() ** 2 for j in range(4)] for i in range(4)]),
      jac(sm, a)))(xs(r))),
    S(19, "valid", "factor", ok=lambda r: (lambda a: (
      np.array([[((i == j) * np.exp(a[i]) * np.exp(a).sum() - np.exp(a[j]) * np.exp(a[i])) / np.exp(a).sum() ** 2 for j in range(4)] for i in range(4)]),
      np.array([[np.exp(a[i]) / np.exp(a).sum() * ((i == j) * np.exp(a).sum() - np.exp(a[j])) / np.exp(a).sum() for j in range(4)] for i in range(4)])))(xs(r))),
    S(20, "valid", "sigma_i(1_{i=j} - sigma_j)", ok=lambda r: (lambda a: (
      np.array([[np.exp(a[i]) / np.exp(a).sum() * ((i == j) * np.exp(a).sum() - np.exp(a[j])) / np.exp(a).sum() for j in range(4)] for i in range(4)]),
      np.diag(sm(a)) - np.outer(sm(a), sm(a))))(xs(r))),
]
CLAIMS = [(8, 8, "valid", "softmax Jacobian"), (17, 20, "valid", "quotient-rule proof (reading the numerator as e^{a_i})")]
