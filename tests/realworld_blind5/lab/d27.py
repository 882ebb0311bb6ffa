from common import *
DOC = "27_wexler_harmonic_oscillator.md"; TIER = 2
TOPIC = "quantum harmonic oscillator: q as a geometric series, ln q, U = -d ln q/d beta, Theta_vib (MyST, rows spanning lines)"
NOTES = "E_n = hbar omega (n + 1/2); beta = 1/(k_B T); hbar omega written w below"


def ho(r):
    return r.uniform(.2, 2), r.uniform(.3, 3), r.uniform(.5, 2)     # beta, w = hbar omega, k


def qs(b, w, n=400):
    return sum(np.exp(-b * w * (k + 0.5)) for k in range(n))


def qc(b, w):
    return np.exp(-b * w / 2) / (1 - np.exp(-b * w))


STEPS = [
    S(7, "not-an-identity", "q (definition)"),
    S(8, "valid", "E_n = hbar omega (n + 1/2)", ok=lambda r: (lambda b, w, k: (qs(b, w), sum(np.exp(-b * w * (n + .5)) for n in range(400))))(*ho(r))),
    S(9, "valid", "factor e^{-beta hbar omega/2}", ok=lambda r: (lambda b, w, k: (qs(b, w), np.exp(-b * w / 2) * sum(np.exp(-b * w * n) for n in range(400))))(*ho(r))),
    S(18, "valid", "geometric series (|x| < 1)", ok=lambda r: (lambda x: (sum(x ** n for n in range(2000)), 1 / (1 - x)))(r.uniform(-.9, .9))),
    S(21, "not-an-identity", "x := e^{-beta hbar omega} (substitution)", outside_display=True),
    S(24, "valid", "sum evaluated", ok=lambda r: (lambda b, w, k: (qs(b, w), qc(b, w)))(*ho(r))),
    S(31, "not-an-identity", "inequality (condition)"),
    S(32, "not-an-identity", "inequality"),
    S(33, "not-an-identity", "inequality"),
    S(34, "not-an-identity", "inequality"),
    S(35, "not-an-identity", "inequality"),
    S(48, "valid", "log of q", ok=lambda r: (lambda b, w, k: (np.log(qc(b, w)), -b * w / 2 - np.log(1 - np.exp(-b * w))))(*ho(r)),
      finder_line=47),
    S(56, "valid", "U = -d ln q/d beta (mean energy)", ok=lambda r: (lambda b, w, k: (
      sum(w * (n + .5) * np.exp(-b * w * (n + .5)) for n in range(400)) / qs(b, w), -d(lambda t: np.log(qc(t, w)), b)))(*ho(r))),
    S(56, "valid", "differentiate", ok=lambda r: (lambda b, w, k: (-d(lambda t: np.log(qc(t, w)), b), w / 2 + w / (np.exp(b * w) - 1)))(*ho(r))),
    S(64, "valid", "chain rule for ln(1 - e^{-beta hbar omega})", ok=lambda r: (lambda b, w, k: (d(lambda t: np.log(1 - np.exp(-t * w)), b),
      d(lambda t: 1 - np.exp(-t * w), b) / (1 - np.exp(-b * w))))(*ho(r))),
    S(67, "valid", "d/d beta (1 - e^{-beta w}) = w e^{-beta w}", ok=lambda r: (lambda b, w, k: (d(lambda t: 1 - np.exp(-t * w), b) / (1 - np.exp(-b * w)),
      w * np.exp(-b * w) / (1 - np.exp(-b * w))))(*ho(r))),
    S(67, "valid", "multiply by e^{beta w}", ok=lambda r: (lambda b, w, k: (w * np.exp(-b * w) / (1 - np.exp(-b * w)), w / (np.exp(b * w) - 1)))(*ho(r))),
    S(76, "not-an-identity", "Theta_vib (definition)"),
    S(79, "valid", "beta hbar omega = Theta_vib/T", ok=lambda r: (lambda b, w, k: (b * w, (w / k) / (1 / (k * b))))(*ho(r)), outside_display=True),
    S(82, "valid", "U with Theta_vib/T", ok=lambda r: (lambda b, w, k: (w / 2 + w / (np.exp(b * w) - 1), w / 2 + w / (np.exp((w / k) / (1 / (k * b))) - 1)))(*ho(r))),
    S(82, "valid", "factor k_B Theta_vib = hbar omega", ok=lambda r: (lambda b, w, k: (w / 2 + w / (np.exp(b * w) - 1),
      k * (w / k) * (0.5 + 1 / (np.exp(b * w) - 1))))(*ho(r))),
]
CLAIMS = [(7, 9, "valid", "q = e^{-beta w/2} sum e^{-beta w n}"), (64, 67, "valid", "d ln(1 - e^{-beta w}) = w/(e^{beta w} - 1)")]
