from common import *
DOC = "17_tsyw_em_elbo.md"; TIER = 3
TOPIC = "Chinese whiteboard notes: EM update, monotonicity proof inside a blockquote (Left:/Right: labels in the display), log p = ELBO + KL, argmax chain, Jensen bound and its equality case"
NOTES = "Q(theta, theta^t) = int p(z|x,theta^t) log p(x,z|theta) dz; H(theta, theta^t) = int p(z|x,theta^t) log p(z|x,theta) dz (row 20); ELBO names the first integral of row 46; KL(q, p) = int q log(q/p); p(x,z|theta) = C q(z) at equality (prose row 65)"
def _r5_ok(r):
    q = r.dirichlet(np.ones(3)); lp = np.log(r.dirichlet(np.ones(3)))
    return np.sum(lp * q), np.sum(q * lp)
STEPS = [
    S(5, "not-an-identity", "EM update theta^{t+1} defined"),
    S(5, "either", "reading A: the `=` relates the integral inside the argmax to the expectation E_{z|x,theta^t}[log p(x,z|theta)] (valid: the same integral); reading B: theta^{t+1} (the argmax) = the expectation: Bernoulli z, one data point: theta^{t+1} is a parameter value, the expectation a log-probability (e.g. argmax 0.5 vs expectation -1.386)",
      ok=_r5_ok, cx=lambda: (0.5, 2 * 0.5 * np.log(0.25))),
    S(16, "valid", "log p(x|theta) is constant in z, int p(z|x) dz = 1"),
    S(20, "not-an-identity", "Q and H named"),
    S(25, "valid", "log p(x|theta) = log p(z,x|theta) - log p(z|x,theta) integrated against p(z|x,theta^t)"),
    S(29, "valid", "H written out at theta^{t+1} and theta^t"),
    S(30, "valid", "difference of logs"),
    S(30, "valid", "= -KL(p(z|x,theta^t), p(z|x,theta^{t+1}))"),
    S(30, "valid", "KL >= 0"),
    S(35, "valid", "Q increases (argmax, row 5) and H decreases (row 30)"),
    S(40, "valid", "Bayes: p(x) = p(z,x)/p(z|x)"),
    S(40, "valid", "q(z) inserted in both logs"),
    S(45, "valid", "Left: int q log p(x) dz = log p(x)"),
    S(46, "valid", "Right: first integral named ELBO, -int q log(p(z|x)/q) = KL(q, p(z|x))"),
    S(51, "not-an-identity", "theta^ defined as the argmax of the ELBO"),
    S(51, "valid", "ELBO written out"),
    S(55, "not-an-identity", "theta^ defined as the argmax of the ELBO"),
    S(55, "valid", "ELBO written out"),
    S(55, "valid", "q = p(z|x, theta^t) (prose row 53)"),
    S(56, "valid", "the theta-free -int p log p(z|x,theta^t) dropped from the argmax"),
    S(62, "valid", "marginal"),
    S(62, "valid", "multiplied and divided by q"),
    S(63, "valid", "integral as an expectation"),
    S(63, "valid", "Jensen (log concave)"),
    S(67, "valid", "p(x,z|theta) = C q(z) (prose row 65)"),
    S(67, "valid", "int p(x,z|theta) dz = p(x|theta)"),
    S(67, "valid", "int q = 1"),
    S(68, "valid", "q = p(x,z|theta)/C with C = p(x|theta)"),
    S(68, "valid", "Bayes"),
]
CLAIMS = [(40, 46, "valid", "log p(x|theta) = ELBO + KL(q || p(z|x,theta))")]
