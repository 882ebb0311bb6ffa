from common import *
DOC = "06_dbd_maxent_mle.md"; TIER = 2
TOPIC = "Jekyll notes (Chinese): log-likelihood of the maximum-entropy model = minus its dual function"
NOTES = "p~ empirical; the model's joint is p~(x) p(y|x); p_lambda(y|x) = exp(sum_i lambda_i f_i(x,y)) / Z_lambda(x) (defined above the cut)"
STEPS = [
    S(287, "not-an-identity", "likelihood defined"),
    S(291, "not-an-identity", "L renamed as its logarithm (the log-likelihood)"),
    S(291, "valid", "log of a product of powers"),
    S(297, "not-an-identity", "log-likelihood of p(x,y) defined"),
    S(298, "valid", "the model's joint p(x,y) = p(y|x) p~(x)"),
    S(299, "valid", "log of a product split"),
    S(304, "not-an-identity", "the objective redefined without the constant term"),
    S(310, "valid", "row 304 restated"),
    S(311, "valid", "log p_lambda(y|x) = sum_i lambda_i f_i - log Z_lambda(x)"),
    S(312, "valid", "sum split"),
    S(313, "valid", "sum_y p~(x,y) = p~(x)"),
    S(314, "valid", "sum_y p_lambda(y|x) = 1"),
    S(315, "valid", "written as minus the dual"),
]
CLAIMS = [(310, 315, "valid", "L = -(dual)")]
