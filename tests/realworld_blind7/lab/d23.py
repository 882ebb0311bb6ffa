from h8 import *
DOC = "23_gaurav_expfam_mle.md"; TIER = 2
TOPIC = "GitHub README: MLE of an exponential family is moment matching (log-likelihood and its gradient)"
NOTES = "p(x|eta) = h(x) exp(eta T(x) - A(eta))"


def _inst(r, n=3):
    h, T, eta = ef(r); idx = r.integers(0, len(h), n)
    return h, T, eta, idx


def _ll(h, T, eta, idx):
    return np.log(h[idx] * np.exp(eta * T[idx] - A_ef(h, T, eta))).sum()


STEPS = [
    S(7, "not-an-identity", "moment matching at the MLE (stationarity)"),
    S(13, "valid", "log of prod_i h(x_i) exp(eta T(x_i) - A)",
      ok=lambda r: (lambda h, T, eta, idx: (_ll(h, T, eta, idx), (eta * T[idx] - A_ef(h, T, eta) + np.log(h[idx])).sum()))(*_inst(r))),
    S(17, "valid", "grad l = sum T(x_i) - n grad A",
      ok=lambda r: (lambda h, T, eta, idx: (d(lambda e: _ll(h, T, e, idx), eta), T[idx].sum() - len(idx) * d(lambda e: A_ef(h, T, e), eta)))(*_inst(r))),
    S(21, "not-an-identity", "setting the gradient to zero"),
]
CLAIMS = []
