from common import *
DOC = "03_young_kl_gauss.md"; TIER = 2
TOPIC = "Hugo post: closed-form KL between two univariate Gaussians via A = int p log p, B = int p log q"
NOTES = "the prose says q = N(mu_1, sigma_2) but writes its density with mu_2 (inline, not labelled); rows broken with \\\\\\; =& alignment"
_m1, _s1 = 0.3, 1.2
STEPS = [
    S(21, "valid", "KL(p||q) = -int p log(q/p)"),
    S(22, "valid", "log of a ratio"),
    S(23, "valid", "integral split; A, B named by underbraces"),
    S(36, "valid", "A restated"),
    S(37, "either", "reading A (as rendered: braces are invisible): -1/2 log(2 pi s1^2) - (x-m1)^2/(2 s1^2) = log p(x) (valid); "
      "reading B (as typed: the brace group \\log{2\\pi\\sigma_1^2 - ...} is the argument): -1/2 log(2 pi s1^2 - (x-m1)^2/(2 s1^2)): "
      "m1 = 0.3, s1 = 1.2, x = 1.3: log p(x) = -1.4485 but reading B gives -1/2 log(2 pi 1.44 - 1/2.88) = -1.0817 (and reading B has no value where the argument is negative, so the integral does not exist)",
      ok=lambda r: (lambda x: (np.log(np.exp(-(x - _m1) ** 2 / (2 * _s1 ** 2)) / np.sqrt(2 * np.pi * _s1 ** 2)),
                               -0.5 * np.log(2 * np.pi * _s1 ** 2) - (x - _m1) ** 2 / (2 * _s1 ** 2)))(r.normal()),
      cx=lambda: (np.log(np.exp(-(1.3 - _m1) ** 2 / (2 * _s1 ** 2)) / np.sqrt(2 * np.pi * _s1 ** 2)),
                  -0.5 * np.log(2 * np.pi * _s1 ** 2 - (1.3 - _m1) ** 2 / (2 * _s1 ** 2)))),
    S(41, "valid", "constants out of the integral (reading A of row 37)"),
    S(44, "valid", "int p = 1, int p (x-m1)^2 = s1^2: -1/2 log 2 pi - log s1 - 1/2"),
    S(53, "valid", "B = int p log q with log q written out"),
    S(57, "valid", "(x-m2)^2 = (x-m1)^2 + 2(x-m1)(m1-m2) + (m1-m2)^2"),
    S(62, "valid", "the integral split into three (rows 62-65 one step)"),
    S(66, "valid", "var = s1^2, mean of x - m1 = 0"),
    S(75, "valid", "KL = A - B (row 23)"),
    S(76, "valid", "A and B substituted"),
    S(77, "valid", "simplified: log(s2/s1) + s1^2/(2 s2^2) + (m1-m2)^2/(2 s2^2) - 1/2"),
]
CLAIMS = [(75, 77, "valid", "KL(N(m1,s1^2) || N(m2,s2^2)) closed form")]
