from common import *
DOC = "60_sophqft_spilled_energy_llm_tex.md"; TIER = 2
TOPIC = "Beamer slides in Japanese (paper reading, .tex cut): autoregressive factorisation and telescoping, an LLM's next-token softmax read as an energy-based model with a logit energy and a marginal energy, the sequence NLL as a sum of energy differences, spilled energy; macros \\El, \\Em, \\DeltaE and \\redbox defined in the preamble outside the cut, \\coloneqq, \\label/\\eqref, \\underbrace with Japanese text, \\notag rows"
NOTES = ("x_{i:1} = (x_i, ..., x_1); p_theta(x_t | x_{t-1:1}) = softmax(theta(x_{t-1:1}))[id(x_t)]; El(x_{i:1}) = -theta(x_{i-1:1})[id(x_i)], "
         "Em(x_{i-1:1}) = -log sum_k exp(theta(x_{i-1:1})[k]) (\\El = E^l_theta, \\Em = E^m_theta in the preamble); the empty prefix x_{0:1} gives p_theta(x_1)")
V = 3
def _model(r):
    cache = {}
    def theta(prefix):
        key = tuple(prefix)
        if key not in cache:
            cache[key] = r.normal(size=V) * 1.5
        return cache[key]
    return theta
def _cond(theta, seq, t):          # p(x_t | x_{t-1:1}), seq[0] = x_1, t 1-based
    return softmax(theta(seq[:t - 1]))[seq[t - 1]]
def _joint(theta, seq, i=None):
    i = len(seq) if i is None else i
    return np.prod([_cond(theta, seq, t) for t in range(1, i + 1)])
def _El(theta, seq, i):
    return -theta(seq[:i - 1])[seq[i - 1]]
def _Em(theta, seq, i):            # Em(x_{i:1})
    return -lse(theta(seq[:i]))
def _seq(r, n=4):
    return list(r.integers(0, V, size=n))
def _r326(r):
    th = _model(r); s = _seq(r); i = len(s)
    return _joint(th, s), _cond(th, s, 1) * np.prod([_cond(th, s, t) for t in range(2, i + 1)])
def _r332(r):
    th = _model(r); s = _seq(r); t = 3
    return _cond(th, s, t), _joint(th, s, t) / _joint(th, s, t - 1)
def _r340(r):
    th = _model(r); s = _seq(r); i = len(s)
    return _joint(th, s), _cond(th, s, 1) * np.prod([_joint(th, s, t) / _joint(th, s, t - 1) for t in range(2, i + 1)])
def _r345(r):
    th = _model(r); s = _seq(r); i = len(s)
    return _cond(th, s, 1) * np.prod([_joint(th, s, t) / _joint(th, s, t - 1) for t in range(2, i + 1)]), _joint(th, s)
def _r431a(r):
    th = _model(r); s = _seq(r); i = len(s); lg = th(s[:i - 1])
    return _cond(th, s, i), np.exp(lg[s[i - 1]]) / np.exp(lg).sum()
def _r431b(r):
    th = _model(r); s = _seq(r); i = len(s); lg = th(s[:i - 1])
    return np.exp(lg[s[i - 1]]) / np.exp(lg).sum(), np.exp(-_El(th, s, i)) / np.exp(-_Em(th, s, i - 1))
def _r432(r):
    th = _model(r); s = _seq(r); i = len(s)
    return np.exp(-_El(th, s, i)) / np.exp(-_Em(th, s, i - 1)), np.exp(-_El(th, s, i) + _Em(th, s, i - 1))
def _r443(r):
    th = _model(r); s = _seq(r); i = len(s)
    return -np.log(_cond(th, s, i)), _El(th, s, i) - _Em(th, s, i - 1)
def _r449(r):
    th = _model(r); s = _seq(r); i = len(s)
    return -np.log(_joint(th, s)), -np.log(_cond(th, s, 1) * np.prod([_cond(th, s, t) for t in range(2, i + 1)]))
def _r451(r):
    th = _model(r); s = _seq(r); i = len(s)
    return -np.log(_cond(th, s, 1) * np.prod([_cond(th, s, t) for t in range(2, i + 1)])), -np.log(_cond(th, s, 1) * np.prod([_joint(th, s, t) / _joint(th, s, t - 1) for t in range(2, i + 1)]))
def _r456(r):
    th = _model(r); s = _seq(r); i = len(s)
    return -np.log(_joint(th, s)), sum(_El(th, s, t) - _Em(th, s, t - 1) for t in range(1, i + 1))
def _r470(r):
    th = _model(r); s = _seq(r); i = len(s)
    return -_Em(th, s, i) + _El(th, s, i), lse(th(s[:i])) - th(s[:i - 1])[s[i - 1]]
STEPS = [
    S(322, "not-an-identity", "x_{i:1} = (x_i, ..., x_1) (inline)", outside_display=True),
    S(326, "valid", "autoregressive factorisation (chain rule)", ok=_r326),
    S(327, "valid", "product written out", ok=_r326),
    S(332, "valid", "conditional = ratio of joints", ok=_r332),
    S(340, "valid", "ratios substituted", ok=_r340),
    S(341, "valid", "back to the conditionals (rows 341-343)", ok=lambda r: (lambda v: (v[1], v[0]))(_r340(r))),
    S(344, "valid", "ratios written out", ok=_r340),
    S(345, "valid", "telescoping: = p_theta(x_{i:1})", ok=_r345),
    S(372, "valid", "conditional = ratio of joints (row 372-375)", ok=_r332),
    S(372, "not-an-identity", "the LLM's conditional is a softmax over the vocabulary (model statement)"),
    S(398, "not-an-identity", "EBM form p = exp(-E)/Z"),
    S(411, "not-an-identity", "logit energy defined (\\coloneqq)"),
    S(420, "not-an-identity", "marginal energy defined (\\coloneqq)"),
    S(429, "valid", "softmax restated (row 429-431)", ok=_r431a),
    S(429, "valid", "= exp(-El)/exp(-Em)", ok=_r431b),
    S(432, "valid", "= exp(-El + Em)", ok=_r432),
    S(443, "valid", "-log p(x_i | x_{i-1:1}) = El - Em", ok=_r443),
    S(449, "valid", "-log of the factorisation", ok=_r449),
    S(450, "valid", "product written out", ok=_r449),
    S(451, "valid", "ratios substituted (rows 451-455)", ok=_r451),
    S(456, "valid", "= sum of El(x_{t:1}) - Em(x_{t-1:1}) written out (empty prefix for t = 1)", ok=_r456),
    S(457, "valid", "= sum_{t=1}^{i} (El - Em)", ok=_r456),
    S(469, "not-an-identity", "spilled energy defined (\\coloneqq)"),
    S(469, "valid", "= log sum exp(theta(x_{i:1})[k]) - theta(x_{i-1:1})[id(x_i)] (row 469-470)", ok=_r470),
]
CLAIMS = [(340, 345, "valid", "telescoping"), (429, 432, "valid", "softmax as an EBM"), (449, 457, "valid", "NLL as a sum of energy differences")]
