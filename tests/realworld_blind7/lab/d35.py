from h8 import *
DOC = "35_yusuke_langmuir.md"; TIER = 2
TOPIC = "escaped MathJax course notes: Langmuir adsorption from the one-site grand partition function"
NOTES = "M independent sites, each empty (energy 0) or occupied (energy eps); mu = k_B T ln(P/P_0)"


def _inst(r):
    return r.uniform(.3, 2), r.normal(), r.normal()


STEPS = [
    S(5, "valid", "one site: empty or one particle", ok=lambda r: (lambda b, mu, e: (1 + np.exp(b * (mu - e)), sum(np.exp(b * (mu * n - e * n)) for n in (0, 1))))(*_inst(r))),
    S(11, "not-an-identity", "coverage (definition)"),
    S(11, "valid", "<n> per site = e^{beta(mu - eps)}/xi", ok=lambda r: (lambda b, mu, e: ((1 / b) * d(lambda m: np.log(1 + np.exp(b * (m - e))), mu), np.exp(b * (mu - e)) / (1 + np.exp(b * (mu - e)))))(*_inst(r))),
    S(11, "valid", "divide by e^{beta(mu - eps)}", ok=lambda r: (lambda b, mu, e: (np.exp(b * (mu - e)) / (1 + np.exp(b * (mu - e))), 1 / (1 + np.exp(-b * (mu - e)))))(*_inst(r))),
    S(13, "not-an-identity", "chemical potential of the gas (given)", outside_display=True),
    S(15, "valid", "K P = e^{-beta eps} e^{beta mu}", ok=lambda r: (lambda b, e, P, P0: (lambda mu: (1 / (1 + np.exp(-b * (mu - e))), (np.exp(-b * e) / P0) * P / (1 + (np.exp(-b * e) / P0) * P)))((1 / b) * np.log(P / P0)))(
        r.uniform(.3, 2), r.normal(), r.uniform(.2, 3), r.uniform(.2, 3))),
    S(15, "not-an-identity", "K (definition)"),
]
CLAIMS = []
