from common import *
DOC = "02_young_elbo_cavi.md"; TIER = 1
TOPIC = "Hugo post: KL(q||p(z|x)) and the ELBO (a KL with its sign flipped, a stray log), CAVI argmax chain"
NOTES = "\\texttt{ELBO}; =: defines ELBO; \\_ escapes (Hugo); argmax rows with \\texttt{arg}\\max; z discrete in the counterexamples"
_q = np.array([0.5, 0.5]); _pzx = np.array([0.9, 0.1]); _px = 0.4   # p(z|x) and p(x): p(z,x) = p(z|x) p(x)
STEPS = [
    S(34, "invalid", "KL(q||p) = int q log(q/p); the row has log(p/q), i.e. -KL. q = (0.5, 0.5), p(z|x) = (0.9, 0.1): KL = 0.5108, the row -0.5108",
      cx=lambda: (np.sum(_q * np.log(_q / _pzx)), np.sum(_q * np.log(_pzx / _q)))),
    S(45, "valid", "KL(q||p) = -int q log(p/q) dz (the correct definition)"),
    S(47, "invalid", "a stray log inside the fraction: log(log p(z,x) / (q p(x))) for log(p(z,x)/(q p(x))). "
      "q = (0.5,0.5), p(z|x) = (0.9,0.1), p(x) = 0.4 (p(z,x) = p(z|x) p(x) = (0.36, 0.04)): row 45 gives 0.5108; "
      "the row's log of a negative number is undefined (log p(z,x) < 0): no value",
      cx=lambda: (np.sum(_q * np.log(_q / _pzx)), np.nan)),
    S(52, "invalid", "checked against row 47 (the slip): row 47 has no value on the instance above, this row 0.5108 (the author's correction)",
      cx=lambda: (np.nan, -np.sum(_q * (np.log(_pzx * _px / _q) - np.log(_px))))),
    S(53, "valid", "the integral split; int q log p(x) dz kept"),
    S(56, "not-an-identity", "=: defines ELBO[q] (with int q log p(x) dz = log p(x))"),
    S(57, "valid", "ELBO = -KL + log p(x) rearranged from rows 45-56"),
    S(68, "valid", "ELBO restated as its definition (row 56), dz not written"),
    S(69, "valid", "log of a ratio split in the expectation"),
    S(80, "not-an-identity", "mean-field family (assumption)"),
    S(86, "not-an-identity", "CAVI update stated (result; the = names q*_j)"),
    S(86, "valid", "exp E_{-j}[log p(z_j | z_{-j}, x)] differs from exp E_{-j}[log p(z_j, z_{-j}, x)] by the factor exp(-E_{-j} log p(z_{-j}, x)), free of z_j"),
    S(96, "not-an-identity", "q*_j defined as the argmax"),
    S(97, "valid", "ELBO expanded inside the argmax"),
    S(98, "valid", "E_q = E_j E_{-j} and log q = log q_j + log q_{-j} under the mean-field family"),
    S(99, "valid", "E_j E_{-j} log q_{-j} is a constant in q_j (as a value: const = -E_{-j}[log q_{-j}])"),
    S(100, "valid", "argmax unchanged by dropping a constant"),
]
CLAIMS = [(45, 57, "valid", "ELBO = -KL + log p(x) (reached through two slipped rows)")]
