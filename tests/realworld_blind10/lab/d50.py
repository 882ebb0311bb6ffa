from common import *
DOC = "50_mathe_logistic_multinomial.md"; TIER = 2
TOPIC = "Markdown book chapter (ISLR-style): logistic function to odds and logit through five inline equations joined by <br> inside <!--mleq--> comments, {a \\over b} fractions, log without backslash, \\bigg, multinomial logistic regression with a reference class and with softmax coding, log-ratio proofs in inline chains"
NOTES = "z = beta_0 + beta_1 X_1 + ... (implicit); P(k) = P(Y = k | X = x); row 118's left side has P(Y = K | X = x) where the text and the proof (row 122) use class k'"
def _z(r):
    return r.normal() * 2
def _lp(z):
    return np.exp(z) / (1 + np.exp(z))
def _r63(r):
    z = _z(r); P = _lp(z); return P * (1 + np.exp(z)), np.exp(z)
def _r64(r):
    z = _z(r); P = _lp(z); return P + P * np.exp(z), np.exp(z)
def _r65(r):
    z = _z(r); P = _lp(z); return P, np.exp(z) * (1 - P)
def _r66(r):
    z = _z(r); P = _lp(z); return P / (1 - P), np.exp(z)
def _r75(r):
    z = _z(r); P = _lp(z); return np.log(P / (1 - P)), z
def _ref(r, K=4):
    z = r.normal(size=K - 1); den = 1 + np.exp(z).sum(); return z, np.r_[np.exp(z) / den, 1 / den]
def _r106(r):
    z, P = _ref(r); k = int(r.integers(0, 3)); return np.log(P[k] / P[-1]), z[k]
def _r110(j):
    def f(r):
        z, P = _ref(r); k = int(r.integers(0, 3)); den = 1 + np.exp(z).sum()
        vals = [np.log(P[k] / P[-1]), np.log((np.exp(z[k]) / den) / (1 / den)), np.log(np.exp(z[k]) / 1), np.log(np.exp(z[k])), z[k]]
        return vals[j], vals[j + 1]
    return f
def _cx118():
    z = np.array([1.0, 2.0, 0.0]); P = softmax(z); k, kp, K = 0, 1, 2
    return np.log(P[k] / P[K]), z[k] - z[kp]
def _r122(j):
    def f(r):
        z = r.normal(size=4); P = softmax(z); k, kp = 0, 2
        vals = [np.log(P[k] / P[kp]), np.log(np.exp(z[k]) / np.exp(z[kp])), np.log(np.exp(z[k])) - np.log(np.exp(z[kp])), z[k] - z[kp]]
        return vals[j], vals[j + 1]
    return f
STEPS = [
    S(57, "not-an-identity", "logistic model P(X) defined"),
    S(62, "not-an-identity", "P(X) = e^z/(1+e^z) with z the linear predictor (inline; z introduced implicitly)", outside_display=True),
    S(63, "valid", "multiply by 1 + e^z (inline)", ok=_r63, outside_display=True),
    S(64, "valid", "expand (inline)", ok=_r64, outside_display=True),
    S(65, "valid", "P = e^z (1 - P) (inline)", ok=_r65, outside_display=True),
    S(66, "valid", "odds = e^z (inline)", ok=_r66, outside_display=True),
    S(71, "valid", "odds = e^{beta_0 + ...}", ok=_r66),
    S(75, "valid", "logit = beta_0 + ... (log without backslash)", ok=_r75),
    S(90, "not-an-identity", "likelihood defined (the second product is written over y_j = 1; the usual form has y_j = 0)"),
    S(98, "not-an-identity", "reference-class model defined"),
    S(102, "not-an-identity", "class K probability defined"),
    S(106, "valid", "log(P(k)/P(K)) = beta_k0 + ...", ok=_r106),
    S(110, "valid", "substitute the two probabilities (inline)", ok=_r110(0), outside_display=True),
    S(110, "valid", "the common denominators cancel (inline)", ok=_r110(1), outside_display=True),
    S(110, "valid", "log(e^{z_k}/1) = log(e^{z_k}) (inline)", ok=_r110(2), outside_display=True),
    S(110, "valid", "= z_k (inline)", ok=_r110(3), outside_display=True),
    S(114, "not-an-identity", "softmax coding defined (P(Y=k|X=x) redefined)"),
    S(118, "invalid", "the left side has P(Y=K|X=x) but the right side is the k versus k' difference: softmax with K = 3, z = (1, 2, 0), k = 1, k' = 2: log(P_1/P_3) = 1 but z_1 - z_2 = -1", cx=_cx118),
    S(122, "valid", "softmax denominators cancel (inline)", ok=_r122(0), outside_display=True),
    S(122, "valid", "log of a ratio (inline)", ok=_r122(1), outside_display=True),
    S(122, "valid", "= z_k - z_k' (inline)", ok=_r122(2), outside_display=True),
]
CLAIMS = [(75, 75, "valid", "logit is linear"), (106, 106, "valid", "reference-class log ratio"), (118, 118, "invalid", "softmax log ratio with K for k'"), (122, 122, "valid", "softmax log ratio proof")]
