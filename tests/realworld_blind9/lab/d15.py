from common import *
DOC = "15_caozhens_expfam_forms.md"; TIER = 2
TOPIC = "Chinese notes: Gaussian and Bernoulli written in exponential-family form; the Gaussian's a(eta) read off with the wrong sign"
NOTES = "P(y; eta) = b(y) exp(eta^T T(y) - a(eta)) (row 5), T(y) = y; \\rm{exp}; rows 13-15 and 21-23 read b, eta, a off rows 10 and 18"
_y, _mu, _s = 1.0, 1.0, 1.0
_p = np.exp(-(_y - _mu) ** 2 / (2 * _s ** 2)) / np.sqrt(2 * np.pi * _s ** 2)
_b = np.exp(-_y ** 2 / (2 * _s ** 2)) / np.sqrt(2 * np.pi * _s ** 2)
STEPS = [
    S(5, "not-an-identity", "exponential-family form (definition)"),
    S(10, "not-an-identity", "Gaussian density (model)"),
    S(10, "valid", "the square expanded and split"),
    S(13, "not-an-identity", "b(y) read off"),
    S(14, "not-an-identity", "eta read off"),
    S(15, "invalid", "matching exp(mu y/s^2 - mu^2/(2 s^2)) with exp(eta y - a(eta)) gives a = +mu^2/(2 s^2); with the row's sign the form of row 5 "
      "does not give the Gaussian: y = mu = s = 1: N(1; 1, 1) = 0.3989, b(y) exp(eta y - a) with a = -1/2 gives 1.0844",
      cx=lambda: (_p, _b * np.exp(_mu / _s ** 2 * _y + _mu ** 2 / (2 * _s ** 2)))),
    S(18, "not-an-identity", "Bernoulli pmf (model)"),
    S(18, "valid", "exp of the log"),
    S(18, "valid", "y log phi + (1-y) log(1-phi) = y log(phi/(1-phi)) + log(1-phi)"),
    S(21, "not-an-identity", "b(y) read off"),
    S(22, "not-an-identity", "eta read off"),
    S(23, "valid", "a(eta) = -log(1-phi) (consistent with row 18)"),
]
CLAIMS = [(10, 15, "invalid", "Gaussian in exponential-family form with a = -mu^2/(2 sigma^2)")]
