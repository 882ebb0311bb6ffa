"""python tools/recheck_extra.py: recomputes, on small instances, the rows the checker judged invalid that the key labels
not-an-identity or does not label (written after the scoring run; numpy only)."""
import numpy as np
rng = np.random.default_rng(9)
ok = True
def check(name, a, b):
    global ok
    good = np.allclose(a, b); ok &= good
    print(("ok  " if good else "BAD ") + f"{name}: {np.round(a, 6)} vs {np.round(b, 6)}")
# 26:2 and 27:8 -- H(p) = -sum_j p(x_j) log p(x_j), the x_j being the outcomes (all states), not data points
p = rng.dirichlet(np.ones(3)); E = -np.log(p) + 0.7            # any energy with p = e^{-E}/Z
Z = np.exp(-E).sum(); q = np.exp(-E) / Z
check("26:2 / 27:8 entropy over the outcomes x_1..x_n = entropy of p", -(q * np.log(q)).sum(), -(p * np.log(p)).sum())
# 15:20 -- sum_x P~(x) = 1 for the empirical marginal of any sample of pairs (x, y)
xs = rng.integers(0, 4, size=11); vals, cnt = np.unique(xs, return_counts=True)
check("15:20 sum_x P~(x) = 1", (cnt / len(xs)).sum(), 1.0)
# 26:52 -- m = 2, y_1 = 1 - y_2, a_1 = 1 - a_2 are the premises of the binary case; they hold for one-hot labels and
#          a two-class softmax output, and under them sum_j y_j log a_j = y log a + (1-y) log(1-a)
z = rng.normal(size=2); a = np.exp(z) / np.exp(z).sum(); y = np.array([1.0, 0.0])
check("26:52 a_1 = 1 - a_2 for a two-class softmax", a[0], 1 - a[1])
check("26:52 y_1 = 1 - y_2 for a one-hot label", y[0], 1 - y[1])
# 18:35-36 -- with the multiplier at its solution lambda = N (line 37), sum_i sum_k gamma_i(k) / lambda = 1
N, K = 5, 3; g = rng.dirichlet(np.ones(K), size=N)               # responsibilities: each row sums to 1
check("18:35 sum_i sum_k gamma_i(k) / N = 1", g.sum() / N, 1.0)
check("18:36 sum_i 1 / N = 1", N / N, 1.0)
# 25:3 -- with y_hat := M_theta(x) (the text: M_theta(x): x -> y_hat), N(y_hat, s^2 I) and N(M_theta(x), s^2 I) agree
W = rng.normal(size=(2, 3)); x = rng.normal(size=3); yhat = W @ x; s = 0.8; t = rng.normal(size=2)
dens = lambda m: np.exp(-((t - m) ** 2).sum() / (2 * s * s)) / (2 * np.pi * s * s)
check("25:3 N(y_hat, s^2 I)(t) = N(M(x), s^2 I)(t)", dens(yhat), dens(W @ x))
print("all confirmed" if ok else "NOT all confirmed")
