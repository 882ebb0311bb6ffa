"""The layer-sum route against brute force over the JOINT (v, h) space of small RBMs.

Tolerance 1e-10 relative (normwise): both sides are float64 sums of <= 2^12 terms.
"""
import itertools

import numpy as np
import pytest

from toy_models.routes.layer_sum import rbm_moments

RTOL = 1e-10


def rel(a, b):
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


def brute_joint(W, b, c):
    """Loop over every (v, h): log Z, E[v h^T], E[v], E[h] (the independent reference)."""
    nv, nh = W.shape
    pairs = [(np.array(v), np.array(h)) for v in itertools.product((0.0, 1.0), repeat=nv)
             for h in itertools.product((0.0, 1.0), repeat=nh)]
    negs = np.array([v @ W @ h + b @ v + c @ h for v, h in pairs])
    m = negs.max()
    w = np.exp(negs - m)
    s = w.sum()
    vh = sum(wi * np.outer(v, h) for wi, (v, h) in zip(w, pairs)) / s
    ev = sum(wi * v for wi, (v, h) in zip(w, pairs)) / s
    eh = sum(wi * h for wi, (v, h) in zip(w, pairs)) / s
    return m + np.log(s), vh, ev, eh


@pytest.mark.parametrize("nv,nh", [(1, 1), (2, 5), (5, 2), (4, 4), (3, 8), (7, 4)])
@pytest.mark.parametrize("scale", [1.0, 400.0])  # 400: the overflow-safe (non-product) form
def test_matches_joint_brute_force(rng, nv, nh, scale):
    W = rng.normal(size=(nv, nh)) * scale
    b = rng.normal(size=nv) * scale
    c = rng.normal(size=nh) * scale
    ref = brute_joint(W, b, c)
    # tiny chunks exercise the running-maximum rescale; max_b_states=2 a lopsided split
    for chunk, max_b in ((5, 2 ** 12), (2 ** 16, 2 ** 12), (3, 2)):
        got = rbm_moments(W, b, c, chunk_entries=chunk, max_b_states=max_b)
        assert abs(got[0] - ref[0]) <= RTOL * max(1.0, abs(ref[0]))
        for g, r in zip(got[1:], ref[1:]):
            assert np.all(np.isfinite(g))
            if np.max(np.abs(r)) > 0:
                assert rel(g, r) <= RTOL


def test_swapped_layers_give_transposed_moments(rng):
    W, b, c = rng.normal(size=(3, 6)), rng.normal(size=3), rng.normal(size=6)
    a = rbm_moments(W, b, c)
    t = rbm_moments(W.T, c, b)
    assert abs(a[0] - t[0]) <= RTOL * abs(a[0])
    assert rel(a[1], t[1].T) <= RTOL and rel(a[2], t[3]) <= RTOL and rel(a[3], t[2]) <= RTOL


def test_wrong_weights_are_detected(rng):
    W, b, c = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    ref = brute_joint(W, b, c)
    W[1, 2] += 0.1
    assert abs(rbm_moments(W, b, c)[0] - ref[0]) > 1e-6


def test_one_hidden_unit_closed_form_far_beyond_enumeration(rng):
    # n_v = 40 visible (2^40 states): with one hidden unit, summing v out analytically,
    # Z = prod_i (1 + e^{b_i}) + e^c prod_i (1 + e^{b_i + W_i}); its gradient by autograd.
    import autograd
    import autograd.numpy as anp

    n_v = 40
    W, b, c = rng.normal(size=(n_v, 1)) * 0.5, rng.normal(size=n_v) * 0.5, rng.normal(size=1)

    def log_z(W, b, c):
        return anp.logaddexp(anp.sum(anp.logaddexp(0.0, b)),
                             c[0] + anp.sum(anp.logaddexp(0.0, b + W[:, 0])))

    got = rbm_moments(W, b, c)
    dW, db, dc = (autograd.grad(log_z, k)(W, b, c) for k in range(3))
    assert abs(got[0] - log_z(W, b, c)) <= RTOL * abs(got[0])
    # d log Z / dW = E[v h^T], / db = E[v], / dc = E[h]
    assert rel(got[1], dW) <= RTOL and rel(got[2], db) <= RTOL and rel(got[3], dc) <= RTOL
