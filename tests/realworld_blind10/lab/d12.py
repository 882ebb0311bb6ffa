from common import *
DOC = "12_fanggong_expfam_bern_gauss_cat.md"; TIER = 2
TOPIC = "Hugo post in Chinese: Bernoulli, Gaussian and categorical distributions in exponential-family form (\\lbrace \\rbrace, `\\\\\\\\` row breaks, {a \\over b}, \\boldsymbol read-offs); the categorical row gains a stray \\ln in a denominator"
NOTES = "x one-hot, sum_i x_i = 1, sum_i mu_i = 1 (categorical; not stated in the cut); read-offs inside \\boldsymbol are not-an-identity except the inversion mu = sigmoid(eta)"
STEPS = [
    S(19, "not-an-identity", "exponential-family form (definition)"),
    S(33, "not-an-identity", "Bernoulli pmf (model statement)"),
    S(38, "not-an-identity", "the same pmf as cases (definition)"),
    S(50, "valid", "p = exp(log p)"),
    S(51, "valid", "log of the product"),
    S(52, "valid", "(1-x) ln(1-mu) expanded"),
    S(53, "valid", "ln mu - ln(1-mu) = ln(mu/(1-mu))"),
    S(54, "valid", "exp(ln(1-mu)) factored out"),
    S(60, "not-an-identity", "eta read off"),
    S(60, "valid", "mu = 1/(1+e^{-eta}) inverts eta = ln(mu/(1-mu))"),
    S(60, "not-an-identity", "u(x) read off"),
    S(60, "not-an-identity", "h(x) read off"),
    S(60, "not-an-identity", "g(eta) read off"),
    S(73, "not-an-identity", "Gaussian density (model statement)"),
    S(79, "valid", "the square expanded into three exponentials"),
    S(87, "not-an-identity", "eta read off"),
    S(87, "not-an-identity", "u(x) read off"),
    S(87, "not-an-identity", "h(x) read off"),
    S(87, "not-an-identity", "g(eta) read off"),
    S(100, "not-an-identity", "categorical pmf (model statement)"),
    S(107, "valid", "p = exp(sum x_i ln mu_i)"),
    S(108, "valid", "x_M = 1 - sum x_i and mu_M = 1 - sum mu_i (one-hot x, normalised mu)"),
    S(109, "valid", "the last term expanded"),
    S(110, "invalid", "x_i ln mu_i - x_i ln(1 - sum mu) = x_i ln(mu_i/(1 - sum mu)), not x_i ln(mu_i / ln(1 - sum mu)): M = 3, mu = (0.2, 0.3, 0.5), x = (1, 0, 0): row 109 gives p = exp(ln 0.2) = 0.2, row 110 gives exp(ln(0.2/ln 0.5) + ln 0.5) = (0.2/ln 0.5)(0.5) = -0.144 (the ln of a negative number)",
      cx=lambda: (0.2, (0.2 / np.log(0.5)) * 0.5)),
    S(111, "valid", "exp(ln(1 - sum mu)) factored out (against row 110)"),
    S(117, "not-an-identity", "eta_i read off"),
    S(117, "not-an-identity", "u(x) read off"),
    S(117, "not-an-identity", "h(x) read off"),
    S(117, "not-an-identity", "g(eta) read off"),
]
CLAIMS = [(50, 54, "valid", "Bernoulli in exponential-family form"), (107, 110, "invalid", "categorical exponent with ln in the denominator")]
