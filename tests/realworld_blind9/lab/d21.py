from common import *
DOC = "21_felix_gamma_nb_ig_tex.md"; TIER = 2
TOPIC = "LaTeX notes: gamma (mean-dispersion form), negative binomial and inverse Gaussian log-densities in exponential-family form (an x for y in the inverse Gaussian)"
NOTES = "gamma with phi = 1/alpha, beta = alpha/mu; B(y, phi) absorbs the terms free of mu; the inverse Gaussian pdf is typed with x^3 for y^3"
_lam, _mu = 1.5, 0.8


def _ig(y, x):
    return np.sqrt(_lam / (2 * np.pi * x ** 3)) * np.exp(-_lam * (y - _mu) ** 2 / (2 * _mu ** 2 * y))


STEPS = [
    S(862, "not-an-identity", "gamma pdf (model)"),
    S(865, "valid", "log of the pdf"),
    S(887, "valid", "with beta = alpha/mu and phi = 1/alpha: alpha(-y/mu - log mu) + terms in y and alpha only"),
    S(899, "not-an-identity", "negative binomial pmf (model)"),
    S(900, "valid", "log of the pmf"),
    S(935, "not-an-identity", "inverse Gaussian pdf (model, typed with x)"),
    S(937, "either", "reading A: the x of row 935 is y (valid: log of the pdf); reading B: x is a variable of its own: lambda = 1.5, mu = 0.8, "
      "y = 1, x = 2: log f of row 935 = -1.8028, the row -0.7631",
      ok=lambda r: (lambda y: (np.log(_ig(y, y)), -_lam * (y - _mu) ** 2 / (2 * _mu ** 2 * y) + 0.5 * np.log(_lam / (2 * np.pi * y ** 3))))(r.uniform(0.2, 3)),
      cx=lambda: (np.log(_ig(1.0, 2.0)), -_lam * (1.0 - _mu) ** 2 / (2 * _mu ** 2) + 0.5 * np.log(_lam / (2 * np.pi)))),
    S(939, "valid", "square expanded; B(y) collects -1/2 log(2 pi y^3)",
      ok=lambda r: (lambda lam, mu, y: (-lam * (y - mu) ** 2 / (2 * mu ** 2 * y) + 0.5 * np.log(lam / (2 * np.pi * y ** 3)),
                                        -lam / (2 * mu ** 2) * y - lam / 2 / y + lam / mu + 0.5 * np.log(lam) - 0.5 * np.log(2 * np.pi * y ** 3)))(r.uniform(0.5, 2), r.uniform(0.5, 2), r.uniform(0.2, 3))),
]
CLAIMS = []
