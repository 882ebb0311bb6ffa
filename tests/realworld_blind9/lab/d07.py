from common import *
DOC = "07_dbd_maxent_iis.md"; TIER = 2
TOPIC = "Jekyll notes (Chinese): improved iterative scaling: lower bounds A(delta|lambda), B(delta|lambda) and dB/ddelta_i"
NOTES = "binary features f_i, f#(x,y) = sum_i f_i(x,y) > 0; -log x >= 1 - x; Jensen for exp with weights f_i/f#"
STEPS = [
    S(332, "not-an-identity", "the model"),
    S(338, "not-an-identity", "its normalizer"),
    S(344, "not-an-identity", "log-likelihood (definition)"),
    S(354, "valid", "difference of the log-likelihood at lambda+delta and lambda"),
    S(355, "valid", "-log x >= 1 - x and sum_x p~(x) = 1"),
    S(356, "valid", "the same expression repeated"),
    S(357, "valid", "Z written out"),
    S(358, "valid", "Z_{lambda+delta}/Z_lambda = sum_y p_lambda(y|x) exp(sum_i delta_i f_i)"),
    S(366, "not-an-identity", "A(delta|lambda) named (prose)"),
    S(367, "valid", "sum_i delta_i f_i = f# sum_i delta_i f_i/f#"),
    S(368, "valid", "Jensen: exp of a convex combination <= the combination of exps, with a minus sign"),
    S(374, "not-an-identity", "B(delta|lambda) named"),
    S(380, "valid", "derivative of B in delta_i"),
    S(381, "valid", "first sum is E_p~(f_i); the double sum merged"),
    S(387, "not-an-identity", "the stationary point when f# = M (solving, not an identity)"),
]
CLAIMS = [(354, 358, "valid", "IIS lower bound A(delta|lambda)"), (380, 381, "valid", "dB/ddelta_i")]
