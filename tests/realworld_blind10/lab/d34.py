from common import *
DOC = "34_aburkov_kl_unbiased_estimator.md"; TIER = 1
TOPIC = "Markdown wiki page with a Unicode double-struck E (𝔼) inside $$: the k3 estimator X - log X - 1 of KL(pi_ref || pi_theta), E[X] = 1, \\bigl[ \\bigr] and h\\!\\Bigl( \\Bigr)"
NOTES = "X = pi_theta(o)/pi_ref(o) with o ~ pi_ref (row 10); h(X) = X - log X - 1 (row 22)"
def _r28(r):
    a = r.dirichlet(np.ones(4)); b = r.dirichlet(np.ones(4)); X = b / a
    return np.sum(a * (X - np.log(X) - 1)), np.sum(a * np.log(a / b))
STEPS = [
    S(4, "not-an-identity", "KL defined"),
    S(10, "not-an-identity", "X defined"),
    S(16, "valid", "expectation under pi_ref"),
    S(16, "valid", "pi_ref cancels"),
    S(16, "valid", "probabilities sum to 1"),
    S(22, "not-an-identity", "h defined"),
    S(28, "valid", "E[X - log X - 1] = 1 - E[log X] - 1 = -E[log(pi_theta/pi_ref)] = KL", ok=_r28),
    S(34, "valid", "X substituted into h"),
    S(40, "valid", "row 28 with row 34"),
]
CLAIMS = [(28, 40, "valid", "E_{pi_ref}[X - log X - 1] = KL(pi_ref || pi_theta)")]
