"""hostile11 F: \\log over a product without parentheses (\\log p(y|x)p(x), \\log a b), KL written KL[p||q], D(p\\|q),
\\mathrm{KL}(p \\Vert q), D_{KL}[p || q]. The product under the log is read as the author means it (log of the product);
the mutations are false under every reading. World: joint P_XY (Kx x Ky), distributions q, r on K states."""
import numpy as np

from build import F as FF_, T as TT_
from common import *  # noqa: F401,F403
from pairs import one as doc1, pair

Ff = "F log of products and KL spellings"
P = "F"
JXY = (r"Let $p(x, y)$ be a joint distribution of $x$ and $y$ on a finite set, positive everywhere, with marginals $p(x)$, "
       r"$p(y)$ and conditionals $p(y|x)$, $p(x|y)$.")
PX = lambda W: W.Pxy.sum(1)
PY = lambda W: W.Pxy.sum(0)
gx = lambda W, v: np.broadcast_to(np.asarray(v, float)[:, None], W.Pxy.shape)
gy = lambda W, v: np.broadcast_to(np.asarray(v, float)[None, :], W.Pxy.shape)
PYgX = lambda W: W.Pxy / PX(W)[:, None]
PXgY = lambda W: W.Pxy / PY(W)[None, :]
L = np.log
pair(P, Ff, [JXY], r"\log p(x, y) = \log p(y|x)p(x)", r"\log p(x, y) = \log p(x|y)p(x)", lambda W: L(W.Pxy), lambda W: L(PYgX(W) * gx(W, PX(W))),
     lambda W: L(PXgY(W) * gx(W, PX(W))), note="the conditional turned round")
pair(P, Ff, [JXY], r"\log p(y|x)p(x) = \log p(y|x) + \log p(x)", r"\log p(y|x)p(x) = \log p(y|x) + \log p(y)",
     lambda W: L(PYgX(W) * gx(W, PX(W))), lambda W: L(PYgX(W)) + L(gx(W, PX(W))), lambda W: L(PYgX(W)) + L(gy(W, PY(W))))
pair(P, Ff, [JXY], r"\log p(x|y)p(y) = \log p(y|x)p(x)", r"\log p(x|y)p(y) = \log p(y|x)p(y)", lambda W: L(PXgY(W) * gy(W, PY(W))),
     lambda W: L(PYgX(W) * gx(W, PX(W))), lambda W: L(PYgX(W) * gy(W, PY(W))))
pair(P, Ff, [JXY], r"\log p(x|y) = \log p(y|x)p(x) - \log p(y)", r"\log p(x|y) = \log p(y|x)p(x) + \log p(y)",
     lambda W: L(PXgY(W)), lambda W: L(PYgX(W) * gx(W, PX(W))) - L(gy(W, PY(W))), lambda W: L(PYgX(W) * gx(W, PX(W))) + L(gy(W, PY(W))))
pair(P, Ff, [JXY], r"\sum_{x, y} p(x, y) \log p(y|x)p(x) = \sum_{x, y} p(x, y) \log p(x, y)",
     r"\sum_{x, y} p(x, y) \log p(y|x)p(x) = \sum_{x} p(x) \log p(x)",
     lambda W: (W.Pxy * L(PYgX(W) * gx(W, PX(W)))).sum(), lambda W: (W.Pxy * L(W.Pxy)).sum(), lambda W: PX(W) @ L(PX(W)))
AB = r"Let $a > 0$ and $b > 0$ be real numbers."
aa, bb = (lambda W: W.s3[0]), (lambda W: W.s3[1])
pair(P, Ff, [AB], r"\log 2a = \log 2 + \log a", r"\log 2a = 2 \log a", lambda W: L(2 * aa(W)), lambda W: L(2) + L(aa(W)), lambda W: 2 * L(aa(W)))
pair(P, Ff, [AB], r"\log a^{2} b = 2 \log a + \log b", r"\log a^{2} b = 2 \log a + 2 \log b", lambda W: L(aa(W) ** 2 * bb(W)),
     lambda W: 2 * L(aa(W)) + L(bb(W)), lambda W: 2 * L(aa(W)) + 2 * L(bb(W)))
pair(P, Ff, [AB], r"\log e^{a} b = a + \log b", r"\log e^{a} b = a \log b", lambda W: L(np.exp(aa(W)) * bb(W)), lambda W: aa(W) + L(bb(W)),
     lambda W: aa(W) * L(bb(W)))
pair(P, Ff, [AB], r"\ln \frac{a}{b} + \ln b a = 2 \ln a", r"\ln \frac{a}{b} + \ln b a = 2 \ln b", lambda W: L(aa(W) / bb(W)) + L(bb(W) * aa(W)),
     lambda W: 2 * L(aa(W)), lambda W: 2 * L(bb(W)))
PQ = r"Let $p$ and $q$ be distributions on a finite set of states $x$, with $p(x) > 0$ and $q(x) > 0$ for all $x$."
KLp, KLq = (lambda W: KL(W.q, W.r)), (lambda W: KL(W.r, W.q))
pair(P, Ff, [PQ], r"KL[p||q] = \sum_{x} p(x) \log \frac{p(x)}{q(x)}", r"KL[p||q] = \sum_{x} q(x) \log \frac{p(x)}{q(x)}", KLp,
     lambda W: W.q @ L(W.q / W.r), lambda W: W.r @ L(W.q / W.r))
pair(P, Ff, [PQ], r"KL[p||q] \ge 0", r"KL[p||q] \le 0", KLp, zero, zero, rel=">=", relF="<=")
pair(P, Ff, [PQ], r"D(p\|q) = -\sum_{x} p(x) \log q(x) + \sum_{x} p(x) \log p(x)", r"D(p\|q) = -\sum_{x} q(x) \log p(x) + \sum_{x} p(x) \log p(x)",
     KLp, lambda W: -W.q @ L(W.r) + W.q @ L(W.q), lambda W: -W.r @ L(W.q) + W.q @ L(W.q))
doc1(P, Ff, [PQ], r"D(p\|q) + D(q\|p) = \sum_{x} \left(p(x) - q(x)\right) \log \frac{p(x)}{q(x)}",
     (TT_, lambda W: KLp(W) + KLq(W), lambda W: (W.q - W.r) @ L(W.q / W.r)))
doc1(P, Ff, [PQ], r"D(p\|q) = D(q\|p)", (FF_, KLp, KLq), note="KL is not symmetric")
pair(P, Ff, [PQ], r"\mathrm{KL}(p \Vert q) = \sum_{x} p(x) \log p(x) - \sum_{x} p(x) \log q(x)",
     r"\mathrm{KL}(p \Vert q) = \sum_{x} p(x) \log p(x) - \sum_{x} q(x) \log q(x)", KLp, lambda W: W.q @ L(W.q) - W.q @ L(W.r),
     lambda W: W.q @ L(W.q) - W.r @ L(W.r))
pair(P, Ff, [PQ], r"D_{KL}[p \,||\, q] = \sum_{x} p(x) \log p(x) q(x)^{-1}", r"D_{KL}[p \,||\, q] = \sum_{x} p(x) \log p(x)^{-1} q(x)",
     KLp, lambda W: W.q @ L(W.q / W.r), lambda W: W.q @ L(W.r / W.q))
pair(P, Ff, [PQ, r"The cross-entropy is $H(p, q) = -\sum_{x} p(x) \log q(x)$ and the entropy $H(p) = -\sum_{x} p(x) \log p(x)$."],
     r"KL(p||q) = H(p, q) - H(p)", r"KL(p||q) = H(p, q) + H(p)", KLp, lambda W: CE(W.q, W.r) - H(W.q), lambda W: CE(W.q, W.r) + H(W.q))
pair(P, Ff, [PQ, r"The cross-entropy is $H(p, q) = -\sum_{x} p(x) \log q(x)$ and the entropy $H(p) = -\sum_{x} p(x) \log p(x)$."],
     r"H(p) \le H(p, q)", r"H(p) \ge H(p, q)", lambda W: H(W.q), lambda W: CE(W.q, W.r), lambda W: CE(W.q, W.r), rel="<=", relF=">=")
MIX = r"Let $m(x) = \frac{1}{2}\left(p(x) + q(x)\right)$."
mm = lambda W: 0.5 * (W.q + W.r)
pair(P, Ff, [PQ, MIX], r"D(p\|m) + D(q\|m) \le 2 \log 2", r"D(p\|m) + D(q\|m) \le \log 2", lambda W: KL(W.q, mm(W)) + KL(W.r, mm(W)),
     lambda W: 2 * L(2), lambda W: L(2), rel="<=")
MODEL = (r"The model is $p_\theta(x) = e^{-E_\theta(x)} / Z_\theta$ with $Z_\theta = \sum_{x} e^{-E_\theta(x)}$ on a finite set, and $q$ is any "
         r"positive distribution on the same set.")
pair(P, Ff, [MODEL], r"KL[q||p_\theta] = \sum_{x} q(x) \log q(x) + \sum_{x} q(x) E_\theta(x) + \log Z_\theta",
     r"KL[q||p_\theta] = \sum_{x} q(x) \log q(x) - \sum_{x} q(x) E_\theta(x) + \log Z_\theta",
     lambda W: KL(W.q, W.p()), lambda W: W.q @ L(W.q) + W.q @ W.E() + W.logZ(), lambda W: W.q @ L(W.q) - W.q @ W.E() + W.logZ())
pair(P, Ff, [MODEL], r"D(q\|p_\theta) \ge 0", r"D(q\|p_\theta) = 0", lambda W: KL(W.q, W.p()), zero, zero, rel=">=", relF="=", note="q is not the model")
pair(P, Ff, [MODEL], r"\frac{\partial}{\partial \theta} KL[q||p_\theta] = \sum_{x} q(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     r"\frac{\partial}{\partial \theta} KL[q||p_\theta] = \sum_{x} p_\theta(x) \frac{\partial E_\theta(x)}{\partial \theta} - \sum_{x} q(x) \frac{\partial E_\theta(x)}{\partial \theta}",
     lambda W: d1(lambda t: KL(W.q, W.p(t)), W.th), lambda W: W.q @ W.dE() - W.p() @ W.dE(), lambda W: W.p() @ W.dE() - W.q @ W.dE())
pair(P, Ff, [MODEL], r"\log p_\theta(x) Z_\theta = -E_\theta(x)", r"\log p_\theta(x) Z_\theta = E_\theta(x)", lambda W: L(W.p() * W.Z()), lambda W: -W.E(),
     lambda W: W.E())
pair(P, Ff, [MODEL], r"\log Z_\theta p_\theta(x) + E_\theta(x) = 0", r"\log Z_\theta p_\theta(x) - E_\theta(x) = 0", lambda W: L(W.Z() * W.p()) + W.E(),
     zero, lambda W: L(W.Z() * W.p()) - W.E())
JX = (r"Let $p(x, y)$ be a positive joint distribution on a finite set with marginals $p(x)$ and $p(y)$; the mutual information is "
      r"$I = D\left(p(x, y) \,\|\, p(x) p(y)\right)$ and $H(x) = -\sum_{x} p(x) \log p(x)$, $H(y) = -\sum_{y} p(y) \log p(y)$, "
      r"$H(x, y) = -\sum_{x, y} p(x, y) \log p(x, y)$.")
MI = lambda W: float((W.Pxy * L(W.Pxy / np.outer(PX(W), PY(W)))).sum())
pair(P, Ff, [JX], r"I = H(x) + H(y) - H(x, y)", r"I = H(x, y) - H(x) - H(y)", MI, lambda W: H(PX(W)) + H(PY(W)) - H(W.Pxy.ravel()),
     lambda W: H(W.Pxy.ravel()) - H(PX(W)) - H(PY(W)))
pair(P, Ff, [JX], r"I = \sum_{x, y} p(x, y) \log p(x, y) - \sum_{x, y} p(x, y) \log p(x) p(y)",
     r"I = \sum_{x, y} p(x, y) \log p(x, y) - \sum_{x, y} p(x) p(y) \log p(x, y)", MI,
     lambda W: (W.Pxy * L(W.Pxy)).sum() - (W.Pxy * L(np.outer(PX(W), PY(W)))).sum(), lambda W: (W.Pxy * L(W.Pxy)).sum() - (np.outer(PX(W), PY(W)) * L(W.Pxy)).sum())
