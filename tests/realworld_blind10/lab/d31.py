from common import *
DOC = "31_mxxhcm_entropy_kl_numbers.md"; TIER = 3
TOPIC = "Hexo post in Chinese (\\begin{align\\*} and `\\\\\\\\` Markdown escapes, bare `log_b`, `ln`): coin entropy by hand, KL divergence rewritten row by row with log(Q/Q) for log(Q/P), a measure-theoretic KL with dP for dQ, and a worked KL between a binomial and a uniform distribution with rounded figures"
NOTES = "p = 0.7, q = 0.3 in rows 47-51 (prose: an unfair coin); P = Bin(2, 0.4) = (0.36, 0.48, 0.16), Q uniform 1/3 written 0.333"
P = np.array([0.5, 0.5]); Q = np.array([0.9, 0.1])
STEPS = [
    S(40, "not-an-identity", "entropy defined"),
    S(41, "valid", "fair coin, base 2"),
    S(42, "valid", "log_2 (1/2) = -1"),
    S(43, "valid", "sum of two halves"),
    S(47, "valid", "binary entropy in base 2"),
    S(48, "valid", "p = 0.7, q = 0.3 substituted"),
    S(49, "approx", "log_2 0.7 = -0.5146, log_2 0.3 = -1.737 rounded",
      ok=lambda r: ([np.log2(0.7), np.log2(0.3)], [-0.515, -1.737])),
    S(50, "valid", "0.7 (0.515) + 0.3 (1.737) = 0.8816 (the arithmetic of row 49)"),
    S(51, "valid", "0.8816 <= 1"),
    S(102, "not-an-identity", "KL defined as cross entropy minus entropy"),
    S(103, "valid", "sums combined"),
    S(104, "invalid", "log(Q/Q) = 0 makes the right side 0; the KL is -sum P log(Q/P): P = (0.5, 0.5), Q = (0.9, 0.1): D_KL = 0.5108 but row 104 gives 0",
      cx=lambda: (np.sum(P * np.log(P / Q)), -np.sum(P * np.log(Q / Q)))),
    S(105, "valid", "D_KL = sum P log(P/Q) (each row has its own left side D_KL)"),
    S(110, "not-an-identity", "continuous KL defined"),
    S(113, "not-an-identity", "KL as an integral against dP (definition)"),
    S(115, "invalid", "int log(dP/dQ) (dP/dQ) dQ would equal row 113; with dP in place of dQ it does not: discrete P = (0.5, 0.5), Q = (0.9, 0.1): row 113 gives 0.5108, row 115 gives sum p (p/q) log(p/q) = 3.860",
      cx=lambda: (np.sum(P * np.log(P / Q)), np.sum(P * (P / Q) * np.log(P / Q)))),
    S(127, "not-an-identity", "KL(Q||P) written out (definition)"),
    S(128, "approx", "Q = 1/3 written 0.333",
      ok=lambda r: (np.sum((1/3) * np.log((1/3) / np.array([0.36, 0.48, 0.16]))), np.sum(0.333 * np.log(0.333 / np.array([0.36, 0.48, 0.16]))))),
    S(129, "approx", "the three terms rounded to five digits",
      ok=lambda r: (0.333 * np.log(0.333 / np.array([0.36, 0.48, 0.16])), [-0.02596, -0.12176, 0.24408])),
    S(130, "approx", "sum = 0.09636 (written 0.09637)",
      ok=lambda r: (-0.02596 - 0.12176 + 0.24408, 0.09637)),
]
CLAIMS = [(102, 105, "valid", "D_KL(P||Q) = sum P log(P/Q) (row 104 in between is wrong)")]
