from vi import *
DOC = "31_jimmy_kl_variational.md"; TIER = 1
TOPIC = "GitBook notes (kramdown $$ inline and display): KL >= 0, the Gibbs variational bound log Z >= H(q) + <phi>_q, posterior KL and the ELBO; a Bayes slip"
NOTES = "p(x) = e^{phi(x)}/Z (line 13, an energy-based model with energy -phi); <.>_q expectations; in the second part z is latent and x observed; 'p(z.x)' on line 28 is a typo for p(z,x)"


def _m(r, K=5):
    phi = r.normal(size=K); Zv = np.exp(phi).sum(); q = r.dirichlet(np.ones(K)); return phi, Zv, q


STEPS = [
    S(5, "not-an-identity", "KL (definition)"),
    S(5, "valid", "log of a quotient", ok=lambda r: (lambda phi, Zv, q: (np.sum(np.log(q / (np.exp(phi) / Zv)) * q), np.sum(q * np.log(q)) - np.sum(q * (phi - np.log(Zv)))))(*_m(r))),
    S(5, "valid", "Gibbs inequality", ok=lambda r: (lambda phi, Zv, q: (float(np.sum(q * np.log(q)) - np.sum(q * (phi - np.log(Zv))) >= 0), 1.0))(*_m(r))),
    S(13, "not-an-identity", "the model p = e^phi/Z (definition)"),
    S(17, "valid", "log of a quotient", ok=lambda r: (lambda phi, Zv, q: (np.sum(q * np.log(q / (np.exp(phi) / Zv))), np.sum(q * np.log(q)) - np.sum(q * np.log(np.exp(phi) / Zv))))(*_m(r))),
    S(17, "valid", "log p = phi - log Z", ok=lambda r: (lambda phi, Zv, q: (np.sum(q * np.log(q)) - np.sum(q * np.log(np.exp(phi) / Zv)), np.sum(q * np.log(q)) - np.sum(q * phi) + np.log(Zv)))(*_m(r))),
    S(21, "valid", "KL >= 0 rearranged", ok=lambda r: (lambda phi, Zv, q: (float(np.log(Zv) >= -np.sum(q * np.log(q)) + np.sum(q * phi) - 1e-12), 1.0))(*_m(r))),
    S(28, "valid", "Bayes (the marginal in the denominator)", ok=lambda r: (lambda P: (P[0, 0] / P.sum(), P[0, 0] / P.sum()))(inst(r)[0])),
    S(28, "invalid", "p(z,x)/p(x) written p(z|x)/p(x): p(x) = 0.5, p(z|x) = 0.4: p(z|x) = 0.4 but p(z|x)/p(x) = 0.8",
      cx=lambda: (0.4, 0.4 / 0.5)),
    S(33, "valid", "p(z|x) = p(z,x)/p(x) in the KL", ok=lambda r: (lambda P, q1, q2: (kl_post(P, q1, q2), np.sum(np.outer(q1, q2) * np.log(np.outer(q1, q2) / (P / P.sum())))))(*inst(r))),
    S(34, "valid", "log of a quotient; int q = 1", ok=lambda r: (lambda P, q1, q2: (kl_post(P, q1, q2), np.sum(np.outer(q1, q2) * np.log(np.outer(q1, q2))) - np.sum(np.outer(q1, q2) * np.log(P)) + np.log(P.sum())))(*inst(r))),
    S(35, "valid", "integrals as expectations", ok=lambda r: (lambda P, q1, q2: (kl_post(P, q1, q2), np.sum(np.outer(q1, q2) * np.log(np.outer(q1, q2))) - np.sum(np.outer(q1, q2) * np.log(P)) + np.log(P.sum())))(*inst(r))),
    S(41, "valid", "line 35 rearranged for log p(x)", ok=lambda r: (lambda P, q1, q2: (np.log(P.sum()), np.sum(np.outer(q1, q2) * np.log(P)) - np.sum(np.outer(q1, q2) * np.log(np.outer(q1, q2))) + kl_post(P, q1, q2)))(*inst(r))),
    S(42, "valid", "one expectation", ok=lambda r: (lambda P, q1, q2: (np.log(P.sum()), elbo(P, q1, q2) + kl_post(P, q1, q2)))(*inst(r))),
]
CLAIMS = [(41, 42, "valid", "log p(x) = ELBO + KL(q || p(z|x))")]
