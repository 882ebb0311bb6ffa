from common import *
DOC = "15_hf_two_level_oscillator.md"; TIER = 2
TOPIC = "Spanish wiki: two-level system <E> = eps/(e^{beta eps}+1); quantum oscillator Z_1 and <E> = hbar omega (<n> + 1/2)"
NOTES = "<n> = 1/(e^{beta hbar omega} - 1) is defined on the line after the cut"


def two(r):
    return r.uniform(0.2, 3), r.uniform(0.2, 3)   # beta, eps


STEPS = [
    S(6, "valid", "levels 0 and eps", ok=lambda r: (lambda b, e: (np.exp(-b * np.array([0, e])).sum(), 1 + np.exp(-b * e)))(*two(r))),
    S(12, "valid", "mean energy", ok=lambda r: (lambda b, e: ((np.array([0, e]) * np.exp(-b * np.array([0, e]))).sum() / (1 + np.exp(-b * e)),
      e * np.exp(-b * e) / (1 + np.exp(-b * e))))(*two(r))),
    S(12, "valid", "multiply by e^{beta eps}", ok=lambda r: (lambda b, e: (e * np.exp(-b * e) / (1 + np.exp(-b * e)), e / (np.exp(b * e) + 1)))(*two(r))),
    S(21, "not-an-identity", "energy levels", outside_display=True),
    S(23, "not-an-identity", "Z_1 as the sum over levels"),
    S(23, "valid", "geometric series", ok=lambda r: (lambda b, w: (np.exp(-b * w * (np.arange(400) + 0.5)).sum(), np.exp(-b * w / 2) / (1 - np.exp(-b * w))))(*two(r))),
    S(25, "valid", "mean energy of the oscillator", ok=lambda r: (lambda b, w: (
      (w * (np.arange(400) + 0.5) * np.exp(-b * w * (np.arange(400) + 0.5))).sum() / np.exp(-b * w * (np.arange(400) + 0.5)).sum(),
      w * (1 / (np.exp(b * w) - 1) + 0.5)))(*two(r))),
    S(25, "valid", "<n> = 1/(e^{beta hbar omega}-1)", ok=lambda r: (lambda b, w: (w * (1 / (np.exp(b * w) - 1) + 0.5),
      w * ((np.arange(400) * np.exp(-b * w * np.arange(400))).sum() / np.exp(-b * w * np.arange(400)).sum() + 0.5)))(*two(r))),
]
CLAIMS = [(12, 12, "valid", "<E> = eps/(e^{beta eps}+1)"), (23, 25, "valid", "oscillator Z_1 and <E>")]
