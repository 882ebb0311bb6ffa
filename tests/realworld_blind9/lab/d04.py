from common import *
DOC = "04_young_em_proof.md"; TIER = 3
TOPIC = "Hugo post: EM monotonicity: log P(X|theta) = Q + H, A = H - H_t >= 0 by Gibbs' inequality"
NOTES = "\\iff / \\implies chains in aligned with & before the relation; \\_ escapes; \\tiny text tags; \\theta^\\* escaped star"
STEPS = [
    S(52, "valid", "the theorem stated: log-likelihood gain >= Q gain (proved below)"),
    S(52, "valid", "Q gain >= 0 since theta* maximizes Q(. | theta_t) (prose)"),
    S(60, "valid", "product rule"),
    S(61, "valid", "log of row 60"),
    S(62, "valid", "rearranged"),
    S(63, "valid", "expectation over Z ~ P(Z|X, theta_t) of both sides; Q and H named by underbraces"),
    S(76, "valid", "difference of row 63 at theta and theta_t (rows 76-77 one step)"),
    S(85, "valid", "A = H(theta|theta_t) - H(theta_t|theta_t) written out"),
    S(88, "valid", "combined into one expectation"),
    S(91, "valid", "expectation as an integral"),
    S(92, "valid", "KL >= 0 (Gibbs' inequality)"),
    S(101, "valid", "row 76 with A"),
    S(102, "valid", "A >= 0"),
]
CLAIMS = [(101, 102, "valid", "log-likelihood gain >= Q gain")]
