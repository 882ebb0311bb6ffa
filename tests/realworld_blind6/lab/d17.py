from common import *
DOC = "17_hf_partition_examples.md"; TIER = 2
TOPIC = "Spanish wiki: two-level Z, <E>, Schottky C_V; factorisation Z_AB = Z_A Z_B; Einstein solid Z = Z_1^N; Z_1^N/N!"
NOTES = "beta = 1/(k_B T); C_V = d<E>/dT; independent subsystems have product states"


def two(r):
    return r.uniform(0.2, 3), r.uniform(0.2, 3), r.uniform(0.5, 2)   # beta, eps, k_B


def Et(b, e):
    return e * np.exp(-b * e) / (1 + np.exp(-b * e))


def AB(r):
    return r.uniform(-1, 2, 3), r.uniform(-1, 2, 4), r.uniform(0.3, 2)


STEPS = [
    S(5, "valid", "levels 0 and eps", ok=lambda r: (lambda b, e, k: (np.exp(-b * np.array([0, e])).sum(), 1 + np.exp(-b * e)))(*two(r))),
    S(7, "valid", "mean energy", ok=lambda r: (lambda b, e, k: ((np.array([0, e]) * np.exp(-b * np.array([0, e]))).sum() / (1 + np.exp(-b * e)), Et(b, e)))(*two(r))),
    S(7, "valid", "C_V = d<E>/dT", ok=lambda r: (lambda b, e, k: (d(lambda T: Et(1 / (k * T), e), 1 / (k * b)),
      k * (e * b) ** 2 * np.exp(-b * e) / (1 + np.exp(-b * e)) ** 2))(*two(r))),
    S(9, "not-an-identity", "location of the Schottky peak (approximate)", outside_display=True),
    S(13, "not-an-identity", "H = H_A + H_B (assumption)", outside_display=True),
    S(15, "valid", "factorisation", ok=lambda r: (lambda a, c, b: (np.exp(-b * (a[:, None] + c[None, :])).sum(), np.exp(-b * a).sum() * np.exp(-b * c).sum()))(*AB(r))),
    S(17, "valid", "sum over product states", ok=lambda r: (lambda a, c, b: (np.exp(-b * (a[:, None] + c[None, :])).sum(),
      sum(np.exp(-b * (x + y)) for x in a for y in c)))(*AB(r)), outside_display=True),
    S(17, "valid", "the double sum factorises", ok=lambda r: (lambda a, c, b: (sum(np.exp(-b * (x + y)) for x in a for y in c),
      np.exp(-b * a).sum() * np.exp(-b * c).sum()))(*AB(r)), outside_display=True),
    S(19, "valid", "N independent oscillators (N = 2, 3 enumerated)", ok=lambda r: (lambda b, w, N: (
      (lambda z1: sum(np.exp(-b * w * (np.array(s) + 0.5).sum()) for s in __import__('itertools').product(range(60), repeat=N)))(0),
      (np.exp(-b * w / 2) / (1 - np.exp(-b * w))) ** N))(r.uniform(0.8, 2), r.uniform(0.5, 2), int(r.integers(2, 4))), outside_display=True),
    S(19, "valid", "one oscillator", ok=lambda r: (lambda b, w: (np.exp(-b * w * (np.arange(400) + 0.5)).sum(), np.exp(-b * w / 2) / (1 - np.exp(-b * w))))(
      r.uniform(0.3, 2), r.uniform(0.3, 2)), outside_display=True),
    S(23, "not-an-identity", "classical indistinguishable particles: Z_N = Z_1^N/N! (a convention / classical limit)"),
]
CLAIMS = [(5, 7, "valid", "two-level Z, <E>, C_V"), (15, 17, "valid", "Z_AB = Z_A Z_B")]
