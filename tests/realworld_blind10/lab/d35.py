from common import *
DOC = "35_fanggong_coin_mle_map.md"; TIER = 2
TOPIC = "Hugo post in Chinese: coin likelihood p^7 (1-p)^3, its log-derivative as one fraction written with a prime on a bracket, Bayes' rule, MAP with a Gaussian prior and its log-derivative ({a \\over b} fractions)"
NOTES = "7 heads, 3 tails; prior N(0.5, sigma^2) on p; f(X, p) is redefined in row 65 as likelihood times prior"
STEPS = [
    S(36, "not-an-identity", "likelihood named f"),
    S(36, "not-an-identity", "Bernoulli likelihood (model statement)"),
    S(40, "valid", "log of the likelihood"),
    S(44, "valid", "7/p - 3/(1-p) over the common denominator p(p-1)"),
    S(44, "valid", "numerator and denominator expanded"),
    S(58, "valid", "Bayes' rule"),
    S(65, "not-an-identity", "f redefined as likelihood times prior"),
    S(65, "not-an-identity", "likelihood and Gaussian prior written out (model)"),
    S(69, "valid", "derivative of the log: 7/p + 3/(p-1) - (p - 0.5)/sigma^2"),
]
CLAIMS = [(40, 44, "valid", "(ln f)' = (10p - 7)/(p^2 - p)")]
