"""A tiny bisection root finder (keeps the checks numpy-only)."""


def brentq(f, a, b, tol=1e-13, n=200):
    fa = f(a)
    for _ in range(n):
        m = 0.5 * (a + b); fm = f(m)
        if (fm > 0) == (fa > 0):
            a, fa = m, fm
        else:
            b = m
        if b - a < tol:
            break
    return 0.5 * (a + b)
