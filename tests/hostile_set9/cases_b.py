"""hostile10 B: named distributions other than the model (P_X, P_Y, P_{XY}, p_i, P_w, q, r): marginals, Bayes, chain rule,
normalisation, KL >= 0; true for every distribution vs false for some."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

B = "B named distributions"
P = "B"
JXY = (r"Let $P_{XY}$ be a joint distribution of two random variables $X$ and $Y$ with finitely many values, "
       r"$P_X$ and $P_Y$ its marginals, and $P_{Y \mid X}$, $P_{X \mid Y}$ its conditionals.")
PX = lambda W: W.Pxy.sum(1)
PY = lambda W: W.Pxy.sum(0)
grid = lambda W, a: np.broadcast_to(np.asarray(a, float), W.Pxy.shape)
gx = lambda W, v: np.broadcast_to(np.asarray(v, float)[:, None], W.Pxy.shape)
gy = lambda W, v: np.broadcast_to(np.asarray(v, float)[None, :], W.Pxy.shape)
PYgX = lambda W: W.Pxy / PX(W)[:, None]
PXgY = lambda W: W.Pxy / PY(W)[None, :]

pair(P, B, [JXY], r"\sum_{y} P_{XY}(x, y) = P_X(x)", r"\sum_{y} P_{XY}(x, y) = P_Y(y)",
     lambda W: gx(W, PX(W)), lambda W: gx(W, PX(W)), lambda W: gy(W, PY(W)), note="marginal of the other variable")
doc1(P, B, [JXY], r"\sum_{x} P_X(x) = 1", (TT_, lambda W: PX(W).sum(), one))
doc1(P, B, [JXY], r"\sum_{x} P_X(x)^{2} = 1", (FF_, lambda W: (PX(W) ** 2).sum(), one))
pair(P, B, [JXY], r"P_{X \mid Y}(x \mid y) = \frac{P_{Y \mid X}(y \mid x)\, P_X(x)}{P_Y(y)}",
     r"P_{X \mid Y}(x \mid y) = \frac{P_{Y \mid X}(y \mid x)\, P_Y(y)}{P_X(x)}",
     PXgY, lambda W: PYgX(W) * gx(W, PX(W)) / gy(W, PY(W)), lambda W: PYgX(W) * gy(W, PY(W)) / gx(W, PX(W)), note="Bayes with marginals swapped")
pair(P, B, [JXY], r"P_{XY}(x, y) = P_X(x)\, P_{Y \mid X}(y \mid x)", r"P_{XY}(x, y) = P_X(x)\, P_Y(y)",
     lambda W: W.Pxy, lambda W: gx(W, PX(W)) * PYgX(W), lambda W: gx(W, PX(W)) * gy(W, PY(W)), note="independence not given")
PI = (r"Let $p_1, \ldots, p_K$ and $q_1, \ldots, q_K$ be two probability vectors with positive entries, "
      r"$\sum_{i} p_i = \sum_{i} q_i = 1$.")
pair(P, B, [PI], r"-\sum_{i=1}^{K} p_i \log p_i \le \log K", r"-\sum_{i=1}^{K} p_i \log p_i \ge \log K",
     lambda W: H(W.q), lambda W: np.log(W.K), lambda W: np.log(W.K), rel="<=", relF=">=")
pair(P, B, [PI], r"\sum_{i=1}^{K} p_i \log \frac{p_i}{q_i} \ge 0", r"\sum_{i=1}^{K} p_i \log \frac{p_i}{q_i} \le 0",
     lambda W: KL(W.q, W.r), zero, zero, rel=">=", relF="<=")
pair(P, B, [PI], r"\sum_{i=1}^{K} \sqrt{p_i q_i} \le 1", r"\sum_{i=1}^{K} \sqrt{p_i q_i} \ge 1",
     lambda W: np.sqrt(W.q * W.r).sum(), one, one, rel="<=", relF=">=")
doc1(P, B, [PI], r"\sum_{i=1}^{K} p_i\, \frac{q_i}{p_i} = 1", (TT_, lambda W: (W.q * W.r / W.q).sum(), one))
doc1(P, B, [PI], r"\sum_{i=1}^{K} q_i\, \frac{q_i}{p_i} = 1", (FF_, lambda W: (W.r * W.r / W.q).sum(), one), note="weights q for p")
QR = r"Let $q$ and $r$ be two distributions on the same finite set, both positive everywhere."
doc1(P, B, [QR], r"\mathrm{KL}(q \,\|\, q) = 0", (TT_, lambda W: KL(W.q, W.q), zero))
doc1(P, B, [QR], r"\mathrm{KL}(q \,\|\, r) = 0", (FF_, lambda W: KL(W.q, W.r), zero), note="q and r merged")
doc1(P, B, [QR], r"\sum_{x} q(x) \log q(x) \ge \sum_{x} q(x) \log r(x)", (TT_, lambda W: W.q @ np.log(W.q), lambda W: W.q @ np.log(W.r), ">="))
doc1(P, B, [QR], r"\sum_{x} q(x) \log q(x) \ge \sum_{x} r(x) \log r(x)", (FF_, lambda W: W.q @ np.log(W.q), lambda W: W.r @ np.log(W.r), ">="),
     note="true for q = r only")
doc1(P, B, [QR], r"\mathbb{E}_{x \sim q}\left[\frac{r(x)}{q(x)}\right] = 1", (TT_, lambda W: W.q @ (W.r / W.q), one))
doc1(P, B, [QR], r"\mathbb{E}_{x \sim r}\left[\frac{r(x)}{q(x)}\right] = 1", (FF_, lambda W: W.r @ (W.r / W.q), one), note="1 + chi^2")
MIX = (r"Let $q$ and $r$ be two distributions on the same finite set, both positive, $\lambda \in (0, 1)$, and "
       r"$m = \lambda q + (1 - \lambda) r$. $H$ denotes the entropy.")
mix = lambda W: W.lam * W.q + (1 - W.lam) * W.r
pair(P, B, [MIX], r"H(m) \ge \lambda H(q) + (1 - \lambda) H(r)", r"H(m) \le \lambda H(q) + (1 - \lambda) H(r)",
     lambda W: H(mix(W)), lambda W: W.lam * H(W.q) + (1 - W.lam) * H(W.r), lambda W: W.lam * H(W.q) + (1 - W.lam) * H(W.r),
     rel=">=", relF="<=")
BW = (r"A prior $P_w$ over finitely many weights $w$ and a likelihood $P(D \mid w) \in (0, 1)$ of one data set $D$ give the "
      r"posterior $P(w \mid D) = P(D \mid w) P_w(w) / P(D)$ with $P(D) = \sum_{w} P(D \mid w) P_w(w)$.")
post = lambda W: W.lik2 * W.pw / (W.lik2 @ W.pw)
doc1(P, B, [BW], r"\sum_{w} P(w \mid D) = 1", (TT_, lambda W: post(W).sum(), one))
doc1(P, B, [BW], r"\sum_{w} P(D \mid w) = 1", (FF_, lambda W: W.lik2.sum(), one), note="a likelihood is not normalised over w")
pair(P, B, [BW], r"\frac{P(w \mid D)}{P_w(w)} = \frac{P(D \mid w)}{P(D)}", r"\frac{P(w \mid D)}{P_w(w)} = \frac{P(D \mid w)}{P_w(w)}",
     lambda W: post(W) / W.pw, lambda W: W.lik2 / (W.lik2 @ W.pw), lambda W: W.lik2 / W.pw)
IND = (r"Let $X$ and $Y$ be independent, with distributions $P_X$ and $P_Y$ on finitely many values, so that "
       r"$P_{XY}(x, y) = P_X(x)\, P_Y(y)$.")
Hxy = lambda J: float(-(J * np.log(J)).sum())
HXY = r"-\sum_{x, y} P_{XY}(x, y) \log P_{XY}(x, y) = -\sum_{x} P_X(x) \log P_X(x) - \sum_{y} P_Y(y) \log P_Y(y)"
doc1(P, B, [IND], HXY, (TT_, lambda W: Hxy(np.outer(PX(W), PY(W))), lambda W: H(PX(W)) + H(PY(W))))
doc1(P, B, [JXY], HXY, (FF_, lambda W: Hxy(W.Pxy), lambda W: H(PX(W)) + H(PY(W))), note="same row, X and Y not independent")
doc1(P, B, [JXY], r"-\sum_{x, y} P_{XY}(x, y) \log P_{XY}(x, y) \le -\sum_{x} P_X(x) \log P_X(x) - \sum_{y} P_Y(y) \log P_Y(y)",
     (TT_, lambda W: Hxy(W.Pxy), lambda W: H(PX(W)) + H(PY(W)), "<="))
doc1(P, B, [JXY], r"-\sum_{x, y} P_{XY}(x, y) \log P_{XY}(x, y) \ge -\sum_{x} P_X(x) \log P_X(x) - \sum_{y} P_Y(y) \log P_Y(y)",
     (FF_, lambda W: Hxy(W.Pxy), lambda W: H(PX(W)) + H(PY(W)), ">="))
MQ = [r"p_\theta(x) = \frac{e^{-E_\theta(x)}}{Z_\theta}"]
QQ = r"Let $q$ be a second distribution on the same states, $q(x) > 0$."
doc1(P, B, [MQ, M9Z, QQ], r"\sum_{x} p_\theta(x)\, \frac{q(x)}{p_\theta(x)} = 1", (TT_, lambda W: W.p() @ (W.q / W.p()), one))
doc1(P, B, [MQ, M9Z, QQ], r"\sum_{x} q(x)\, \frac{q(x)}{p_\theta(x)} = 1", (FF_, lambda W: W.q @ (W.q / W.p()), one))
doc1(P, B, [MQ, M9Z, QQ], r"\sum_{x} q(x) \log p_\theta(x) = -\sum_{x} q(x) E_\theta(x) - \log Z_\theta",
     (TT_, lambda W: W.q @ np.log(W.p()), lambda W: -(W.q @ W.E()) - W.logZ()))
doc1(P, B, [MQ, M9Z, QQ], r"\sum_{x} q(x) \log p_\theta(x) = -\sum_{x} p_\theta(x) E_\theta(x) - \log Z_\theta",
     (FF_, lambda W: W.q @ np.log(W.p()), lambda W: -(W.p() @ W.E()) - W.logZ()), note="weights p for q")
X3 = r"Let $P_{XYZ}$ be a joint distribution of three binary variables $X$, $Y$, $Z$, with marginals and conditionals written $P_{XY}$, $P_{Z \mid XY}$ and so on."
P3 = lambda W: W.P3
doc1(P, B, [X3], r"P_{XYZ}(x, y, z) = P_{X}(x)\, P_{Y \mid X}(y \mid x)\, P_{Z \mid XY}(z \mid x, y)", (TT_, P3, P3))
doc1(P, B, [X3], r"P_{XYZ}(x, y, z) = P_{X}(x)\, P_{Y \mid X}(y \mid x)\, P_{Z \mid Y}(z \mid y)",
     (FF_, P3, lambda W: W.P3.sum((1, 2))[:, None, None] * (W.P3.sum(2) / W.P3.sum((1, 2))[:, None])[:, :, None]
      * (W.P3.sum(0) / W.P3.sum((0, 2))[:, None])[None, :, :]), note="Markov chain not given")
doc1(P, B, [X3], r"\sum_{z} P_{XYZ}(x, y, z) = P_{XY}(x, y)", (TT_, lambda W: W.P3.sum(2), lambda W: W.P3.sum(2)))
doc1(P, B, [X3], r"\sum_{z} P_{XYZ}(x, y, z) = P_{XZ}(x, y)", (FF_, lambda W: W.P3.sum(2), lambda W: W.P3.sum(1)), note="marginal of X, Z at (x, y)")
