from common import *
DOC = "59_wat36_mean_cross_entropy_gradient.md"; TIER = 2
TOPIC = "Hugo book page in Japanese: gradient of the mean binary cross-entropy of a one-input logistic model, every display inside a {{< katex >}} shortcode (no dollar signs), \\tag{n} on its own line before the row or inside aligned, { \\bf w }, full-width spaces (U+3000) after \\partial w_{0} }, a trailing \\\\ before \\end{aligned}"
NOTES = "y_n = sigma(a_n), a_n = w_0 x_n + w_1, E_n = binary cross-entropy, E = mean of E_n = -(1/N) log P(T|X) with the Bernoulli likelihood of the previous chapter"
def _data(r, N=4):
    x = r.normal(size=N); t = (r.uniform(size=N) < 0.5).astype(float); w = r.normal(size=2); return x, t, w
def _E(x, t, w):
    y = sig(w[0] * x + w[1]); return -np.mean(t * np.log(y) + (1 - t) * np.log(1 - y))
def _r15(r):
    x, t, w = _data(r); y = sig(w[0] * x + w[1]); N = len(x)
    return -np.log(np.prod(y ** t * (1 - y) ** (1 - t))) / N, -np.sum(t * np.log(y) + (1 - t) * np.log(1 - y)) / N
def _r50(r):
    x, t, w = _data(r); y = sig(w[0] * x + w[1]); En = -(t * np.log(y) + (1 - t) * np.log(1 - y))
    return -np.sum(t * np.log(y) + (1 - t) * np.log(1 - y)) / len(x), np.sum(En) / len(x)
def _gw(k, j):
    def f(r):
        x, t, w = _data(r); N = len(x); y = sig(w[0] * x + w[1]); a = w[0] * x + w[1]
        da = x if j == 0 else np.ones_like(x)
        En = lambda ww: -(t * np.log(sig(ww[0] * x + ww[1])) + (1 - t) * np.log(1 - sig(ww[0] * x + ww[1])))
        dEn = np.array([d(lambda s: En(np.r_[w[:j], s, w[j + 1:]])[n], w[j]) for n in range(N)])
        dEdy = (y - t) / ((1 - y) * y); dyda = (1 - y) * y
        vals = [d(lambda s: _E(x, t, np.r_[w[:j], s, w[j + 1:]]), w[j]), np.sum(dEn) / N, np.sum(dEdy * dyda * da) / N,
                np.sum((y - t) / ((1 - y) * y) * (1 - y) * y * da) / N, np.sum((y - t) * da) / N]
        return vals[k], vals[k + 1]
    return f
def _chain(j):
    def f(r):
        x, t, w = _data(r); y = sig(w[0] * x + w[1]); n = 0
        En = lambda ww: -(t[n] * np.log(sig(ww[0] * x[n] + ww[1])) + (1 - t[n]) * np.log(1 - sig(ww[0] * x[n] + ww[1])))
        da = x[n] if j == 0 else 1.0
        return d(lambda s: En(np.r_[w[:j], s, w[j + 1:]]), w[j]), (y[n] - t[n]) / ((1 - y[n]) * y[n]) * (1 - y[n]) * y[n] * da
    return f
def _r8(k):
    def f(r):
        yv, tv = r.uniform(0.05, 0.95), float(r.integers(0, 2))
        En = lambda yy: -(tv * np.log(yy) + (1 - tv) * np.log(1 - yy))
        vals = [d(En, yv), d(En, yv), -tv / yv + (1 - tv) / (1 - yv), (yv - tv) / ((1 - yv) * yv)]
        return vals[k], vals[k + 1]
    return f
def _r9(k):
    def f(r):
        a = r.normal() * 2; y = sig(a)
        vals = [d(sig, a), d(lambda s: 1 / (1 + np.exp(-s)), a), np.exp(-a) / (1 + np.exp(-a)) ** 2,
                (1 - 1 / (1 + np.exp(-a))) * (1 / (1 + np.exp(-a))), (1 - y) * y]
        return vals[k], vals[k + 1]
    return f
def _r10(j, k):
    def f(r):
        x, w = r.normal(), r.normal(size=2)
        g = d(lambda s: (s * x + w[1]) if j == 0 else (w[0] * x + s), w[j])
        vals = [g, g, x if j == 0 else 1.0]
        return vals[k], vals[k + 1]
    return f
STEPS = [
    S(14, "valid", "-(1/N) log P(T|X) = -(1/N) sum (t log y + (1-t) log(1-y)) (tag line 14, row 15-16)", ok=_r15, finder_line=15),
    S(40, "not-an-identity", "E_n(w) defined (tag line 40, row 41-42)", finder_line=41),
    S(48, "not-an-identity", "E(w) = -(1/N) log P(T|X) (row 48-49)"),
    S(50, "valid", "log-likelihood written out", ok=_r15),
    S(51, "valid", "= (1/N) sum E_n(w)", ok=_r50),
    S(61, "valid", "dE/dw_0 = (1/N) d/dw_0 sum E_n (row 61-62; a full-width space after the d/dw_0)", ok=_gw(0, 0)),
    S(63, "valid", "derivative inside the sum", ok=lambda r: _gw(0, 0)(r)),
    S(70, "not-an-identity", "y_n = sigma(a_n) (tag line 70, row 71)", finder_line=71),
    S(70, "not-an-identity", "sigma written out", finder_line=71),
    S(75, "not-an-identity", "a_n = w_0 x_n + w_1 (tag line 75, row 76)", finder_line=76),
    S(82, "valid", "chain rule dE_n/dw_0 (tag line 82, row 83-86)", ok=_chain(0), finder_line=83),
    S(93, "valid", "dE_n/dy_n = d/dy_n (-(...)) (tag line 93, row 94-95)", ok=_r8(0), finder_line=94),
    S(96, "valid", "= -t/y + (1-t)/(1-y)", ok=_r8(1)),
    S(97, "valid", "= (y - t)/((1-y) y)", ok=_r8(2)),
    S(103, "valid", "dy/da = d/da 1/(1+exp(-a)) (tag line 103, row 104-105)", ok=_r9(0), finder_line=104),
    S(106, "valid", "= exp(-a)/(1+exp(-a))^2", ok=_r9(1)),
    S(107, "valid", "= (1 - sigma) sigma", ok=_r9(2)),
    S(108, "valid", "= (1 - y) y", ok=_r9(3)),
    S(114, "valid", "da/dw_0 = d/dw_0 (w_0 x + w_1) (tag line 114, row 115-116)", ok=_r10(0, 0), finder_line=115),
    S(117, "valid", "= x_n", ok=_r10(0, 1)),
    S(125, "valid", "dE/dw_0 = (1/N) sum dE_n/dw_0 (row 125-126)", ok=_gw(1, 0)),
    S(127, "valid", "chain rule inside the sum (row 127-130)", ok=_gw(1, 0)),
    S(131, "valid", "factors substituted (row 131-133)", ok=_gw(2, 0)),
    S(134, "valid", "= (1/N) sum (y - t) x", ok=_gw(3, 0)),
    S(141, "valid", "chain rule dE_n/dw_1 (tag line 141, row 142-145)", ok=_chain(1), finder_line=142),
    S(150, "valid", "da/dw_1 = d/dw_1 (w_0 x + w_1) (tag line 150, row 151-152)", ok=_r10(1, 0), finder_line=151),
    S(153, "valid", "= 1 (followed by an empty row)", ok=_r10(1, 1)),
    S(161, "valid", "dE/dw_1 = (1/N) sum dE_n/dw_1 (row 161-162)", ok=_gw(1, 1) if False else (lambda r: _gw(0, 1)(r))),
    S(163, "valid", "chain rule inside the sum (row 163-166)", ok=_gw(1, 1)),
    S(167, "valid", "factors substituted (row 167-169)", ok=_gw(2, 1)),
    S(170, "valid", "= (1/N) sum (y - t)", ok=_gw(3, 1)),
]
CLAIMS = [(125, 134, "valid", "dE/dw_0"), (161, 170, "valid", "dE/dw_1")]
