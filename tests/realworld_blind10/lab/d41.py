from common import *
DOC = "41_utopeadia_kl_sign.md"; TIER = 3
TOPIC = "Hexo post in Chinese: entropy (a continuous version summed \\int_{i=1}^{n}), cross entropy, D_KL = H(P,Q) - H(P), then the KL written with a minus sign in both the discrete and the continuous form (bare `ln`, `lnp`, \\not =)"
NOTES = "H(P,Q) = -sum p ln q (row 43); H(P) = -sum p ln p (row 28)"
P = np.array([0.5, 0.5]); Q = np.array([0.9, 0.1])
STEPS = [
    S(28, "not-an-identity", "entropy defined"),
    S(35, "not-an-identity", "continuous entropy defined (integral written with i = 1..n limits)"),
    S(43, "not-an-identity", "cross entropy defined"),
    S(49, "valid", "D_KL = H(P,Q) - H(P) (the standard identity, used here as the bridge)"),
    S(55, "invalid", "H(P,Q) - H(P) = -sum p ln q + sum p ln p = +sum p ln(p/q); the minus sign is wrong: p = (0.5, 0.5), q = (0.9, 0.1): 0.5108 vs -0.5108",
      cx=lambda: (np.sum(P * np.log(P / Q)), -np.sum(P * np.log(P / Q)))),
    S(61, "invalid", "the continuous KL is +int p ln(p/q): p = N(0,1), q = N(1,1): KL = 0.5 but the right side is -0.5",
      cx=lambda: (0.5, -quad(lambda x: np.exp(-x**2/2)/np.sqrt(2*np.pi) * (-(x**2)/2 + (x-1)**2/2)))),
    S(69, "not-an-identity", "asymmetry statement (not equal in general)"),
]
CLAIMS = [(49, 55, "invalid", "D_KL(P||Q) = -sum p ln(p/q)")]
