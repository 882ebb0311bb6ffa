from common import *
DOC = "19_cs231n_softmax_gradient.md"; TIER = 2
TOPIC = "Jekyll course notes: softmax loss, full loss with \\underbrace{..}_\\text{..} labels and a trailing `\\\\\\\\`, p_k and L_i on one line separated by \\hspace, dL_i/df_k = p_k - 1(y_i = k) with \\mathbb{1}"
NOTES = "f = scores of one example; p_k = softmax; 1(y_i = k) the indicator"
STEPS = [
    S(91, "not-an-identity", "softmax loss of example i defined"),
    S(99, "not-an-identity", "full loss defined (data loss + regularisation)"),
    S(136, "not-an-identity", "p_k defined"),
    S(136, "not-an-identity", "L_i = -log p_{y_i} (definition restated)"),
    S(142, "valid", "d(-log p_{y_i})/df_k = p_k - 1(y_i = k)"),
]
CLAIMS = [(136, 142, "valid", "dL_i/df_k = p_k - 1(y_i = k)")]
