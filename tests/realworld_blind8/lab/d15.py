from me import *
DOC = "15_lihang_iis_bound.md"; TIER = 2
TOPIC = "Chinese study notes (GitBook, kramdown $$): IIS lower bound A(delta|w) of L(w+delta) - L(w) for the maximum-entropy model"
NOTES = "maximum-entropy model P_w(y|x) = exp(sum_i w_i f_i(x,y))/Z_w(x); L(w) = sum P~(x,y) sum w_i f_i - sum P~(x) log Z_w(x) (the notes' eq. of the previous page); " \
        "'(1)', '(2)', '(3)' name the previous expression; rows hold a relation on their first line and its continuation on the next"


def _d(r):
    f, Pt, w = inst(r); return f, Pt, w, r.normal(size=len(w)) * .5


def _lhs(f, Pt, w, dl):
    return Lw(f, Pt, w + dl) - Lw(f, Pt, w)


def _t1(f, Pt, w, dl):
    return np.sum(Pt * np.tensordot(dl, f, 1))


STEPS = [
    S(13, "valid", "difference of the log-likelihoods of the model", ok=lambda r: (lambda f, Pt, w, dl: (_lhs(f, Pt, w, dl), _t1(f, Pt, w, dl) - np.sum(Pt.sum(1) * np.log(Zw(f, w + dl) / Zw(f, w)))))(*_d(r))),
    S(17, "valid", "-log a >= 1 - a", ok=lambda r: (lambda f, Pt, w, dl: (float(_lhs(f, Pt, w, dl) >= _t1(f, Pt, w, dl) + np.sum(Pt.sum(1) * (1 - Zw(f, w + dl) / Zw(f, w))) - 1e-12), 1.0))(*_d(r))),
    S(17, "valid", "sum expanded (row continues on line 18)", ok=lambda r: (lambda f, Pt, w, dl: (np.sum(Pt.sum(1) * (1 - Zw(f, w + dl) / Zw(f, w))), Pt.sum() - np.sum(Pt.sum(1) * Zw(f, w + dl) / Zw(f, w))))(*_d(r))),
    S(22, "valid", "sum_x P~(x) = 1", ok=lambda r: (lambda f, Pt, w, dl: (Pt.sum() - np.sum(Pt.sum(1) * Zw(f, w + dl) / Zw(f, w)), 1 - np.sum(Pt.sum(1) * Zw(f, w + dl) / Zw(f, w))))(*_d(r))),
    S(26, "valid", "Z_{w+delta}(x)/Z_w(x) = sum_y P_w(y|x) exp sum delta_i f_i",
      ok=lambda r: (lambda f, Pt, w, dl: (np.sum(Pt.sum(1) * Zw(f, w + dl) / Zw(f, w)), np.sum(Pt.sum(1) * (Pw(f, w) * np.exp(np.tensordot(dl, f, 1))).sum(1))))(*_d(r))),
]
CLAIMS = [(12, 26, "valid", "L(w+delta) - L(w) >= A(delta|w)")]
