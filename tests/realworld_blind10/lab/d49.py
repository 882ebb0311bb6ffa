from common import *
DOC = "49_pindi_glm_exponential_family.md"; TIER = 2
TOPIC = "Markdown notes after CS229: exponential family, Bernoulli / Gaussian / multinoulli in exponential-family form, softmax response; displays $$...$$ inside numbered-list prose, two displays on one line, log and exp written without backslashes, \\sqrt(2\\pi), \\Re"
NOTES = "eta = log(phi/(1-phi)) for the Bernoulli; sigma^2 = 1 for the Gaussian; multinoulli with k classes, phi_k = 1 - sum_{i<k} phi_i, (T(y))_i = 1{y = i}; eta_k = log(phi_k/phi_k) = 0 is implicit in the softmax row"
def _bern(r):
    return r.uniform(0.05, 0.95), float(r.integers(0, 2))
def _r29a(r):
    phi, y = _bern(r); return phi ** y * (1 - phi) ** (1 - y), np.exp(y * np.log(phi) + (1 - y) * np.log(1 - phi))
def _r29b(r):
    phi, y = _bern(r); return np.exp(y * np.log(phi) + (1 - y) * np.log(1 - phi)), np.exp(np.log(phi / (1 - phi)) * y + np.log(1 - phi))
def _r31(r):
    phi, _ = _bern(r); eta = np.log(phi / (1 - phi)); return phi, 1 / (1 + np.exp(-eta))
def _cx35():
    eta = 1.0; phi = sig(eta); return -np.log(1 - phi), np.log(1 + np.exp(eta)) - eta
def _r42(r):
    y, mu = r.normal(size=2)
    return (np.exp(-0.5 * (y - mu) ** 2) / np.sqrt(2 * np.pi),
            np.exp(-0.5 * y ** 2) * np.exp(mu * y - 0.5 * mu ** 2) / np.sqrt(2 * np.pi))
def _multi(r, k=4):
    phi = r.dirichlet(np.ones(k)); y = int(r.integers(1, k + 1)); return phi, y, k
def _cx71():
    phi = np.array([0.3, 0.7]); y = 2; k = 2
    row70 = np.prod([phi[i - 1] ** (y == i) for i in range(1, k + 1)])
    row71 = phi[0] ** (y == 1) * phi[1] ** (1 - sum(float(y == k) for i in range(1, k + 1)))
    return row70, row71
def _r73(r):
    phi, y, k = _multi(r)
    T = [float(y == i) for i in range(1, k)]
    return phi[y - 1], np.exp(sum(T[i] * np.log(phi[i] / phi[k - 1]) for i in range(k - 1)) + np.log(phi[k - 1]))
def _r83(r):
    phi, _, k = _multi(r); eta = np.log(phi / phi[-1]); i = int(r.integers(0, k))
    return phi[i], np.exp(eta[i]) / np.exp(eta).sum()
STEPS = [
    S(10, "not-an-identity", "exponential-family form defined"),
    S(27, "not-an-identity", "Bernoulli pmf given (two relations joined by ;)"),
    S(29, "not-an-identity", "Bernoulli pmf phi^y (1-phi)^{1-y}"),
    S(29, "valid", "exp(y log phi + (1-y) log(1-phi))", ok=_r29a),
    S(29, "valid", "second display on the same line: = exp(log(phi/(1-phi)) y + log(1-phi))", ok=_r29b, cross_display=True),
    S(30, "not-an-identity", "eta = log(phi/(1-phi)) defined (inline)", outside_display=True),
    S(31, "valid", "phi = 1/(1+e^{-eta}) by inverting (inline)", ok=_r31, outside_display=True),
    S(34, "not-an-identity", "T(y) = y"),
    S(35, "not-an-identity", "a(eta) = -log(1 - phi) read off"),
    S(35, "invalid", "-log(1 - phi) with phi = 1/(1+e^{-eta}) is log(1 + e^eta), not log(1 + e^eta) - eta: eta = 1: 1.3133 vs 0.3133", cx=_cx35),
    S(36, "not-an-identity", "b(y) = 1"),
    S(41, "not-an-identity", "sigma^2 = 1 (inline)", outside_display=True),
    S(42, "not-an-identity", "Gaussian density with sigma = 1 (written \\sqrt(2\\pi))"),
    S(42, "valid", "(y-mu)^2/2 expanded and split into two exponentials", ok=_r42),
    S(44, "not-an-identity", "eta = mu (inline)", outside_display=True),
    S(45, "not-an-identity", "T(y) = y (inline)", outside_display=True),
    S(46, "not-an-identity", "a(eta) = mu^2/2 read off (inline)", outside_display=True),
    S(47, "not-an-identity", "b(y) read off (inline)", outside_display=True),
    S(51, "not-an-identity", "dispersion form defined"),
    S(53, "not-an-identity", "c(tau) = sigma^2 (inline)", outside_display=True),
    S(70, "not-an-identity", "multinoulli pmf as a product of indicator powers"),
    S(71, "invalid", "the last exponent should be 1 - sum_{i=1}^{k-1} 1{y = i}; as written 1 - sum_{i=1}^{k} 1{y=k} = 1 - k 1{y=k}: k = 2, y = 2, phi = (0.3, 0.7): row 70 gives 0.7, row 71 gives 0.7^{-1} = 1.4286", cx=_cx71),
    S(73, "valid", "e^{log N} = N (inline)", ok=lambda r: (lambda N: (np.exp(np.log(N)), N))(r.uniform(0.1, 5)), outside_display=True),
    S(73, "valid", "p(y; phi) = exp(sum_i T_i log(phi_i/phi_k) + log phi_k) (against the row-70 pmf)", ok=_r73),
    S(74, "not-an-identity", "exponential-family form restated (eta, a, b defined on the next rows)"),
    S(75, "not-an-identity", "eta defined"),
    S(76, "not-an-identity", "a(eta) = -log phi_k"),
    S(77, "not-an-identity", "b(y) = 1"),
    S(80, "not-an-identity", "link function eta_i = log(phi_i/phi_k) restated"),
    S(83, "valid", "softmax response phi_i = e^{eta_i}/sum_j e^{eta_j} (eta_k = 0)", ok=_r83),
]
CLAIMS = [(29, 29, "valid", "Bernoulli in exponential-family form"), (35, 35, "invalid", "Bernoulli log-partition"),
          (42, 42, "valid", "unit-variance Gaussian in exponential-family form"), (83, 83, "valid", "softmax response")]
