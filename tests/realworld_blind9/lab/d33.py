from common import *
DOC = "33_thinkwee_mean_field.md"; TIER = 3
TOPIC = "Hexo post: mean-field ELBO split into part1 - part2, a pseudo-distribution p'_j, a `log log` slip and a KL with its arguments swapped"
NOTES = "q = prod q_i; part1 = int prod q log p(x,z), part2 = int prod q sum log q; p'_j defined in rows 576/580 by an unweighted integral but used as exp E_{i!=j}[log p]"
# two binary latents z1, z2; x fixed; p(x, z1, z2) table; j = 1
_P = np.array([[0.10, 0.25], [0.05, 0.20]])
_q1 = np.array([0.3, 0.7]); _q2 = np.array([0.6, 0.4])
_part1 = np.sum(np.outer(_q1, _q2) * np.log(_P))
_Elog = np.log(_P) @ _q2                     # E_{q2}[log p(x, z1, z2)] for each z1
_lp_unweighted = np.log(_P).sum(1)           # rows 576/580: unweighted integral over z2
_H1 = np.sum(_q1 * np.log(_q1)); _H2 = np.sum(_q2 * np.log(_q2))
_elbo = _part1 - _H1 - _H2
_pn = np.exp(_Elog) / np.exp(_Elog).sum()
STEPS = [
    S(541, "not-an-identity", "mean-field family (assumption)"),
    S(547, "valid", "ELBO split (log q = sum log q_j)"),
    S(548, "not-an-identity", "part1, part2 named"),
    S(554, "not-an-identity", "part1 restated"),
    S(558, "valid", "as an M-fold integral", cross_display=True),
    S(562, "valid", "z_j integrated last", cross_display=True),
    S(566, "valid", "inner integral as E_{i != j}", cross_display=True),
    S(572, "not-an-identity", "marginal p_j (definition)"),
    S(576, "not-an-identity", "pseudo-distribution p'_j (definition)"),
    S(580, "valid", "log of row 576"),
    S(586, "either", "reading A: log p'_j(x, z_j) = E_{i != j}[log p(x,z)] as the prose says (valid: row 566); reading B: p'_j as rows 576/580 define it "
      "(unweighted integral over the other z): two binary latents, p(x,z) = [[0.10, 0.25], [0.05, 0.20]], q_1 = (0.3, 0.7), q_2 = (0.6, 0.4): "
      "part1 = -2.2897, reading B gives -4.3303",
      ok=lambda r: (lambda P, q1, q2: (np.sum(np.outer(q1, q2) * np.log(P)), np.sum(q1 * (np.log(P) @ q2))))(r.uniform(0.05, 0.5, (2, 2)), r.dirichlet([1, 1]), r.dirichlet([1, 1])),
      cx=lambda: (_part1, np.sum(_q1 * _lp_unweighted))),
    S(592, "not-an-identity", "part2 restated"),
    S(596, "valid", "independence: sum of the marginal terms", cross_display=True),
    S(600, "valid", "terms other than j are constant", cross_display=True),
    S(606, "invalid", "`log log p'_j` with q_j missing: part1 is int q_j log p'_j; on the instance above log p'_j < 0 so log log p'_j has no value, "
      "while ELBO = -1.0058", cx=lambda: (_elbo, np.nan)),
    S(610, "invalid", "checked against row 606 (the slip): row 606 has no value on the instance, this row (the correct form) is -1.6788, the ELBO up to its constant",
      cx=lambda: (np.nan, np.sum(_q1 * (_Elog - np.log(_q1)))), cross_display=True),
    S(614, "invalid", "int q_j log(p'_j/q_j) = -KL(q_j || p'_j); the row swaps the arguments: normalized p'_1 = (0.6237, 0.3763) here, q_1 = (0.3, 0.7): "
      "-KL(q_1 || p'_1) = -0.2149, -KL(p'_1 || q_1) = -0.2229",
      cx=lambda: (-np.sum(_q1 * np.log(_q1 / _pn)), -np.sum(_pn * np.log(_pn / _q1))), cross_display=True),
    S(622, "not-an-identity", "optimum q_j = p'_j"),
    S(623, "not-an-identity", "its log (up to normalization)"),
]
CLAIMS = [(606, 614, "invalid", "ELBO = -KL(p'_j || q_j) + const")]
