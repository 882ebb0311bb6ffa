from me import *
DOC = "16_lihang_dual_mle.md"; TIER = 2
TOPIC = "Chinese study notes: maximum of the dual function = maximum likelihood for the maximum-entropy model (one row drops the multiplier terms)"
NOTES = "lines 8-11 are in a ``` code fence (LaTeX typed as code); line 17 garbled (exp(1-w+0) for the normaliser Z_w(x)); " \
        "Psi(w) = L(P_w, w), L(P, w) = -H(P) + w_0(1 - sum P) + sum_i w_i (E_P~(f_i) - E_P(f_i)) (Li Hang's Lagrangian)"


def _psi(f, Pt, w):
    P = Pw(f, w); Px = Pt.sum(1)
    negH = np.sum(Px[:, None] * P * np.log(P))
    return negH + np.sum(w * (np.tensordot(f, Pt, ([1, 2], [0, 1])) - np.tensordot(f, Px[:, None] * P, ([1, 2], [0, 1]))))


_f1 = np.array([[[1.0, 0.0]]]); _P1 = np.array([[1.0, 0.0]]); _w1 = np.array([1.0])

STEPS = [
    S(9, "not-an-identity", "conditional log-likelihood (definition)", outside_display=True),
    S(10, "valid", "log of a product", ok=lambda r: (lambda f, Pt, w: (np.log(np.prod(Pw(f, w) ** Pt)), Lw(f, Pt, w)))(*inst(r)), outside_display=True),
    S(17, "not-an-identity", "the model (definition; garbled normaliser)"),
    S(23, "valid", "model in line 10", ok=lambda r: (lambda f, Pt, w: (Lw(f, Pt, w), Ld(f, Pt, w)))(*inst(r))),
    S(31, "not-an-identity", "dual function (definition)"),
    S(32, "invalid", "the multiplier terms sum_i w_i (E_P~(f_i) - E_P(f_i)) are dropped (they vanish only where the constraints hold): one x, y in {1,2}, "
      "f(x,1) = 1, f(x,2) = 0, P~(x,1) = 1, w = 1: Psi(w) = -0.5822 + (1 - 0.7311) = -0.3133 but sum P~ P_w log P_w = -0.5822",
      cx=lambda: (_psi(_f1, _P1, _w1), np.sum(Pw(_f1, _w1) * np.log(Pw(_f1, _w1))))),
    S(33, "invalid", "against line 32 (the slip undone): same instance: -0.5822 against 1 - log(1 + e) = -0.3133",
      cx=lambda: (np.sum(Pw(_f1, _w1) * np.log(Pw(_f1, _w1))), Ld(_f1, _P1, _w1))),
    S(40, "valid", "lines 23 and 33 are the same expression (and Psi(w) equals it)", ok=lambda r: (lambda f, Pt, w: (Lw(f, Pt, w), _psi(f, Pt, w)))(*inst(r)), cross_display=True),
]
CLAIMS = [(31, 33, "valid", "Psi(w) = sum P~ sum w f - sum P~ log Z_w (end to end, though line 32 is wrong)")]
