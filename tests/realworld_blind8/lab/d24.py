from b9 import *
DOC = "24_ikossaczky_mle_ce.md"; TIER = 3
TOPIC = "Jekyll post: MLE = minimal cross-entropy, chains of argmax/argmin rows with \\tag and \\label, a limit row (\\xrightarrow)"
NOTES = "q_theta the model; p the data distribution; line 17 uses the text's convention q_theta(x) := p(x) (defined in the prose below the display)"

TH = np.linspace(-2, 2, 801)


def _i(r, n=5):
    phi = r.normal(size=4); xs = r.integers(0, 4, n)
    q = lambda t: (lambda e: e / e.sum())(np.exp(t * phi - .3 * t * t * np.arange(4)))
    return q, xs


def _ic(r, n=5):
    phi = r.normal(size=(3, 2)); xs = r.integers(0, 3, n); ys = r.integers(0, 2, n); px = r.dirichlet(np.ones(3))
    qy = lambda t: (lambda e: e / e.sum(1, keepdims=True))(np.exp(t * phi - .2 * t * t))
    return qy, xs, ys, px


def _am(vals, mx=True):
    return int(np.argmax(vals)) if mx else int(np.argmin(vals))


STEPS = [
    S(3, "not-an-identity", "MLE (definition)"),
    S(4, "valid", "log is increasing", ok=lambda r: (lambda q, xs: (_am([np.prod(q(t)[xs]) for t in TH]), _am([np.log(np.prod(q(t)[xs])) for t in TH])))(*_i(r))),
    S(5, "valid", "log of a product", ok=lambda r: (lambda q, xs: (_am([np.log(np.prod(q(t)[xs])) for t in TH]), _am([np.sum(np.log(q(t)[xs])) for t in TH])))(*_i(r))),
    S(6, "valid", "argmax f = argmin -f/n", ok=lambda r: (lambda q, xs: (_am([np.sum(np.log(q(t)[xs])) for t in TH]), _am([np.mean(-np.log(q(t)[xs])) for t in TH], False)))(*_i(r))),
    S(7, "not-an-identity", "limit n -> infinity (law of large numbers), written with \\xrightarrow"),
    S(13, "not-an-identity", "conditional MLE (definition)"),
    S(14, "valid", "log", ok=lambda r: (lambda qy, xs, ys, px: (_am([np.prod(qy(t)[xs, ys]) for t in TH]), _am([np.sum(np.log(qy(t)[xs, ys])) for t in TH])))(*_ic(r))),
    S(15, "valid", "argmin of the mean negative", ok=lambda r: (lambda qy, xs, ys, px: (_am([np.sum(np.log(qy(t)[xs, ys])) for t in TH]), _am([np.mean(-np.log(qy(t)[xs, ys])) for t in TH], False)))(*_ic(r))),
    S(16, "valid", "a term free of theta added", ok=lambda r: (lambda qy, xs, ys, px: (_am([np.mean(-np.log(qy(t)[xs, ys])) for t in TH], False), _am([np.mean(-np.log(qy(t)[xs, ys]) - np.log(px[xs])) for t in TH], False)))(*_ic(r))),
    S(17, "either", "reading A: q_theta(x) := p(x), the text's definition below the display (valid: the same objective); reading B: q_theta(x) a marginal that depends on theta, "
      "e.g. q_theta(x) = e^{3 theta x}/sum_{x'=0..2}: one point (x, y) = (0, 0), q_theta(y|x) = softmax(theta, -theta)[y]: the argmin moves from theta = 2 (grid end) to an interior point",
      ok=lambda r: (lambda qy, xs, ys, px: (_am([np.mean(-np.log(qy(t)[xs, ys]) - np.log(px[xs])) for t in TH], False), _am([np.mean(-np.log(qy(t)[xs, ys]) - np.log(px[xs])) for t in TH], False)))(*_ic(r)),
      cx=lambda: (TH[_am([-np.log(np.exp(t) / (np.exp(t) + np.exp(-t))) for t in TH], False)],
                  TH[_am([-np.log(np.exp(t) / (np.exp(t) + np.exp(-t))) - np.log(np.exp(3 * t * 0) / np.sum(np.exp(3 * t * np.arange(3)))) for t in TH], False)])),
    S(18, "valid", "sum of logs", ok=lambda r: (lambda qy, xs, ys, px: (_am([np.mean(-np.log(qy(t)[xs, ys]) - np.log(px[xs])) for t in TH], False), _am([np.mean(-np.log(qy(t)[xs, ys] * px[xs])) for t in TH], False)))(*_ic(r))),
    S(19, "valid", "conditional times marginal = joint", ok=lambda r: (lambda qy, xs, ys, px: (_am([np.mean(-np.log(qy(t)[xs, ys] * px[xs])) for t in TH], False), _am([np.mean(-np.log((qy(t) * px[:, None])[xs, ys])) for t in TH], False)))(*_ic(r))),
    S(20, "not-an-identity", "limit n -> infinity"),
]
CLAIMS = []
