from common import *
DOC = "32_thinkwee_kl_elbo.md"; TIER = 1
TOPIC = "Hexo post: KL(q || posterior) = KL(q || p(x,z)) + log p(x), ELBO rows (a sign slip), log p = ELBO + KL"
NOTES = "KL(q || p(x,z)) = int q log(q/p(x,z)) with an unnormalized second argument; ELBO = -KL(q || p(x,z)) (row 367); `log (z|theta)` in rows 333/337 lacks its p"
_q = np.array([0.5, 0.5]); _pxz = np.array([0.3, 0.1]); _pz = np.array([0.4, 0.6])
STEPS = [
    S(329, "valid", "KL written out"),
    S(333, "either", "reading A: log (z|theta) is log p(z|theta) with the p dropped (valid: Bayes); reading B: (z|theta) a quantity of its own, "
      "e.g. read as 1 (log 0): q = (0.5, 0.5), p(x|z)p(z) = (0.3, 0.1), p(z) = (0.4, 0.6): row 329 = 0.1438, the row with log p(z) read as 0 gives -0.5697",
      ok=lambda r: (lambda q, pz, pxz: (np.sum(q * (np.log(q) - np.log(pxz / pxz.sum()))), np.sum(q * (np.log(q) - np.log(pxz / pz) - np.log(pz) + np.log(pxz.sum())))))(r.dirichlet([1, 1, 1]), r.dirichlet([1, 1, 1]), r.uniform(0.05, 0.3, 3)),
      cx=lambda: (np.sum(_q * (np.log(_q) - np.log(_pxz / _pxz.sum()))), np.sum(_q * (np.log(_q) - np.log(_pxz / _pz) - 0.0 + np.log(_pxz.sum()))))),
    S(337, "valid", "log p(x) out of the integral (int q = 1)", cross_display=True),
    S(341, "valid", "p(x|z) p(z) = p(x,z)", cross_display=True),
    S(345, "valid", "the integral named KL(q || p(x,z))", cross_display=True),
    S(351, "valid", "rearranged"),
    S(361, "valid", "ELBO = log p(x) - KL(q || p(z|x)) at theta_{t-1}"),
    S(367, "not-an-identity", "ELBO = -KL(q || p(x,z)) (definition)"),
    S(371, "valid", "KL written out with the minus sign", cross_display=True),
    S(375, "invalid", "the integral's first term changed sign: -int [q log p(x,z) - q log q] dz = -(row 371): q = (0.5, 0.5), p(x,z) = (0.3, 0.1): "
      "row 371 = -1.0601, this row 1.0601", cx=lambda: (np.sum(_q * (np.log(_pxz) - np.log(_q))), -np.sum(_q * np.log(_pxz) - _q * np.log(_q))), cross_display=True),
    S(381, "not-an-identity", "M step (definition of theta_t)"),
    S(515, "valid", "log p(x) = log p(x,z) - log p(z|x)"),
    S(516, "valid", "divide both by q(z)"),
    S(517, "valid", "log of a ratio split"),
    S(524, "valid", "expectation under q of row 517 (row 523's `=` has its right side here)"),
    S(525, "valid", "ELBO and KL named"),
]
CLAIMS = [(367, 375, "invalid", "ELBO = -int q log p(x,z) - q log q")]
