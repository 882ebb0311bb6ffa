from common import *
DOC = "04_statphys_ising_domain_walls.md"; TIER = 2
TOPIC = "1D Ising chain at B = 0: domain-wall probability, <s_0 s_r> as a binomial sum; the source writes (1-p)^l for (1-2p)^l"
NOTES = "H = -J sum s_i s_{i+1}, open chain, B = 0; l is the number of bonds between sites 0 and r (= r); Delta = 2J"


def chain_corr(J, b, r, N=None):
    N = N or r + 2
    num = den = 0.0
    for s in spins(N):
        w = np.exp(b * J * (s[:-1] * s[1:]).sum()); den += w; num += w * s[0] * s[r]
    return num / den


def pdw(J, b):
    return np.exp(-2 * b * J) / (1 + np.exp(-2 * b * J))


def l6(r):
    J = r.uniform(.2, 1.5); b = r.uniform(.3, 2)
    den = num = 0.0
    for s in spins(4):
        w = np.exp(b * J * (s[:-1] * s[1:]).sum()); den += w; num += w * (s[1] != s[2])
    D = 2 * J
    return num / den, np.exp(-b * D) / (1 + np.exp(-b * D))


def l20(r):
    J = r.uniform(.2, 1.5); b = r.uniform(.3, 2); R = 3
    p = pdw(J, b)
    from math import comb
    pm = [comb(R, m) * p ** m * (1 - p) ** (R - m) for m in range(R + 1)]
    return chain_corr(J, b, R), sum(q * (-1) ** m for m, q in enumerate(pm))


def l26(r):
    from math import comb
    J = r.uniform(.2, 1.5); b = r.uniform(.3, 2); R = 3; p = pdw(J, b)
    return chain_corr(J, b, R), sum(comb(R, m) * p ** m * (1 - p) ** (R - m) * (-1) ** m for m in range(R + 1))


def cx36a():
    from math import comb
    p, l = 0.25, 2
    return sum(comb(l, m) * p ** m * (1 - p) ** (l - m) * (-1) ** m for m in range(l + 1)), (1 - p) ** l


def cx36b():
    p, l = 0.25, 2
    return (1 - p) ** l, np.exp(l * np.log(1 - 2 * p))


def l36c(r):
    p = r.uniform(0.01, 0.45); l = r.integers(1, 6); xi = 1 / abs(np.log(1 - 2 * p))
    return np.exp(l * np.log(1 - 2 * p)), np.exp(-l / xi)


STEPS = [
    S(1, "not-an-identity", "Delta = 2J: names the domain wall's energy cost", outside_display=True),
    S(23, "not-an-identity", "p_m = binomial (prose)", outside_display=True),
    S(6, "valid", "open chain at B = 0: each bond is independently anti-aligned with probability "
      "e^{-bJ}/(e^{bJ}+e^{-bJ}) = e^{-b Delta}/(1+e^{-b Delta}), Delta = 2J (enumerated on 4 spins)", ok=l6),
    S(6, "not-an-identity", "names p_{d.w.} (\\equiv)"),
    S(9, "not-an-identity", "N p ~ N e^{-b Delta} for large b Delta (approximation)", outside_display=True),
    S(14, "either", "reading A: the product s_0 s_r is +1 or -1 (true); reading B: the thermal average <s_0 s_r> is +-1 "
      "(false: J=b=1, r=1 gives tanh 1 = 0.76)", ok=lambda r: (1.0, 1.0),
      cx=lambda: (chain_corr(1.0, 1.0, 1), 1.0)),
    S(14, "not-an-identity", "case condition s_0 = s_r"),
    S(14, "not-an-identity", "case condition s_0 = -s_r"),
    S(20, "valid", "s_0 s_r = (-1)^{number of walls between them}; averaged (chain of 5 spins, r = 3)", ok=l20),
    S(26, "valid", "walls on the l = r bonds are independent Bernoulli(p_{d.w.}): binomial p_m", ok=l26),
    S(36, "invalid", "the binomial sum is (1 - 2p)^l, not (1 - p)^l: p = 1/4, l = 2 gives 0.25 vs 0.5625", cx=cx36a),
    S(36, "invalid", "(1 - p)^l = exp[l ln(1 - 2p)] fails: p = 1/4, l = 2 gives 0.5625 vs 0.25", cx=cx36b),
    S(36, "valid", "exp[l ln(1-2p)] = e^{-l/xi} with xi = 1/|ln(1-2p)| (line 44) for p < 1/2", ok=l36c),
    S(44, "not-an-identity", "defines the correlation length xi"),
    S(44, "not-an-identity", "xi ~ 1/(2p) for small p (approximation)"),
    S(44, "not-an-identity", "1/(2p) ~ e^{b Delta}/2 for small p (approximation)"),
]
CLAIMS = [(36, 36, "valid", "<s_0 s_r> = e^{-l/xi} is true end to end; the chain passes through the false (1-p)^l")]
