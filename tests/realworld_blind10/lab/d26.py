from common import *
DOC = "26_bss9395_negbinomial_poisson_mgf.md"; TIER = 2
TOPIC = "Jekyll post in Chinese inside blockquotes: negative binomial pmf with a negative binomial coefficient, its mgf, moment recursion; Poisson mgf e^{lambda(e^t - 1)} and moment recursion (alignedat, \\xlongequal, \\Leftarrow, k \\in [n, +\\infty))"
NOTES = "Exp[Y]^h is the author's notation for E[Y^h]; |e^t (1-p)| < 1 for the series"
STEPS = [
    S(137, "not-an-identity", "negative binomial pmf (model statement)"),
    S(138, "valid", "substitution l = k - n: C(n+l-1, n-1) = C(n+l-1, l)"),
    S(139, "valid", "C(-n, l) = (-1)^l C(n+l-1, l), (p-1)^l = (-1)^l (1-p)^l"),
    S(140, "valid", "mgf as a sum"),
    S(141, "valid", "substitution l = k - n with row 139"),
    S(142, "valid", "negative binomial series"),
    S(143, "valid", "divided through by e^t"),
    S(144, "valid", "times e^{-(n/p) t}, E X = n/p"),
    S(145, "not-an-identity", "h-th moment written as a sum (notation)"),
    S(146, "valid", "k C(k-1, n-1) = n C(k, n)"),
    S(147, "valid", "index shifted, k = l - 1"),
    S(148, "valid", "the sum is E[(NB(n+1,p) - 1)^{h-1}]"),
    S(170, "not-an-identity", "Poisson pmf (model statement)"),
    S(171, "valid", "mgf as a sum"),
    S(172, "valid", "e^{tk} lambda^k = (lambda e^t)^k"),
    S(173, "valid", "exponential series"),
    S(174, "valid", "exponents combined"),
    S(175, "valid", "times e^{-lambda t}, E X = lambda"),
    S(176, "not-an-identity", "h-th moment written as a sum (notation)"),
    S(177, "valid", "k/k! = 1/(k-1)!, the k = 0 term vanishes"),
    S(178, "valid", "index shifted, l = k - 1"),
    S(179, "valid", "the sum is E[(St(lambda) + 1)^{h-1}]"),
]
CLAIMS = [(171, 174, "valid", "Poisson mgf e^{lambda(e^t - 1)}")]
