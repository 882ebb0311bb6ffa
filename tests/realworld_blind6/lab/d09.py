from canon import *
DOC = "09_yolonomy_beta_is_inverse_T.md"; TIER = 1
TOPIC = "beta = 1/T from dS = beta d<E> (S = beta<E> + ln Z, T := d<E>/dS)"
NOTES = "S = beta <E> + ln Z and <E> = -d ln Z/d beta precede the cut (k_B = 1); differentials checked as derivatives in beta"


def S_(E, b):
    return b * U(E, b) + lnQ(E, b)


def T_(E, b):
    return d(lambda t: U(E, t), b) / d(lambda t: S_(E, t), b)


STEPS = [
    S(5, "not-an-identity", "T defined"),
    S(12, "valid", "beta = 1/T with T := d<E>/dS", ok=lambda r: (lambda E, b, k: (b, 1 / T_(E, b)))(*inst(r))),
    S(19, "valid", "differential of beta<E> + ln Z (per d beta)", ok=lambda r: (lambda E, b, k: (d(lambda t: S_(E, t), b),
      b * d(lambda t: U(E, t), b) + U(E, b) + d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(25, "not-an-identity", "definition of T restated"),
    S(30, "valid", "chain rule (per d beta)", ok=lambda r: (lambda E, b, k: (d(lambda t: S_(E, t), b),
      (d(lambda t: S_(E, t), b) / d(lambda t: U(E, t), b)) * d(lambda t: U(E, t), b)))(*inst(r))),
    S(30, "valid", "dS/d<E> = 1/T", ok=lambda r: (lambda E, b, k: (d(lambda t: S_(E, t), b) / d(lambda t: U(E, t), b) * d(lambda t: U(E, t), b),
      1 / T_(E, b) * d(lambda t: U(E, t), b)))(*inst(r))),
    S(35, "valid", "beta = 1/T", ok=lambda r: (lambda E, b, k: (b, 1 / T_(E, b)))(*inst(r))),
]
CLAIMS = [(19, 30, "valid", "dS = beta d<E>, hence beta = 1/T")]
