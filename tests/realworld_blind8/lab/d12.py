from b9 import *
DOC = "12_dengwei_score_matching.md"; TIER = 3
TOPIC = "Jekyll (distill) post in Chinese: score-matching objective rewritten by integration by parts, rows of an align* chain"
NOTES = "p(x) the data density, s(x;theta) the model score; 'constant' = E||grad log p||^2 throughout; checked in one dimension (n = 1) by quadrature; " \
        "a stray \\\\ at the end of line 39 splits one row into lines 36-39 and 40-45"

_x = np.linspace(-25, 25, 200001)


def _I(y):
    return np.trapezoid(y, _x) if hasattr(np, "trapezoid") else np.trapz(y, _x)


def _inst(r):
    m1, m2, w = r.normal(), r.normal() + 1, r.uniform(.2, .8)
    p = w * np.exp(-.5 * (_x - m1) ** 2) + (1 - w) * np.exp(-.5 * ((_x - m2) / 1.3) ** 2) / 1.3
    p = p / _I(p)
    dp = np.gradient(p, _x)
    a, b, c = r.normal(size=3)
    s = a * np.sin(_x) + b * _x + c          # s(x; theta), grows at most linearly: boundary term vanishes
    ds = a * np.cos(_x) + b
    return p, dp, s, ds


def _rows(p, dp, s, ds):
    sc = dp / p
    C = _I(p * sc ** 2)
    return dict(r6=_I(p * (s - sc) ** 2), r11=_I(p * (s ** 2 + sc ** 2 - 2 * s * sc)), r15=_I(p * s ** 2) - 2 * _I(p * s * sc) + C,
                r20=_I(p * s ** 2) - 2 * _I(s * dp) + C, r46=_I(p * s ** 2) + 2 * _I(ds * p) + C)


def _ok(a, b):
    return lambda r: (lambda R: (R[a], R[b]))(_rows(*_inst(r)))


STEPS = [
    S(6, "not-an-identity", "objective J(theta) (definition)"),
    S(11, "valid", "square expanded", ok=_ok("r6", "r11")),
    S(15, "valid", "E||grad log p||^2 named constant; the cross term as an integral", ok=_ok("r11", "r15")),
    S(20, "valid", "p d log p = dp", ok=_ok("r15", "r20")),
    S(25, "valid", "the integral over R^n written as an n-fold integral", ok=_ok("r20", "r20")),
    S(30, "valid", "the x_i integral written innermost", ok=_ok("r20", "r20")),
    S(36, "not-an-identity", "broken row: a stray \\\\ ends it after 'E||s||^2 -'; its other half is lines 40-45 (integration by parts written out)"),
    S(46, "valid", "integration by parts, boundary term zero (continues line 30 across the broken row)", ok=_ok("r20", "r46"), prev_line=30),
    S(55, "valid", "iterated integral recombined", ok=_ok("r46", "r46")),
    S(61, "valid", "as an integral over R^n", ok=_ok("r46", "r46")),
    S(67, "valid", "sum inside the integral", ok=_ok("r46", "r46")),
    S(73, "valid", "sum_i ds_i/dx_i = tr(grad s)", ok=_ok("r46", "r46")),
    S(79, "valid", "integral against p is an expectation", ok=_ok("r46", "r46")),
    S(87, "valid", "one expectation", ok=_ok("r46", "r46")),
]
CLAIMS = [(6, 87, "valid", "J(theta) = E[||s||^2 + 2 tr grad s] + constant")]
