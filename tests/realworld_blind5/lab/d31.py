from common import *
DOC = "31_jelly_paramagnet.md"; TIER = 2
TOPIC = "spin-1/2 paramagnet: Z_1 = 2 cosh(beta mu_B B), Z_N = Z_1^N, F, M = n mu_B tanh; dF has the wrong sign on S dT"
NOTES = "levels -+mu_B B; N non-interacting (distinguishable) spins; m = -(dF/dB)_T, M = m/V, n = N/V (line 35); " \
        "line 25 writes T dS for TS (a typo in a definition)"


def pm(r):
    return r.uniform(.3, 2), r.uniform(.5, 2), r.uniform(.3, 2), int(r.integers(1, 5)), r.uniform(.5, 2)   # mu, k, T, N, B


def Fp(mu, k, T, N, B):
    return -N * k * T * np.log(2 * np.cosh(mu * B / (k * T)))


def Sp(mu, k, T, N, B):
    return -d(lambda t: Fp(mu, k, t, N, B), T)


STEPS = [
    S(14, "not-an-identity", "B = 0 (condition)", outside_display=True),
    S(2, "not-an-identity", "E = -mu.B (definition)"),
    S(4, "valid", "two levels -+mu_B B", ok=lambda r: (lambda mu, k, T, N, B: (np.exp(-(1 / (k * T)) * np.array([-mu * B, mu * B])).sum(),
      np.exp(mu * B / (k * T)) + np.exp(-mu * B / (k * T))))(*pm(r))),
    S(4, "valid", "= 2 cosh", ok=lambda r: (lambda x: (np.exp(x) + np.exp(-x), 2 * np.cosh(x)))(r.normal())),
    S(9, "valid", "non-interacting spins: Z_N = Z_1^N (enumerated, N <= 4)", ok=lambda r: (lambda mu, k, T, N, B: (
      sum(np.exp((mu * B / (k * T)) * s.sum()) for s in spins(N)), (2 * np.cosh(mu * B / (k * T))) ** N))(*pm(r))),
    S(11, "not-an-identity", "first law for a magnetic system (quoted)"),
    S(13, "not-an-identity", "m = N mu_B for configuration (A) (a description)", outside_display=True),
    S(25, "not-an-identity", "F := U - TS (the Helmholtz definition, typed with T dS)"),
    S(26, "invalid", "from dU = T dS - m dB and F = U - TS, dF = -S dT - m dB: mu = k = T = N = B = 1 gives (dF/dT)_B = -0.366, "
      "the row says +S = +0.366", cx=lambda: (d(lambda t: Fp(1, 1, t, 1, 1), 1.0), Sp(1, 1, 1, 1, 1))),
    S(28, "not-an-identity", "m := -(dF/dB)_T (thermodynamic relation)", outside_display=True),
    S(28, "not-an-identity", "M := m/V", outside_display=True),
    S(30, "valid", "F = -kT ln Z_N (Z_n read as Z_N)", ok=lambda r: (lambda mu, k, T, N, B: (Fp(mu, k, T, N, B),
      -k * T * np.log((2 * np.cosh(mu * B / (k * T))) ** N)))(*pm(r))),
    S(31, "either", "reading A: (Z)^n is Z_1^N: agrees; reading B: n = N/V as line 35 defines it: N = 2, V = 2, "
      "Z_1 = 2cosh(1) give ln Z_1^2 = 2.26 vs ln Z_1^1 = 1.13", ok=lambda r: (lambda mu, k, T, N, B: (
      -k * T * np.log((2 * np.cosh(mu * B / (k * T))) ** N), -k * T * np.log((2 * np.cosh(mu * B / (k * T))) ** N)))(*pm(r)),
      cx=lambda: (2 * np.log(2 * np.cosh(1.0)), 1 * np.log(2 * np.cosh(1.0)))),
    S(32, "valid", "ln Z_1^N = N ln(2 cosh)", ok=lambda r: (lambda mu, k, T, N, B: (-k * T * np.log((2 * np.cosh(mu * B / (k * T))) ** N),
      Fp(mu, k, T, N, B)))(*pm(r))),
    S(34, "valid", "M = -(1/V) dF/dB = (N/V) mu_B tanh(beta mu_B B)", ok=lambda r: (lambda mu, k, T, N, B, V: (
      -d(lambda b: Fp(mu, k, T, N, b), B) / V, (N / V) * mu * np.tanh(mu * B / (k * T))))(*pm(r), r.uniform(.5, 3))),
    S(35, "not-an-identity", "n := N/V", outside_display=True),
]
CLAIMS = [(30, 32, "valid", "F = -N k T ln(2 cosh(beta mu_B B)) (with n read as N)")]
