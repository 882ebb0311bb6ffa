from common import *
DOC = "03_trunghng_multinomial_softmax.md"; TIER = 2
TOPIC = "multinomial in exponential-family form (with the document's constraint sum x_k = 1), softmax and log-sum-exp"
NOTES = ("the document constrains sum_k x_k = 1 and sum_k pi_k = 1 (bound); \\pi_n^{x_n} in the first row is read as the "
         "last factor pi_K^{x_K}; eta_i = log(pi_i/pi_K) for i = 1..K")


def inst(r, K=4):
    pi = r.dirichlet(np.ones(K)); x = np.zeros(K); x[r.integers(0, K)] = 1.0
    return pi, x


def lse_eta(pi):
    return np.log(pi / pi[-1])


STEPS = [
    S(6, "not-an-identity", "multinomial pmf (definition)"),
    S(6, "valid", "prod pi_k^{x_k} = exp(sum x_k log pi_k) (the common factor N!/prod x_k! kept)",
      ok=lambda r: (lambda pi, x: (np.prod(pi ** x), np.exp((x * np.log(pi)).sum())))(*inst(r))),
    S(10, "not-an-identity", "the constraint sum x_k = 1"),
    S(14, "not-an-identity", "eq. m.1 restated"),
    S(14, "valid", "substitute x_K = 1 - sum_{k<K} x_k and pi_K = 1 - sum_{k<K} pi_k",
      ok=lambda r: (lambda pi, x: ((x * np.log(pi)).sum(), (x[:-1] * np.log(pi[:-1])).sum()
      + (1 - x[:-1].sum()) * np.log(1 - pi[:-1].sum())))(*inst(r))),
    S(14, "valid", "collect x_i log(pi_i/(1 - sum pi_k)) + log(1 - sum pi_k)",
      ok=lambda r: (lambda pi, x: ((x[:-1] * np.log(pi[:-1])).sum() + (1 - x[:-1].sum()) * np.log(1 - pi[:-1].sum()),
      (np.log(pi[:-1] / (1 - pi[:-1].sum())) * x[:-1]).sum() + np.log(1 - pi[:-1].sum())))(*inst(r))),
    S(18, "not-an-identity", "eta_i defined"),
    S(18, "valid", "1 - sum_{k<K} pi_k = pi_K", ok=lambda r: (lambda pi: (np.log(pi[0] / (1 - pi[:-1].sum())),
      np.log(pi[0] / pi[-1])))(r.dirichlet(np.ones(4)))),
    S(22, "valid", "sum_i e^{eta_i} = sum_i pi_i / pi_K", ok=lambda r: (lambda pi: (np.exp(lse_eta(pi)).sum(),
      pi.sum() / pi[-1]))(r.dirichlet(np.ones(4)))),
    S(22, "valid", "sum pi_i = 1", ok=lambda r: (lambda pi: (pi.sum() / pi[-1], 1 / pi[-1]))(r.dirichlet(np.ones(4)))),
    S(26, "not-an-identity", "eta vector defined"),
    S(26, "not-an-identity", "T(x) read off"),
    S(26, "not-an-identity", "A(eta) = -log(1 - sum pi_i) read off the form"),
    S(26, "valid", "1 - sum_{i<K} pi_i = pi_K", ok=lambda r: (lambda pi: (-np.log(1 - pi[:-1].sum()), -np.log(pi[-1])))(
      r.dirichlet(np.ones(4)))),
    S(26, "valid", "-log pi_K = log sum e^{eta_k} (eq. m.4)", ok=lambda r: (lambda pi: (-np.log(pi[-1]),
      np.log(np.exp(lse_eta(pi)).sum())))(r.dirichlet(np.ones(4)))),
    S(26, "not-an-identity", "h(x) read off"),
    S(30, "valid", "eta_i = log(pi_i sum e^{eta_k})", ok=lambda r: (lambda pi: (lse_eta(pi),
      np.log(pi * np.exp(lse_eta(pi)).sum())))(r.dirichlet(np.ones(4)))),
    S(34, "valid", "softmax of eta recovers pi", ok=lambda r: (lambda pi: (pi, np.exp(lse_eta(pi)) / np.exp(lse_eta(pi)).sum()))(
      r.dirichlet(np.ones(4)))),
]
CLAIMS = [(14, 14, "valid", "multinomial (document's constraint) in minimal exponential form"),
          (22, 22, "valid", "sum e^{eta_i} = 1/pi_K"), (26, 26, "valid", "A = -log pi_K = log sum e^{eta_k}")]
