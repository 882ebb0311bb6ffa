from common import *
DOC = "41_adi_score_matching.md"; TIER = 3
TOPIC = "score of an EBM (grad_x f), Gaussian score, score-matching (Fisher) loss and the squared L2 norm"
NOTES = "p = e^f/Z, Z = integral e^f; Gaussian with mean mu and covariance Sigma (d = 2 in the checks)"


def g2(r):
    A = r.normal(size=(2, 2)); S_ = A @ A.T + np.eye(2); mu = r.normal(size=2); x = r.normal(size=2)
    return S_, mu, x


def logN(S_, mu, x):
    dd = x - mu
    return -0.5 * dd @ np.linalg.solve(S_, dd) - 0.5 * np.log((2 * np.pi) ** 2 * np.linalg.det(S_))


def grad(f, x):
    return np.array([d(lambda t: f(np.array([t, x[1]])), x[0]), d(lambda t: f(np.array([x[0], t])), x[1])])


F = lambda a, b: (lambda x: a * np.sin(x[0]) + b * x[0] * x[1] - (x @ x) / 2)


STEPS = [
    S(7, "not-an-identity", "the EBM (definition)"),
    S(13, "not-an-identity", "Z (definition)", outside_display=True),
    S(17, "valid", "log of e^f/Z", ok=lambda r: (lambda f, x, Z: (np.log(np.exp(f(x)) / Z), f(x) - np.log(Z)))(F(*r.normal(size=2)), r.normal(size=2), r.uniform(.5, 5))),
    S(25, "not-an-identity", "score (definition)"),
    S(29, "not-an-identity", "score (definition, restated)"),
    S(29, "valid", "log p = f - log Z", ok=lambda r: (lambda f, x, Z: (grad(lambda y: f(y) - np.log(Z), x), grad(lambda y: f(y) - np.log(Z), x)))(F(*r.normal(size=2)), r.normal(size=2), r.uniform(.5, 5))),
    S(29, "valid", "log Z does not depend on x", ok=lambda r: (lambda f, x, Z: (grad(lambda y: f(y) - np.log(Z), x), grad(f, x)))(F(*r.normal(size=2)), r.normal(size=2), r.uniform(.5, 5))),
    S(47, "not-an-identity", "Gaussian density (definition)"),
    S(51, "valid", "log of the density", ok=lambda r: (lambda S_, mu, x: (np.log(np.exp(-0.5 * (x - mu) @ np.linalg.solve(S_, x - mu)) / np.sqrt((2 * np.pi) ** 2 * np.linalg.det(S_))),
      logN(S_, mu, x)))(*g2(r))),
    S(55, "not-an-identity", "score (definition)"),
    S(55, "valid", "gradient of the quadratic form", ok=lambda r: (lambda S_, mu, x: (grad(lambda y: logN(S_, mu, y), x), -np.linalg.solve(S_, x - mu)))(*g2(r))),
    S(63, "not-an-identity", "isotropic case (hypothesis)", outside_display=True),
    S(63, "valid", "Sigma = sigma^2 I", ok=lambda r: (lambda s, mu, x: (-np.linalg.solve(s * s * np.eye(2), x - mu), -(x - mu) / s ** 2))(r.uniform(.3, 2), r.normal(size=2), r.normal(size=2)),
      outside_display=True),
    S(75, "not-an-identity", "data score (definition)", outside_display=True),
    S(76, "not-an-identity", "model score (definition)", outside_display=True),
    S(76, "valid", "= grad f", ok=lambda r: (lambda f, x, Z: (grad(lambda y: f(y) - np.log(Z), x), grad(f, x)))(F(*r.normal(size=2)), r.normal(size=2), r.uniform(.5, 5)),
      outside_display=True),
    S(84, "not-an-identity", "score-matching loss (definition)"),
    S(92, "valid", "squared Euclidean norm", ok=lambda r: (lambda a, b: (np.linalg.norm(a - b) ** 2, ((a - b) ** 2).sum()))(r.normal(size=3), r.normal(size=3))),
]
CLAIMS = [(29, 29, "valid", "the EBM's score is grad_x f")]
