from common import *
DOC = "30_googolxx_dsm_equivalence.md"; TIER = 3
TOPIC = "Hugo post (Chinese): ESM and DSM objectives expanded, their cross terms shown equal (a 10-row chain with \\left\\langle \\right\\rangle), the DSM loss with noise z"
NOTES = "p_sigma(x~) = int p_0(x) p_sigma(x~|x) dx, x~ = x + sigma z with z ~ N(0, I) (above the cut); rows 390-391 and 399-400 are one row each"
STEPS = [
    S(377, "valid", "L_DSM = L_ESM + C (to be shown)"),
    S(389, "not-an-identity", "L_ESM defined"),
    S(390, "valid", "square expanded"),
    S(398, "not-an-identity", "L_DSM defined"),
    S(399, "valid", "square expanded; the first term's expectation reduces to p_sigma(x~)"),
    S(407, "valid", "the cross terms are equal (shown below)"),
    S(415, "valid", "expectation as an integral"),
    S(416, "valid", "grad log p = grad p/p"),
    S(417, "valid", "p cancels"),
    S(418, "valid", "p_sigma as a mixture"),
    S(419, "valid", "gradient under the integral"),
    S(420, "valid", "grad p(x~|x) = p(x~|x) grad log p(x~|x)"),
    S(421, "valid", "integrals exchanged"),
    S(422, "valid", "p_0(x) p_sigma(x~|x) = p_sigma(x~, x)"),
    S(423, "valid", "as an expectation"),
    S(436, "valid", "grad log p_sigma(x~|x) = -(x~ - x)/sigma^2 = -z/sigma"),
]
CLAIMS = [(415, 423, "valid", "ESM and DSM cross terms equal")]
