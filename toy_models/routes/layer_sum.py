"""The layer-sum route: an RBM's log Z and moments, enumerating only its smaller layer.

E(v, h) = -v.Wh - b.v - c.h is symmetric in its two layers, so call the smaller one u
(with bias a) and the larger one w (bias g, weights V from u to w). Summing w out,
    Z = sum_u exp(a.u + sum_k softplus(z_k(u))),   z(u) = g + uV,
and E[w_k | u] = sigmoid(z_k(u)). u itself is enumerated in two halves, u = (u_A, u_B),
so z = z_A[a] + z_B[b] is a broadcast sum of two small tables. When every half table
is moderate (the common case) we never call exp per (state, unit): with
T = e^z = e^{z_A} e^{z_B} (a product of two small tables),
    sum_k softplus(z_k) = log prod_k (1 + T_k),   sigmoid(z_k) = T_k / (1 + T_k),
which stays finite because the bound checked below keeps every product below e^600.
Otherwise (large weights) the same sums are taken in the overflow-safe form.
Chunked over rows of u_A: memory ~ CHUNK_ENTRIES doubles whatever the size.
"""
from __future__ import annotations

import numpy as np

from ..validate import route_entry
from ._blas import blas_single_threaded
from .blocked import MAX_B_STATES, half_table, split_sizes

name = "layer_sum"

# Doubles per chunk of the (rows of u_A) x (units of w) x (states of u_B) block: 512 KB.
# u_B has at most MAX_B_STATES states and u_A is generated chunk by chunk (blocked.py
# says why: cache, and staying below OpenBLAS's threading threshold).
CHUNK_ENTRIES = 2 ** 16
# The smaller layer is enumerated: 2^30 of its states is minutes; refuse beyond.
MAX_LAYER_STATES = 2 ** 30
# The product form is used when sum_k max(z_k, 0) + n_w log 2 <= this for every u (so
# prod_k (1 + T_k) <= e^600 < float max e^709), and |z_A|, |z_B| <= SAFE_HALF (so no
# half table under- or overflows into 0 * inf).
SAFE_LOG_PRODUCT = 600.0
SAFE_HALF = 300.0


def _softplus(z):
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _block(zA_c, zB, eA_c, eB, n_w, product_form):
    """sum_k softplus(z) (rows, nB) and sigmoid(z) (rows, n_w, nB) for z = zA_c + zB."""
    if product_form:
        t = eA_c[:, :, None] * eB[None, :, :]  # e^z, (rows, n_w, nB)
        one_plus = t + 1.0
        log_prod = np.log(np.prod(one_plus, axis=1))
        np.divide(t, one_plus, out=t)
        return log_prod, t
    z = zA_c[:, :, None] + zB[None, :, :]
    return _softplus(z).sum(axis=1), _sigmoid(z)


@blas_single_threaded
def rbm_moments(W, b, c, chunk_entries: int = CHUNK_ENTRIES, max_b_states: int = MAX_B_STATES):
    """log Z, E[v h^T], E[v], E[h] of the binary RBM E(v, h) = -v.Wh - b.v - c.h (exact)."""
    W, b, c = (np.asarray(x, dtype=np.float64) for x in (W, b, c))
    swap = W.shape[0] > W.shape[1]  # enumerate the smaller layer
    V, a, g = (W.T, c, b) if swap else (W, b, c)
    n_u, n_w = V.shape
    kA, kB = split_sizes(n_u, 2, max_b_states)
    UB = half_table((0.0, 1.0), kB)
    V_a, a_a = V[:kA], a[:kA]
    zB = np.ascontiguousarray((UB @ V[kA:]).T)  # (n_w, nB)
    aB = UB @ a[kA:]
    # Over binary u_A, z_A = g + u_A V_a ranges over [g + sum of negative V, g + sum of positive V]
    zA_max = g + np.maximum(V_a, 0.0).sum(axis=0)
    zA_min = g + np.minimum(V_a, 0.0).sum(axis=0)
    bound = np.maximum(zA_max + zB.max(axis=1), 0.0).sum() + n_w * np.log(2)
    half_max = max(np.abs(zA_max).max(), np.abs(zA_min).max(), np.abs(zB).max())
    product_form = bound <= SAFE_LOG_PRODUCT and half_max <= SAFE_HALF
    eB = np.exp(zB) if product_form else None
    nB = UB.shape[0]
    UB1 = np.hstack([UB, np.ones((nB, 1))])  # ones column: the sums over u_B for free
    rows = max(1, chunk_entries // (n_w * nB))
    n_a = 2 ** kA

    m, s = -np.inf, 0.0
    sum_u, sum_uw, sum_w = np.zeros(n_u), np.zeros((n_u, n_w)), np.zeros(n_w)
    for start in range(0, n_a, rows):
        ua = half_table((0.0, 1.0), kA, start, min(start + rows, n_a))
        zA = g + ua @ V_a  # (rows, n_w), the bias g goes with half A
        log_prod, sig = _block(zA, zB, np.exp(zA) if product_form else None, eB, n_w, product_form)
        neg_free = log_prod + (ua @ a_a)[:, None] + aB[None, :]  # -F(u), (rows, nB)
        new_m = max(m, float(neg_free.max()))
        if new_m > m:
            scale = np.exp(m - new_m)
            s, sum_u, sum_uw, sum_w = s * scale, sum_u * scale, sum_uw * scale, sum_w * scale
            m = new_m
        p = np.exp(neg_free - m)  # (rows, nB)
        # sum_b p[a,b] sig[a,k,b] (u_B(b), 1): one batched product per chunk, (rows, n_w, kB + 1)
        sw = np.matmul(sig, p[:, :, None] * UB1[None, :, :])
        pu = p @ UB1  # (rows, kB + 1): sum_b p u_B, and the row sums
        r = pu[:, -1]
        s += r.sum()
        sum_u += np.concatenate([r @ ua, pu[:, :-1].sum(axis=0)])
        sum_uw[:kA] += ua.T @ sw[:, :, -1]
        sum_uw[kA:] += sw[:, :, :-1].sum(axis=0).T
        sum_w += sw[:, :, -1].sum(axis=0)
    e_u, e_uw, e_w = sum_u / s, sum_uw / s, sum_w / s
    log_z = float(m + np.log(s))
    if swap:  # u was the hidden layer
        return log_z, e_uw.T, e_w, e_u
    return log_z, e_uw, e_u, e_w


# -- the route protocol (toy_models.routes) ----------------------------------------------
def applies(model) -> bool:
    from ..models import RBM
    return type(model) is RBM and 2 ** min(model.n_visible, model.n_hidden) <= MAX_LAYER_STATES


@route_entry
def log_partition_and_negative_phase(model):
    """log Z and E_P[dF/dΘ] = {"W": -E[v h^T], "b": -E[v], "c": -E[h]} (free-energy form)."""
    p = model.params
    log_z, vh, v, h = rbm_moments(p["W"], p["b"], p["c"])
    return log_z, {"W": -vh, "b": -v, "c": -h}


def log_partition(model) -> float:
    return log_partition_and_negative_phase(model)[0]
