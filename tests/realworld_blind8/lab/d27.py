from b9 import *
DOC = "27_harley_ce_example.md"; TIER = 2
TOPIC = "Jekyll post in Chinese: entropy / KL / cross-entropy summary, a worked cross-entropy example with truncated figures and unbalanced parentheses"
NOTES = "log = ln; rows 19-21 each name a loss then evaluate it (the second and third are labelled 'sample 1' by mistake)"

STEPS = [
    S(1, "not-an-identity", "cross-entropy (definition, in a blockquote)"),
    S(8, "not-an-identity", "entropy (definition)"),
    S(9, "not-an-identity", "KL (definition)"),
    S(9, "valid", "log of a quotient", ok=lambda r: (lambda p, q: (np.sum(p * np.log(p / q)), np.sum(p * np.log(p) - p * np.log(q))))(r.dirichlet(np.ones(4)), r.dirichlet(np.ones(4)))),
    S(10, "not-an-identity", "cross-entropy (definition)"),
    S(19, "not-an-identity", "sample loss named (the sum's parenthesis never closes)"),
    S(19, "approx", "-ln 0.4 = 0.9163, written 0.91", ok=lambda r: (-(0 * np.log(.3) + 0 * np.log(.3) + 1 * np.log(.4)), 0.91)),
    S(20, "not-an-identity", "sample loss named"),
    S(20, "approx", "-ln 0.4 = 0.9163, written 0.91", ok=lambda r: (-(0 * np.log(.3) + 1 * np.log(.4) + 0 * np.log(.4)), 0.91)),
    S(21, "not-an-identity", "sample loss named"),
    S(21, "approx", "-ln 0.1 = 2.3026, written 2.30", ok=lambda r: (-(1 * np.log(.1) + 0 * np.log(.2) + 0 * np.log(.7)), 2.30)),
    S(27, "not-an-identity", "mean loss named"),
    S(27, "approx", "4.12/3 = 1.3733, written 1.37", ok=lambda r: ((0.91 + 0.91 + 2.3) / 3, 1.37)),
]
CLAIMS = []
