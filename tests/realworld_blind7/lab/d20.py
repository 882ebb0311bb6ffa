from h8 import *
DOC = "20_jackey_dJ_dw2_db.md"; TIER = 2
TOPIC = "Hexo blog: dJ/dw_2 and dJ/db of logistic regression reusing tagged results (8), (11), (14)"
NOTES = "as document 19: f = ln(1 + e^{-z_i}) + (1 - y_i) z_i, (8): df/dz_i = sigma(z_i) - y_i"


def _dJ(X, y, w1, w2, b, k):
    if k == 2:
        return d(lambda t: Jlog(X, y, w1, t, b), w2)
    return d(lambda t: Jlog(X, y, w1, w2, t), b)


def _ch(X, y, w1, w2, b, k):
    z = w1 * X[:, 0] + w2 * X[:, 1] + b
    return np.mean((sig(z) - y) * (X[:, 1] if k == 2 else 1.0))


L = lambda k: (lambda r: (lambda a: (_dJ(*a, k), _ch(*a, k)))(logi(r)))
STEPS = [
    S(5, "not-an-identity", "f (definition)"),
    S(6, "valid", "term by term", ok=L(2)),
    S(7, "valid", "chain rule", ok=L(2)),
    S(7, "not-an-identity", "aside: chain rule with generic letters"),
    S(10, "valid", "z_i linear in w_2", ok=lambda r: (lambda x1, x2, w1, w2, b: (d(lambda t: w1 * x1 + t * x2 + b, w2), x2))(*r.normal(size=5))),
    S(10, "not-an-identity", "aside: z_i (definition)"),
    S(11, "valid", "= 0 + x_i2 + 0", ok=lambda r: (lambda x2: (x2, 0 + x2 + 0))(r.normal())),
    S(13, "valid", "(11)", ok=L(2)),
    S(14, "valid", "(8), (12)", ok=L(2)),
    S(22, "not-an-identity", "f (definition)"),
    S(23, "valid", "term by term", ok=L(0)),
    S(24, "valid", "chain rule", ok=L(0)),
    S(24, "not-an-identity", "aside: chain rule with generic letters"),
    S(27, "valid", "z_i linear in b", ok=lambda r: (lambda x1, x2, w1, w2, b: (d(lambda t: w1 * x1 + w2 * x2 + t, b), 1.0))(*r.normal(size=5))),
    S(27, "not-an-identity", "aside: z_i (definition)"),
    S(28, "valid", "= 0 + 0 + 1", ok=lambda r: (1.0, 0 + 0 + 1.0)),
    S(30, "valid", "(14)", ok=L(0)),
    S(31, "valid", "(8), (15)", ok=L(0)),
]
CLAIMS = [(6, 14, "valid", "dJ/dw_2"), (23, 31, "valid", "dJ/db")]
