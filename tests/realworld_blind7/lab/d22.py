from h8 import *
DOC = "22_gaurav_expfam_examples.md"; TIER = 2
TOPIC = "GitHub README: Bernoulli, Gaussian, Poisson, categorical in exponential-family form (Markdown tables of components)"
NOTES = "table cells pair a component with its value (no relation); eta = log(theta/(1-theta)) for the Bernoulli, eta = log lambda for the Poisson"
STEPS = [
    S(5, "valid", "Bernoulli pmf", ok=lambda r: (lambda th, x: (th ** x * (1 - th) ** (1 - x), np.exp(x * np.log(th) + (1 - x) * np.log(1 - th))))(r.uniform(.05, .95), float(r.integers(0, 2)))),
    S(5, "valid", "= exp(x logit + log(1 - theta))", ok=lambda r: (lambda th, x: (th ** x * (1 - th) ** (1 - x), np.exp(x * np.log(th / (1 - th)) + np.log(1 - th))))(r.uniform(.05, .95), float(r.integers(0, 2)))),
    S(14, "valid", "theta = sigma(eta) inverts eta = logit(theta)", ok=lambda r: (lambda th: (th, sig(np.log(th / (1 - th)))))(r.uniform(.05, .95)), outside_display=True),
    S(14, "valid", "sigmoid", ok=lambda r: (lambda e: (sig(e), 1 / (1 + np.exp(-e))))(r.normal()), outside_display=True),
    S(18, "not-an-identity", "Gaussian density (definition)"),
    S(29, "not-an-identity", "proportionality"),
    S(39, "not-an-identity", "Poisson pmf (definition)"),
    S(45, "valid", "e^eta = lambda for eta = log lambda", ok=lambda r: (lambda lam: (np.exp(np.log(lam)), lam))(r.uniform(.2, 5)), outside_display=True),
    S(50, "not-an-identity", "categorical pmf (definition)"),
]
CLAIMS = []
