from common import *
DOC = "38_rufeng_meanfield_expfam.md"; TIER = 3
TOPIC = "al-folio distill post ($$ everywhere, \\lbrack \\rbrack, `_ {` spacing for kramdown): KL to the posterior, ELBO, mean-field coordinate update in exponential families"
NOTES = "q_nu(w) = prod q_{nu_i}(w_i), q_{nu_i} = h exp(nu^T w - a(nu)) (row 293; row 267 writes a(w_i)); E_q[W_i] = a'(nu_i); g_i natural parameter of the complete conditional"
STEPS = [
    S(243, "valid", "KL = E log q - E log p(W, x) + log p(x)"),
    S(249, "valid", "KL >= 0"),
    S(259, "not-an-identity", "complete conditional in the exponential family (assumption)"),
    S(267, "not-an-identity", "mean-field family"),
    S(267, "not-an-identity", "each factor in the exponential family (definition, typed with a(w_i))"),
    S(273, "not-an-identity", "the update stated (shown below)"),
    S(281, "valid", "chain rule for log p(W|x) inside the bound"),
    S(287, "not-an-identity", "l_i named"),
    S(293, "not-an-identity", "q_{nu_i} (definition)"),
    S(300, "valid", "log q substituted"),
    S(301, "valid", "E[W_i] = a'(nu_i)"),
    S(308, "valid", "d/dnu(-nu a'(nu) + a(nu)) = -nu a''(nu)"),
    S(314, "not-an-identity", "stationary point solved"),
    S(320, "not-an-identity", "assumption restated"),
    S(327, "valid", "expectation of the complete conditional under mean field"),
    S(328, "valid", "derivative: only a'(nu_i) depends on nu_i"),
    S(335, "not-an-identity", "the update obtained"),
]
CLAIMS = [(300, 308, "valid", "dl_i/dnu_i")]
