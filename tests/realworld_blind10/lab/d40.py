from common import *
DOC = "40_cs231n_vae_elbo.md"; TIER = 1
TOPIC = "Jekyll course notes: VAE marginal likelihood, Bayes, the ELBO decomposition in `\\( \\begin{aligned} .. \\end{aligned} \\)` with `\\quad \\cdots \\small\\mathsf{(1)}` step tags, step (4) expanded, log p = ELBO + KL with \\underbrace labels"
NOTES = "E_z is the expectation under q_phi(z|x^(i)); L(x; theta, phi) names the first two terms (underbrace)"
STEPS = [
    S(87, "not-an-identity", "marginal likelihood of the latent-variable model (model statement)"),
    S(91, "valid", "Bayes' rule"),
    S(102, "valid", "log p(x) is constant in z"),
    S(103, "valid", "Bayes: p(x) = p(x|z) p(z)/p(z|x)"),
    S(104, "valid", "multiplied by q/q = 1"),
    S(105, "valid", "log of the product split, signs arranged"),
    S(106, "valid", "KL(q || p(z)) and KL(q || p(z|x)) named"),
    S(114, "valid", "Bayes' rule"),
    S(115, "valid", "solved for p(x) (after \\Longrightarrow)"),
    S(124, "valid", "factors regrouped (row 123 is the left side)"),
    S(125, "valid", "log of a product"),
    S(126, "valid", "log(p/q) = -log(q/p)"),
    S(127, "valid", "linearity of the expectation"),
    S(140, "valid", "row 106 with the first two terms named L and the KL marked >= 0"),
]
CLAIMS = [(102, 106, "valid", "log p(x) = E[log p(x|z)] - KL(q||p(z)) + KL(q||p(z|x))")]
