"""discrete latent-variable instances: z = (z_1, z_2) in {0,1,2}^2 (or three binary z's), x fixed; p(z, x) a positive table; q factorised"""
from b9 import *


def inst(r, K=3):
    P = r.uniform(.05, 1, (K, K)) * r.uniform(.2, .9)      # p(z1, z2, x) for the observed x; sums to p(x) < 1
    q1, q2 = r.dirichlet(np.ones(K)), r.dirichlet(np.ones(K))
    return P, q1, q2


def elbo(P, q1, q2):
    Q = np.outer(q1, q2); return np.sum(Q * (np.log(P) - np.log(Q)))


def kl_post(P, q1, q2):
    Q = np.outer(q1, q2); post = P / P.sum(); return np.sum(Q * np.log(Q / post))
