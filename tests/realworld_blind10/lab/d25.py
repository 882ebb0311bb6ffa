from common import *
DOC = "25_bss9395_binomial_mgf.md"; TIER = 2
TOPIC = "Jekyll post in Chinese inside blockquotes: binomial moment-generating function by the binomial theorem, moment recursion with \\xlongequal{l = k - 1}, additivity of independent binomials (alignedat with && columns, \\Uparrow/\\Downarrow/\\fbox row markers, \\Leftarrow side conditions, {n \\choose k})"
NOTES = "Exp[Y]^h is the author's notation for E[Y^h] (defined by rows 71); X = X_1 + X_2 in rows 98-101"
STEPS = [
    S(66, "not-an-identity", "binomial pmf (model statement)"),
    S(67, "valid", "E[e^{tX}] as a sum over k"),
    S(68, "valid", "e^{tk} p^k = (p e^t)^k"),
    S(69, "valid", "binomial theorem"),
    S(70, "valid", "times e^{-npt}, E X = np"),
    S(71, "not-an-identity", "h-th moment written as a sum (the author's Exp[.]^h notation)"),
    S(72, "valid", "k C(n,k) = n C(n-1,k-1), the k = 0 term vanishes"),
    S(73, "valid", "index shifted, l = k - 1"),
    S(74, "valid", "the sum is E[(Bn(n-1,p) + 1)^{h-1}]"),
    S(96, "not-an-identity", "hypothesis: two binomials with the same p"),
    S(97, "valid", "independence: the mgfs multiply"),
    S(98, "valid", "convolution of the pmfs (X = X_1 + X_2)"),
    S(99, "valid", "pmfs substituted"),
    S(100, "valid", "powers of p and 1-p collected"),
    S(101, "valid", "Vandermonde's identity"),
    S(102, "not-an-identity", "convolution statement (conclusion in the author's * notation)"),
    S(103, "not-an-identity", "convolution power statement"),
]
CLAIMS = [(67, 69, "valid", "binomial mgf (p e^t + 1 - p)^n")]
