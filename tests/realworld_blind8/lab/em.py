"""a latent-variable model on a grid of theta: P(Y=y_obs, Z=z | theta) for z in {0,1,2} (the rest of the mass on other y)"""
from b9 import *

TH = np.linspace(-2, 2, 2001)


def model(r, K=3):
    a, b, c = r.normal(size=K), r.normal(size=K), -r.uniform(.2, 1, K)
    g = lambda t: np.exp(a + b * t + c * t * t)
    h = lambda t: np.exp(r.normal() * 0 + 1.0 + 0.3 * t)
    joint = lambda t: g(t) / (g(t).sum() + h(t))          # P(Y, Z=z | t), sums to < 1 over z
    return joint


def post(joint, t):
    j = joint(t); return j / j.sum()


def Hb(joint, t, Q):                                       # sum_Z Q log(P(Y,Z|t)/Q)
    return np.sum(Q * np.log(joint(t) / Q))
