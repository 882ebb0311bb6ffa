from h8 import *
import itertools, math
DOC = "41_billy_paramagnet_typ.md"; TIER = 2
TOPIC = "Typst: ideal paramagnet: <S_1>, <M>, Z = (2 cosh beta mu B)^N, U; several slips (a wrong denominator, a lost B, beta for B, a for x)"
NOTES = "E = -mu B sum S_i, S_i = +-1; p = exp(-beta E)/Z"


def _inst(r):
    return r.uniform(.3, 2), r.uniform(.3, 2), r.uniform(.3, 2), int(r.integers(1, 5))  # beta, mu, B, N


def _Z(b, mu, B, N):
    return sum(np.exp(b * mu * B * sum(s)) for s in itertools.product([-1, 1], repeat=N))


def _S1(b, mu, B, N):
    return sum(s[0] * np.exp(b * mu * B * sum(s)) for s in itertools.product([-1, 1], repeat=N)) / _Z(b, mu, B, N)


V = lambda fn: (lambda r: fn(*_inst(r)))
STEPS = [
    S(4, "not-an-identity", "energy (definition)"),
    S(10, "valid", "Boltzmann: -beta E = beta mu B sum S", ok=V(lambda b, mu, B, N: (np.exp(b * mu * B * N) / _Z(b, mu, B, N), np.exp(-b * (-mu * B * N)) / _Z(b, mu, B, N)))),
    S(11, "not-an-identity", "proportionality"),
    S(16, "invalid", "<S_1> = (e^x - e^{-x})/(e^x + e^{-x}), x = beta mu B; the denominator has a minus sign and N for B: beta mu = 1, B = 1, N = 2: "
      "<S_1> = tanh 1 = 0.762, the row gives (e - e^{-1})/(e - e^{-2}) = 0.910",
      cx=lambda: (_S1(1.0, 1.0, 1.0, 2), (np.exp(1) - np.exp(-1)) / (np.exp(1) - np.exp(-2)))),
    S(16, "invalid", "that expression is not tanh(mu B beta): 0.910 vs 0.762 (the slip is undone)",
      cx=lambda: ((np.exp(1) - np.exp(-1)) / (np.exp(1) - np.exp(-2)), np.tanh(1.0))),
    S(22, "valid", "M = mu sum S_i", ok=V(lambda b, mu, B, N: (mu * N * _S1(b, mu, B, N), mu * sum(_S1(b, mu, B, N) for _ in range(N))))),
    S(22, "valid", "<S_i> = tanh(beta mu B)", ok=V(lambda b, mu, B, N: (mu * N * _S1(b, mu, B, N), mu * N * np.tanh(mu * B * b)))),
    S(27, "valid", "Z over 2^N configurations", ok=V(lambda b, mu, B, N: (_Z(b, mu, B, N), sum(np.exp(-b * (-mu * B * sum(s))) for s in itertools.product([-1, 1], repeat=N))))),
    S(28, "valid", "exp of a sum = product of exps", ok=V(lambda b, mu, B, N: (_Z(b, mu, B, N), sum(np.prod([np.exp(b * mu * B * x) for x in s]) for s in itertools.product([-1, 1], repeat=N))))),
    S(30, "invalid", "the factor B is lost: sum_S exp(beta mu B S) = 2 cosh(beta mu B), not 2 cosh(beta mu): beta mu = 1, B = 2, N = 1: 7.52 vs 3.09",
      cx=lambda: (_Z(1.0, 1.0, 2.0, 1), np.exp(1.0) + np.exp(-1.0))),
    S(32, "invalid", "B reappears: (2 cosh(beta mu))^N is not (e^{beta mu B} + e^{-beta mu B})^N: same instance, 3.09 vs 7.52",
      cx=lambda: (np.exp(1.0) + np.exp(-1.0), np.exp(2.0) + np.exp(-2.0))),
    S(33, "valid", "2 cosh", ok=V(lambda b, mu, B, N: ((np.exp(b * mu * B) + np.exp(-b * mu * B)) ** N, (2 * np.cosh(b * mu * B)) ** N))),
    S(38, "valid", "U = -d log Z/d beta (E of line 4)", ok=V(lambda b, mu, B, N: (sum(-mu * B * sum(s) * np.exp(b * mu * B * sum(s)) for s in itertools.product([-1, 1], repeat=N)) / _Z(b, mu, B, N), -d(lambda t: np.log(_Z(t, mu, B, N)), b)))),
    S(38, "valid", "log Z = N log 2 cosh", ok=V(lambda b, mu, B, N: (-d(lambda t: np.log(_Z(t, mu, B, N)), b), -N * d(lambda t: np.log(2 * np.cosh(t * mu * B)), b)))),
    S(39, "valid", "derivative of log cosh", ok=V(lambda b, mu, B, N: (-N * d(lambda t: np.log(2 * np.cosh(t * mu * B)), b), -N * mu * B * np.tanh(b * mu * B)))),
    S(40, "invalid", "-N mu B tanh = -mu B <sum S_i>; the row has beta for B: beta = 1, mu = 1, B = 2, N = 1: -1.928 vs -0.964",
      cx=lambda: (-1 * 1.0 * 2.0 * np.tanh(2.0), -1.0 * 1.0 * np.tanh(2.0))),
    S(47, "either", "reading A: a = beta mu B (undefined in the text, the exponent of line 27): valid; reading B: a another constant: a = 1, beta mu B = 2, N = 1: 3.09 vs 7.52",
      ok=V(lambda b, mu, B, N: (_Z(b, mu, B, N), sum(np.exp((b * mu * B) * sum(s)) for s in itertools.product([-1, 1], repeat=N)))),
      cx=lambda: (2 * np.cosh(1.0), _Z(1.0, 1.0, 2.0, 1))),
    S(48, "valid", "group configurations by the number p of down spins", ok=lambda r: (lambda a, N: (sum(np.exp(a * sum(s)) for s in itertools.product([-1, 1], repeat=N)), sum(math.comb(N, p) * np.exp(a * (N - 2 * p)) for p in range(N + 1))))(r.normal(), int(r.integers(1, 6)))),
    S(53, "invalid", "with p = xN, a(N - 2p) = N a (1 - 2x); the row has a for x: N = 2, a = 1, p = 1: e^0 = 1 vs e^{2(1-2)} = 0.135",
      cx=lambda: (np.exp(1.0 * (2 - 2)), np.exp(2 * 1.0 * (1 - 2 * 1.0)))),
]
CLAIMS = [(27, 33, "valid", "Z = (2 cosh beta mu B)^N end to end (two slips cancel)")]
