from common import *
DOC = "08_p16i_maxent_uniform.md"; TIER = 2
TOPIC = "maximum entropy on {a..b} with a Lagrange multiplier: stationarity, solving for lambda, p_x = 1/(b-a+1)"
NOTES = "rows 31-36 solve an equation (each row an equation, not an identity)"


def l13(r):
    p = r.dirichlet(np.ones(4)); lam = r.normal(); i = r.integers(0, 4)
    L = lambda q: -(q * np.log(q)).sum() - lam * (q.sum() - 1)
    e = np.zeros(4); e[i] = 1
    return d(lambda t: L(p + t * e), 0.0, 1e-6), -1 - np.log(p[i]) - lam


def l22(r):
    p = r.dirichlet(np.ones(4)) * r.uniform(.5, 1.5); lam = r.normal()
    L = lambda l: -(p * np.log(p)).sum() - l * (p.sum() - 1)
    return d(L, lam), -(p.sum() - 1)


def lam(a, b):
    return -np.log(1 / (b - a + 1)) - 1


def ab(r):
    a = int(r.integers(-5, 5)); return a, a + int(r.integers(1, 8))


STEPS = [
    S(3, "not-an-identity", "X := {a, ..., b}", outside_display=True),
    S(3, "not-an-identity", "the constraint sum p = 1", outside_display=True),
    S(3, "not-an-identity", "p_x := p_X(x)", outside_display=True),
    S(6, "not-an-identity", "the Lagrangian (definition)"),
    S(13, "valid", "d/dp_x of -sum p log p - lambda(sum p - 1)", ok=l13),
    S(14, "not-an-identity", "stationarity condition (=! 0)"),
    S(18, "not-an-identity", "p_x = exp(-1-lambda): solves the stationarity condition", outside_display=True),
    S(18, "not-an-identity", ">= 0 (inequality)", outside_display=True),
    S(22, "valid", "d/d lambda of the Lagrangian", ok=l22),
    S(23, "not-an-identity", "stationarity condition (=! 0)"),
    S(27, "valid", "|{a, ..., b}| = b - a + 1", ok=lambda r: (lambda a, b: (len(range(a, b + 1)), b - a + 1))(*ab(r)),
      outside_display=True),
    S(31, "not-an-identity", "the constraint (an equation)"),
    S(32, "not-an-identity", "equation after substituting p_x"),
    S(33, "not-an-identity", "equation rewritten"),
    S(34, "not-an-identity", "equation rewritten"),
    S(35, "not-an-identity", "equation solved for exp(-1-lambda)"),
    S(36, "not-an-identity", "equation solved for lambda"),
    S(45, "not-an-identity", "p_x = exp(-1-lambda): the stationarity solution restated"),
    S(46, "valid", "substitute lambda from line 36", ok=lambda r: (lambda a, b: (np.exp(-1 - lam(a, b)),
      np.exp(-1 + np.log(1 / (b - a + 1)) + 1)))(*ab(r))),
    S(47, "valid", "exp(log(1/n)) = 1/n", ok=lambda r: (lambda a, b: (np.exp(-1 + np.log(1 / (b - a + 1)) + 1),
      1 / (b - a + 1)))(*ab(r))),
]
CLAIMS = [(45, 47, "valid", "p_x = 1/(b - a + 1)")]
