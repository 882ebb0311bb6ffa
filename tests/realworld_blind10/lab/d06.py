from common import *
from math import gamma
DOC = "06_opensrdk_beta_logpdf.md"; TIER = 2
TOPIC = "README of a Rust crate: Beta log-density, B(alpha,beta) evaluated with a sum for a product, derivatives in x, alpha, beta with the digamma psi (aligned rows, \\Beta)"
NOTES = "B(alpha, beta) defined by the integral (row 14); psi = d log Gamma/dz (row 20)"
STEPS = [
    S(7, "not-an-identity", "log-density of the Beta distribution (model statement, row spans 7-8)"),
    S(14, "not-an-identity", "Beta function defined by its integral"),
    S(15, "invalid", "B(a,b) = Gamma(a)Gamma(b)/Gamma(a+b), not (Gamma(a)+Gamma(b))/Gamma(a+b): a = b = 1 gives int_0^1 1 dx = 1 but (1+1)/Gamma(2) = 2",
      cx=lambda: (1.0, (gamma(1) + gamma(1)) / gamma(2))),
    S(20, "not-an-identity", "digamma defined"),
    S(27, "valid", "d/dx of (a-1) log x + (b-1) log(1-x) (row spans 27-28)"),
    S(29, "valid", "simplified"),
    S(37, "valid", "d/dalpha: log x - d log B/d alpha (row spans 37-38)"),
    S(39, "valid", "log B = log Gamma(a) + log Gamma(b) - log Gamma(a+b) for the Beta function of row 14 (not the slipped row 15)"),
    S(40, "valid", "digamma named"),
    S(48, "valid", "d/dbeta: log(1-x) - d log B/d beta (row spans 48-49)"),
    S(50, "valid", "as row 39 in beta"),
    S(51, "valid", "digamma named"),
]
CLAIMS = [(14, 15, "invalid", "B(a,b) = (Gamma(a)+Gamma(b))/Gamma(a+b)"), (37, 40, "valid", "d log p/d alpha = log x - psi(alpha) + psi(alpha+beta)")]
