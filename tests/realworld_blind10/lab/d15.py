from common import *
DOC = "15_tsyw_rbm_conditional_marginal.md"; TIER = 2
TOPIC = "Chinese whiteboard notes: RBM joint factorised, p(h_l = 1|v) = sigma(H_l(v)) via the energy split, p(v) with softplus terms (\\sum\\limits, \\overline{H}, \\nonumber aligned chain)"
NOTES = "E(v,h) = -(h^T w v + alpha^T v + beta^T h) (row 23); h binary; w_i is row i of w; H_l, Hbar defined inline (row 49)"
STEPS = [
    S(19, "not-an-identity", "x = (h, v)"),
    S(19, "not-an-identity", "Boltzmann model"),
    S(23, "not-an-identity", "RBM energy"),
    S(27, "valid", "exp of the sum as a product"),
    S(27, "valid", "each exponential as a product over entries"),
    S(39, "valid", "hidden units conditionally independent given v (RBM)"),
    S(43, "valid", "p(h_l|v) = p(h_l|h_{-l}, v) (local Markov property, prose row 37), conditional probability"),
    S(43, "valid", "denominator summed over h_l in {0,1}"),
    S(47, "valid", "the energy split into the h_l terms and the rest"),
    S(53, "valid", "exp(-E) = exp(h_l H_l + Hbar) substituted, Z and the common factors cancel"),
    S(53, "valid", "divided by exp(H_l + Hbar)"),
    S(53, "valid", "sigmoid named"),
    S(60, "valid", "marginal over h"),
    S(60, "valid", "exp(-E) written out"),
    S(61, "valid", "the sum over h factorises over h_1 .. h_m"),
    S(62, "valid", "each sum over h_i in {0,1} is 1 + exp(w_i v + beta_i)"),
    S(63, "valid", "products as exp of a sum of logs"),
]
CLAIMS = [(60, 63, "valid", "p(v) = exp(alpha^T v + sum softplus(w_i v + beta_i))/Z")]
