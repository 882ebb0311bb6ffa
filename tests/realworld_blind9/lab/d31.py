from common import *
DOC = "31_thinkwee_em_monotone.md"; TIER = 3
TOPIC = "Hexo post (indented $$ inside list items, one row per display, chains across displays): EM monotonicity through H(theta_t) - H(theta) >= 0 by Jensen"
NOTES = "Q(theta, theta_t) = int log p(x,z|theta) p(z|x,theta_t) dz, H(theta, theta_t) = int log p(z|x,theta) p(z|x,theta_t) dz (row 281); rows 291-315 one chain over seven displays"
STEPS = [
    S(268, "valid", "the claim to show (log-likelihood does not decrease)"),
    S(274, "valid", "log p(x) = log p(x,z) - log p(z|x)"),
    S(280, "valid", "expectation of both sides under p(z|x,theta_t)"),
    S(281, "not-an-identity", "Q and H named"),
    S(295, "valid", "H(theta_t,theta_t) - H(theta,theta_t) written out (the = ends row 291's display)", cross_display=True),
    S(299, "valid", "one integral with the log of the ratio", cross_display=True),
    S(303, "valid", "ratio inverted", cross_display=True),
    S(307, "valid", "Jensen: E[-log X] >= -log E[X]", cross_display=True),
    S(311, "valid", "the integral is int p(z|x,theta) dz = 1", cross_display=True),
    S(315, "valid", "-log 1 = 0", cross_display=True),
]
CLAIMS = [(291, 315, "valid", "H(theta_t,theta_t) - H(theta,theta_t) >= 0")]
