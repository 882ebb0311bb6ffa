"""DDPM identities on a finite chain: x_0..x_T in {0,1}, q forward Markov kernels, p_theta reverse kernels (all random)"""
from b9 import *
import itertools


def chain(r, T=3, K=2):
    q0 = r.uniform(.2, 1, K); q0 /= q0.sum()
    Q = [None] + [r.dirichlet(np.ones(K), size=K) for _ in range(T)]      # Q[t][x_{t-1}, x_t]
    pT = r.dirichlet(np.ones(K))
    P = [None] + [r.dirichlet(np.ones(K), size=K) for _ in range(T)]      # P[t][x_t, x_{t-1}] = p(x_{t-1}|x_t)
    return q0, Q, pT, P, T, K


def paths(T, K):
    return [np.array(s) for s in itertools.product(range(K), repeat=T + 1)]


def q_joint(x, q0, Q):
    v = q0[x[0]]
    for t in range(1, len(x)):
        v *= Q[t][x[t - 1], x[t]]
    return v


def q_cond(x, Q):                                      # q(x_{1:T}|x_0)
    v = 1.0
    for t in range(1, len(x)):
        v *= Q[t][x[t - 1], x[t]]
    return v


def p_joint(x, pT, P):
    T = len(x) - 1; v = pT[x[T]]
    for t in range(1, T + 1):
        v *= P[t][x[t], x[t - 1]]
    return v


def q_t_given_0(t, a, b, Q, K):                        # q(x_t=b|x_0=a)
    M = np.eye(K)
    for s in range(1, t + 1):
        M = M @ Q[s]
    return M[a, b]
