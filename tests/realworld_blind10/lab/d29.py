from common import *
DOC = "29_d2l_mle_coin.md"; TIER = 2
TOPIC = "d2l appendix (maximum likelihood): MAP to MLE, the coin likelihood theta^9 (1-theta)^4, its derivative factored, log of (1/2)^{10^9} evaluated in base 10, the negative log-likelihood (\\mathop{\\mathrm{argmax}} _ {..} with kramdown spacing)"
NOTES = "n_H = 9, n_T = 4 (prose, row 37); `log` in row 106 is evaluated in base 10 by the author"
STEPS = [
    S(24, "not-an-identity", "theta^ defined as the argmax"),
    S(34, "not-an-identity", "Bernoulli likelihood (model statement)"),
    S(40, "valid", "n_H = 9, n_T = 4 substituted"),
    S(88, "not-an-identity", "stationarity condition (equation being solved)"),
    S(89, "valid", "likelihood substituted"),
    S(90, "valid", "product rule"),
    S(91, "valid", "theta^8 (1-theta)^3 factored: 9(1-theta) - 4 theta = 9 - 13 theta"),
    S(106, "valid", "log of a power"),
    S(106, "either", "reading A: log is log_10 (10^9 log_10(1/2) = -301029995.66, valid to the digits shown); reading B: log is the natural log of the rest of the page: 10^9 ln(1/2) = -693147180.56",
      ok=lambda r: (1e9 * np.log10(0.5), -301029995.6), cx=lambda: (1e9 * np.log(0.5), -301029995.6)),
    S(122, "valid", "coin likelihood substituted"),
    S(122, "valid", "log of the product"),
]
CLAIMS = [(88, 91, "valid", "dP/dtheta = theta^8 (1-theta)^3 (9 - 13 theta)")]
