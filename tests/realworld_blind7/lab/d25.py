from h8 import *
import math
DOC = "25_amane_boltzmann_stirling.md"; TIER = 1
TOPIC = "Japanese Jekyll notes: most probable distribution via Stirling and Lagrange multipliers (Stirling written with =, a lost -1, a flipped sign), S = k ln W"
NOTES = "sum_i N_i = N, sum_i E_i N_i = E (line 6); W = N!/prod N_i!; N_i = C exp(-E_i/(k_B T)) stated (line 21)"
lf = lambda n: math.lgamma(n + 1)


def _Ns(r, K=3):
    return r.integers(1, 6, K).astype(float)


def _st(Ns):
    N = Ns.sum(); return N * np.log(N) - N - (Ns * np.log(Ns) - Ns).sum()


def _fF(Ns, a, b, E, N, Et):
    return N * np.log(N) - (Ns * np.log(Ns)).sum() - a * (Ns.sum() - N) - b * ((E * Ns).sum() - Et)


STEPS = [
    S(6, "not-an-identity", "constraint"),
    S(6, "not-an-identity", "constraint"),
    S(15, "not-an-identity", "W (definition)"),
    S(21, "not-an-identity", "Boltzmann distribution stated"),
    S(32, "valid", "log of W = N!/prod N_i!", ok=lambda r: (lambda Ns: (np.log(math.factorial(int(Ns.sum())) / np.prod([math.factorial(int(n)) for n in Ns])), lf(Ns.sum()) - sum(lf(n) for n in Ns)))(_Ns(r))),
    S(33, "invalid", "Stirling's approximation log n! ~ n log n - n written as an equality: N = 2, N_i = (1, 1): log 2! - 2 log 1! = 0.693 but "
      "2 log 2 - 2 - 2(0 - 1) = 1.386",
      cx=lambda: (lf(2) - 2 * lf(1), 2 * np.log(2) - 2 - 2 * (0 - 1))),
    S(34, "valid", "sum_i N_i = N cancels -N + sum_i N_i", ok=lambda r: (lambda Ns: (_st(Ns), Ns.sum() * np.log(Ns.sum()) - (Ns * np.log(Ns)).sum()))(_Ns(r))),
    S(41, "not-an-identity", "Lagrangian F (definition)"),
    S(47, "not-an-identity", "stationarity"),
    S(52, "valid", "differential of F with N, E fixed (constant terms dropped)",
      ok=lambda r: (lambda Ns, a, b, E: (d(lambda t: _fF(np.r_[t, Ns[1:]], a, b, E, 10., 3.), Ns[0]),
                                         d(lambda t: -(np.r_[t, Ns[1:]] * np.log(np.r_[t, Ns[1:]])).sum() - a * np.r_[t, Ns[1:]].sum() - b * (E * np.r_[t, Ns[1:]]).sum(), Ns[0])))(
          _Ns(r), r.normal(), r.normal(), r.normal(size=3))),
    S(53, "invalid", "d(-N_i log N_i) = -(log N_i + 1) dN_i: the -1 is dropped: N_1 = 1, alpha = beta = 0: dF/dN_1 = -1, the row gives -log 1 = 0",
      cx=lambda: (d(lambda t: -t * np.log(t), 1.0), -np.log(1.0))),
    S(54, "invalid", "the same lost -1: dF/dN_i = -log N_i - 1 - alpha - beta E_i; N_i = 1, alpha = beta = 0: -1 vs 0",
      cx=lambda: (d(lambda t: -t * np.log(t), 1.0), -np.log(1.0))),
    S(55, "not-an-identity", "stationarity (= 0)"),
    S(60, "either", "reading A: A_i is any per-state constant (A_i = N_i e^{-beta E_i}), the row says nothing wrong (valid); reading B: A_i = e^{-alpha} "
      "as line 54 = 0 gives: N_i = e^{-alpha} e^{-beta E_i}, the sign of beta E_i is flipped: alpha = 0, beta = 1, E_i = 1: 0.368 vs 2.718",
      ok=lambda r: (lambda N, b, E: (N, (N * np.exp(-b * E)) * np.exp(b * E)))(r.uniform(.5, 5), r.uniform(.2, 2), r.normal()),
      cx=lambda: (np.exp(-1.0), np.exp(1.0))),
    S(68, "not-an-identity", "Gibbs entropy (definition)"),
    S(74, "valid", "P_i = 1/W on W states", ok=lambda r: (lambda W, k: (-k * W * (1 / W) * np.log(1 / W), k * np.log(W)))(float(r.integers(2, 50)), r.uniform(.5, 2))),
    S(82, "valid", "S = k_B ln W (line 74) with line 34's ln W",
      ok=lambda r: (lambda Ns, k: (k * _st(Ns), k * (Ns.sum() * np.log(Ns.sum()) - (Ns * np.log(Ns)).sum())))(_Ns(r), r.uniform(.5, 2))),
    S(82, "valid", "N_i = C exp(-E_i/(k_B T)): sum N_i ln N_i = N ln C - E/(k_B T)",
      ok=lambda r: (lambda C, E, k, T: (lambda Ns: (k * (Ns.sum() * np.log(Ns.sum()) - (Ns * np.log(Ns)).sum()),
                                                 k * Ns.sum() * np.log(Ns.sum()) - k * Ns.sum() * np.log(C) + (E * Ns).sum() / T))(C * np.exp(-E / (k * T))))(
          r.uniform(1, 5), r.normal(size=3), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(92, "not-an-identity", "W (definition)"),
    S(98, "either", "reading A: k_b is k_B (valid: S = k_B ln W); reading B: k_b a different constant: k_b = 1, k_B = 2, W = 2: 0.693 vs 1.386",
      ok=lambda r: (lambda Nn, n, k: (k * np.log(Nn ** n / math.factorial(n)), k * np.log(Nn ** n / math.factorial(n))))(float(r.integers(5, 20)), int(r.integers(1, 4)), r.uniform(.5, 2)),
      cx=lambda: (1 * np.log(2.0), 2 * np.log(2.0))),
    S(102, "valid", "V = N v: dS/dV = (1/v) dS/dN",
      ok=lambda r: (lambda Nn, n, k, v: (d(lambda V: k * (n * np.log(V / v) - math.lgamma(n + 1)), Nn * v), (k / v) * d(lambda t: n * np.log(t) - math.lgamma(n + 1), Nn)))(
          r.uniform(5, 20), float(r.integers(1, 4)), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(102, "valid", "d/dN (n ln N) = n/N and N v = V",
      ok=lambda r: (lambda Nn, n, k, v: ((k / v) * d(lambda t: n * np.log(t) - math.lgamma(n + 1), Nn), k * n / (Nn * v)))(
          r.uniform(5, 20), float(r.integers(1, 4)), r.uniform(.5, 2), r.uniform(.5, 2))),
    S(108, "not-an-identity", "thermodynamic relation"),
    S(114, "not-an-identity", "equation of state (conclusion from physics)"),
]
CLAIMS = [(32, 34, "invalid", "log W = N log N - sum N_i log N_i only asymptotically (Stirling)")]
