"""Independent brute-force references for the toy_models tests.

Plain Python: itertools.product over states, explicit loops over coordinates, the math
module. Nothing here shares code with toy_models, so agreement means something.
"""
import itertools
import math


def ising_energy(J, h, x):
    d = len(x)
    pair = sum(J[i][j] * x[i] * x[j] for i in range(d) for j in range(d))
    return -0.5 * pair - sum(h[i] * x[i] for i in range(d))


def potts_energy(J, h, x):
    d = len(x)
    pair = sum(J[i][j][x[i]][x[j]] for i in range(d) for j in range(d) if i != j)
    return -0.5 * pair - sum(h[i][x[i]] for i in range(d))


def rbm_joint_energy(W, b, c, v, h):
    nv, nh = len(v), len(h)
    return (-sum(v[i] * W[i][j] * h[j] for i in range(nv) for j in range(nh))
            - sum(b[i] * v[i] for i in range(nv)) - sum(c[j] * h[j] for j in range(nh)))


def rbm_free_energy(W, b, c, v):
    """-log sum_h e^{-E(v,h)} by enumerating h (no softplus)."""
    negs = [-rbm_joint_energy(W, b, c, v, h) for h in itertools.product((0, 1), repeat=len(c))]
    return -log_sum_exp(negs)


def neural_energy(b, W1, c1, w, c, sigma, x):
    d, m, k = len(b), len(c1), len(c)
    f = [math.tanh(sum(x[i] * W1[i][a] for i in range(d)) + c1[a]) for a in range(m)]
    experts = 0.0
    for j in range(k):
        z = sum(w[a][j] * f[a] for a in range(m)) + c[j]
        experts += z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))
    return sum(xi * xi for xi in x) / sigma ** 2 - sum(b[i] * x[i] for i in range(d)) - experts


def log_sum_exp(values):
    m = max(values)
    return m + math.log(math.fsum(math.exp(v - m) for v in values))


def brute_log_partition(energy, values, d):
    """log sum_x e^{-energy(x)} over itertools.product(values, repeat=d)."""
    return log_sum_exp([-energy(x) for x in itertools.product(values, repeat=d)])


def brute_states(values, d):
    return list(itertools.product(values, repeat=d))
