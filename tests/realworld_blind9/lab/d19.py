from common import *
DOC = "19_felix_gauss_bern_pois_tex.md"; TIER = 2
TOPIC = "LaTeX notes (.tex, \\[ \\], align with \\\\\\ row breaks, \\bbeta macro): Gaussian, Bernoulli and Poisson log-densities in exponential-family form"
NOTES = "\\bbeta is \\boldsymbol{\\beta} (\\newcommand in the preamble, outside the cut); eta, A, B read off in prose"
STEPS = [
    S(695, "not-an-identity", "Gaussian density (model)"),
    S(698, "valid", "log of the density"),
    S(699, "valid", "square expanded into the natural form"),
    S(717, "not-an-identity", "weighted least-squares log-likelihood stated (up to constants)"),
    S(726, "not-an-identity", "the maximizer stated"),
    S(748, "not-an-identity", "Bernoulli pmf (model)"),
    S(751, "valid", "log of the pmf"),
    S(752, "valid", "y log(p/(1-p)) + log(1-p)"),
    S(767, "not-an-identity", "Poisson pmf (model)"),
    S(769, "valid", "log of the pmf"),
]
CLAIMS = []
