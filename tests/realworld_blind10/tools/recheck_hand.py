"""python tools/recheck_hand.py: numeric rechecks, written after the scoring run, of the nine steps the checker
judged invalid where the key says valid (RECHECK_FALSE.txt). numpy only; the key is not changed."""
import itertools
import numpy as np
rng = np.random.default_rng(2026)
sig = lambda t: 1 / (1 + np.exp(-t))
def states(n): return [np.array(s, float) for s in itertools.product([0, 1], repeat=n)]
def rbm(nv=2, nh=2):
    return rng.normal(size=(nh, nv)), rng.normal(size=nv), rng.normal(size=nh)
def joint(W, a, b):
    V, H = states(W.shape[1]), states(W.shape[0])
    w = {(tuple(v), tuple(h)): np.exp(h @ W @ v + a @ v + b @ h) for v in V for h in H}
    Z = sum(w.values()); return {k: x / Z for k, x in w.items()}, V, H
def logpv(W, a, b, v):
    P, V, H = joint(W, a, b); return np.log(sum(P[(tuple(v), tuple(h))] for h in H))
out = []
# 14:110  d/dw_ij log p(v) = sum_h p(h|v) h_i v_j - sum_{h,v} p(h,v) h_i v_j   (theta = w_ij, list item "w_ij:")
W, a, b = rbm(); v = np.array([1.0, 0.0]); i, j = 0, 0; eps = 1e-6
Wp, Wm = W.copy(), W.copy(); Wp[i, j] += eps; Wm[i, j] -= eps
lhs = (logpv(Wp, a, b, v) - logpv(Wm, a, b, v)) / (2 * eps)
P, V, H = joint(W, a, b); pv = sum(P[(tuple(v), tuple(h))] for h in H)
rhs = sum(P[(tuple(v), tuple(h))] / pv * h[i] * v[j] for h in H) - sum(P[(tuple(vv), tuple(h))] * h[i] * vv[j] for vv in V for h in H)
out.append(f"14:110 theta = w_ij: lhs {lhs:.6f} rhs {rhs:.6f}; literal theta not in E: lhs 0 vs rhs {rhs:.6f}")
# 14:120  sum p(h,v) h_i v_j = sum p(v) p(h|v) h_i v_j = sum_v p(v) p(h_i=1|v) v_j   (p(v) the model marginal)
W, a, b = rbm(2, 1); P, V, H = joint(W, a, b); i, j = 0, 0
pv = {tuple(v): sum(P[(tuple(v), tuple(h))] for h in H) for v in V}
t1 = sum(P[(tuple(v), tuple(h))] * h[i] * v[j] for v in V for h in H)
t2 = sum(pv[tuple(v)] * (P[(tuple(v), tuple(h))] / pv[tuple(v)]) * h[i] * v[j] for v in V for h in H)
t3 = sum(pv[tuple(v)] * sig(W[i] @ v + b[i]) * v[j] for v in V)
out.append(f"14:120 model marginal p(v): {t1:.6f} = {t2:.6f} = {t3:.6f}")
# 15:10  p(x) = p(h,v) (row 2) = exp(h^T w v) exp(a^T v) exp(b^T h)/Z = products over entries / Z
W, a, b = rbm(3, 2); v = np.array([1.0, 0, 1]); h = np.array([0.0, 1])
lhs = np.exp(h @ W @ v) * np.exp(a @ v) * np.exp(b @ h)
rhs = np.prod([np.exp(h[i] * W[i, j] * v[j]) for i in range(2) for j in range(3)]) * np.prod(np.exp(a * v)) * np.prod(np.exp(b * h))
out.append(f"15:10 (without the common 1/Z): {lhs:.6f} vs {rhs:.6f}")
# 29:32
s = "HHHTHTTHHHHHT"; nH, nT = s.count("H"), s.count("T"); th = rng.uniform(0, 1, 5)
out.append(f"29:32 sequence {s}: n_H = {nH}, n_T = {nT}; theta^nH (1-theta)^nT - theta^9 (1-theta)^4 max |diff| = {np.max(np.abs(th**nH*(1-th)**nT - th**9*(1-th)**4)):.1e}")
# 36:11
out.append(f"36:11 base 2 (declared in the prose: 'we will always use base-2 logarithms ... omit the subscript 2'): -log2(1/2^4) = {-np.log2(1/2**4):.6f}; natural log would give {-np.log(1/2**4):.6f}")
# 37:23, 37:27 (sigma = (1+e^{-z})^{-1} is a value written before the display)
z = rng.normal(size=4) * 2; e = 1e-6
ds = (sig(z + e) - sig(z - e)) / (2 * e)
out.append(f"37:23 sigma' numeric {np.round(ds, 6)} vs -(1+e^-z)^-2 (-e^-z) {np.round(-(1+np.exp(-z))**-2 * (-np.exp(-z)), 6)}")
out.append(f"37:27 1/(1+e^-z) e^-z/(1+e^-z) {np.round(1/(1+np.exp(-z)) * np.exp(-z)/(1+np.exp(-z)), 6)} vs sigma*(1-sigma) {np.round(sig(z)*(1-sig(z)), 6)}; as sigma applied to (1-sigma): {np.round(sig(1-sig(z)), 6)}")
# 62:69, 62:70 (y_i labels, numbers in {0,1}; also any real y)
X = rng.normal(size=(5, 3)); w = rng.normal(size=3); E = np.exp(X @ w); P = E / (1 + E); q = 1 / (1 + E)
for y in (rng.integers(0, 2, 5).astype(float), rng.normal(size=5)):
    r91 = np.sum(y * np.log(P) + np.log(q) - y * np.log(q)); r92 = np.sum(y * (np.log(P) - np.log(q)) + np.log(q)); r93 = np.sum(y * np.log(E) - np.log(1 + E))
    out.append(f"62:69/70 y = {np.round(y, 3)}: rows 91, 92, 93 = {r91:.6f}, {r92:.6f}, {r93:.6f}")
print("\n".join(out))
