from common import *
DOC = "40_googolxx_ddpm_vlb.md"; TIER = 3
TOPIC = "Hugo post (Chinese): DDPM variational bound split into reconstruction, prior and consistency terms (a log dropped on the telescoped ratio), consistency term as KLs (two rows merged by a missing \\\\)"
NOTES = "forward q Markov; q(x_t|x_{t-1}, x_0) = q(x_{t-1}|x_t, x_0) q(x_t|x_0)/q(x_{t-1}|x_0); rows 169 and 170 form one row (no \\\\ at the end of 169)"
# 1-D instance: x0 = 0, q(x1|x0) = N(0, 0.1), q(x2|x0) = N(0, 0.3) (T = 2): E log[q(x1|x0)/q(x2|x0)] = 1/2 log(0.3/0.1); E[ratio] is infinite
_Elog = 0.5 * np.log(0.3 / 0.1)
STEPS = [
    S(153, "valid", "ELBO"),
    S(154, "valid", "both chains factorized"),
    S(155, "valid", "log of the product split"),
    S(156, "valid", "q(x_t|x_{t-1}, x_0) rewritten by Bayes"),
    S(157, "invalid", "the telescoped ratio sum_t log q(x_{t-1}|x_0)/q(x_t|x_0) = log q(x_1|x_0)/q(x_T|x_0) lost its log: T = 2, x_0 = 0, "
      "q(x_1|x_0) = N(0, 0.1), q(x_2|x_0) = N(0, 0.3): E[log ratio] = 0.5493, E[ratio] is infinite", cx=lambda: (_Elog, np.inf)),
    S(158, "invalid", "checked against row 157 (the slip): row 157's middle term is infinite on the instance, this row's (with the log absorbed) finite",
      cx=lambda: (np.inf, _Elog)),
    S(168, "valid", "expectation over the pair (x_{t-1}, x_t)"),
    S(169, "valid", "q(x_{t-1}, x_t|x_0) = q(x_{t-1}|x_0, x_t) q(x_t|x_0)"),
    S(169, "valid", "inner integral = -KL (second relation of the merged row)"),
    S(171, "valid", "as an expectation"),
]
CLAIMS = [(153, 158, "valid", "VLB = reconstruction + prior matching + consistency, through a row that drops a log")]
