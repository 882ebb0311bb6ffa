from common import *
from canon import inst, Q, U, U2, var
DOC = "32_jelly_energy_fluctuations.md"; TIER = 1
TOPIC = "energy fluctuations: <E> = -Z'/Z, <E^2> with a sign slip (-Z''/Z), d<E>/d beta = -sigma^2 = -k T^2 C_V"
NOTES = "Z = sum_i e^{-beta E_i}; C_V = d<E>/dT; beta = 1/(k_B T)"


def g(r):
    E, b, k = inst(r); return E, b, k, 1 / (k * b)


STEPS = [
    S(2, "valid", "Boltzmann average", ok=lambda r: (lambda E, b, k, T: (U(E, b), (E * np.exp(-b * E)).sum() / Q(E, b)))(*g(r))),
    S(2, "valid", "= -Z'/Z", ok=lambda r: (lambda E, b, k, T: (U(E, b), -d(lambda t: Q(E, t), b) / Q(E, b)))(*g(r))),
    S(4, "valid", "Boltzmann average of E^2", ok=lambda r: (lambda E, b, k, T: (U2(E, b), (E * E * np.exp(-b * E)).sum() / Q(E, b)))(*g(r))),
    S(4, "invalid", "Z'' = +sum E^2 e^{-beta E}, so <E^2> = +Z''/Z: E = (0, 1), beta = 0 gives 0.5 vs -0.5",
      cx=lambda: (U2(np.array([0., 1.]), 0.0), -d2(lambda t: Q(np.array([0., 1.]), t), 0.0) / Q(np.array([0., 1.]), 0.0))),
    S(6, "valid", "quotient rule on -Z'/Z", ok=lambda r: (lambda E, b, k, T: (d(lambda t: U(E, t), b),
      -d2(lambda t: Q(E, t), b) / Q(E, b) + (d(lambda t: Q(E, t), b) / Q(E, b)) ** 2))(*g(r))),
    S(6, "valid", "Z''/Z = <E^2>, Z'/Z = -<E>", ok=lambda r: (lambda E, b, k, T: (
      -d2(lambda t: Q(E, t), b) / Q(E, b) + (d(lambda t: Q(E, t), b) / Q(E, b)) ** 2, -(U2(E, b) - U(E, b) ** 2)))(*g(r))),
    S(6, "valid", "= -sigma_E^2", ok=lambda r: (lambda E, b, k, T: (-(U2(E, b) - U(E, b) ** 2), -var(E, b)))(*g(r))),
    S(9, "valid", "chain rule", ok=lambda r: (lambda E, b, k, T: (d(lambda t: U(E, t), b), d(lambda t: 1 / (k * t), b) * d(lambda s: U(E, 1 / (k * s)), T)))(*g(r))),
    S(9, "valid", "dT/d beta = -k T^2, d<E>/dT = C_V", ok=lambda r: (lambda E, b, k, T: (d(lambda t: 1 / (k * t), b) * d(lambda s: U(E, 1 / (k * s)), T),
      -k * T * T * d(lambda s: U(E, 1 / (k * s)), T)))(*g(r))),
    S(11, "valid", "sigma^2 = k T^2 C_V", ok=lambda r: (lambda E, b, k, T: (np.sqrt(var(E, b)), T * np.sqrt(k * d(lambda s: U(E, 1 / (k * s)), T))))(*g(r))),
]
CLAIMS = [(6, 6, "valid", "d<E>/d beta = -sigma^2")]
