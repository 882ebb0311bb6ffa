"""hostile7 cases L-M: document forms real notes use (MyST fences and admonitions, mkdocs and GitHub
callouts, inline $$, CRLF, %-comments, \\text, \\tag, \\boxed, \\color, \\newline, \\_ escapes, align with
\\nonumber and &&, \\[ \\], lists, <details>), and implication arrows between rows."""
import numpy as np

from build import D, DEF, F, T
from common import *  # noqa: F401,F403

L = "L document forms"
G1 = r"\nabla_\theta \log \frac{p_\theta(x)}{p_\theta(x')} = \nabla_\theta E_\theta(x') - \nabla_\theta E_\theta(x)"
G1F = r"\nabla_\theta \log \frac{p_\theta(x)}{p_\theta(x')} = \nabla_\theta E_\theta(x) - \nabla_\theta E_\theta(x')"
g1l = lambda W: d1(lambda t: np.subtract.outer(np.log(W.p(t)), np.log(W.p(t))), W.th)
g1r = lambda W: -np.subtract.outer(W.dE(), W.dE())
g1f = lambda W: np.subtract.outer(W.dE(), W.dE())
score = lambda W: d1(lambda t: np.log(W.p(t)), W.th)
D("L01", L, [MODEL, [G1]], [DEF, (T, g1l, g1r)], disp="myst")
D("L02", L, [MODEL, [G1F]], [DEF, (F, g1l, g1f)], disp="myst", note="sign of the model term")
D("L03", L, [("raw", ["```{math}", ":label: eq-model", "§" + MODEL[0], "```", "", "and", "", "```{math}", ":label: eq-score", "", "§" + G1, "```"])], [DEF, (T, g1l, g1r)])
D("L04", L, [("raw", ["```{note}", "For an energy-based model", "$$", "§" + MODEL[0], "$$", "the log-ratio has the gradient", "$$", "§" + G1F, "$$", "```"])], [DEF, (F, g1l, g1f)], note="inside a MyST admonition")
D("L05", L, [("raw", [":::{tip} Gradient of a log-ratio", "$$", "§" + MODEL[0], "$$", "", "$$", "§" + G1, "$$", ":::"])], [DEF, (T, g1l, g1r)], note="colon-fence admonition")
SGP = r"Recall $\sigma(a) = 1/(1 + e^{-a})$."
D("L06", L, [SGP, ("raw", ['!!! note "Derivative of the logistic function"', "    $$", r"§    \frac{\partial \sigma(a)}{\partial a} = \sigma(a)\left(1 - \sigma(a)\right)", "    $$"])],
  [(T, lambda W: d1(sig, W.th), lambda W: sig(W.th) * (1 - sig(W.th)))], note="mkdocs admonition, indented")
D("L07", L, [SGP, ("raw", ['!!! warning "Derivative of the logistic function"', "    $$", r"§    \frac{\partial \sigma(a)}{\partial a} = \sigma(a)\left(1 + \sigma(a)\right)", "    $$"])],
  [(F, lambda W: d1(sig, W.th), lambda W: sig(W.th) * (1 + sig(W.th)))])
D("L08", L, [QD, ("raw", ["> [!NOTE]", "> The KL divergence to the model needs only the energy and the log-partition function:", ">", "> $$", "§> " + MODEL[0], "> $$", ">", "> $$",
                           r"§> \mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x \sim q}\left[\log q(x) + E_\theta(x)\right] + \log Z_\theta", "> $$"])],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ (np.log(W.q) + W.E()) + W.logZ())], note="GitHub alert")
D("L09", L, [QD, ("raw", ["> [!WARNING]", "> $$", "§> " + MODEL[0], "> $$", "> so that", "> $$",
                           r"§> \mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{x \sim q}\left[\log q(x) + E_\theta(x)\right] - \log Z_\theta", "> $$"])],
  [DEF, (F, lambda W: KL(W.q, W.p()), lambda W: W.q @ (np.log(W.q) + W.E()) - W.logZ())])
D("L10", L, [MODEL, ("raw", [r"§Taking logs, $$ \log p_\theta(x) = -E_\theta(x) - \log Z_\theta $$ for every state $x$."])], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())], note="inline $$ inside a sentence")
D("L11", L, [MODEL, ("raw", [r"§Taking logs, $$ \log p_\theta(x) = -E_\theta(x) + \log Z_\theta $$ for every state $x$."])], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ())])
D("L12", L, [PB, r"Write $\langle E \rangle_\beta = \sum_x p_\beta(x) E(x)$.", [r"\log p_\beta(x) &= -\beta E(x) - \log Z(\beta)", r"\frac{\partial}{\partial \beta} \log p_\beta(x) &= -E(x) + \langle E \rangle_\beta"]],
  [DEF, (T, lambda W: np.log(W.pb()), lambda W: -W.be * W.b - W.logZb()), (T, lambda W: d1(lambda u: np.log(W.pb(u)), W.be), lambda W: -W.b + W.pb() @ W.b)], disp="align", crlf=True, note="CRLF line ends")
D("L13", L, [PB, r"Write $\langle E \rangle_\beta = \sum_x p_\beta(x) E(x)$.", [r"\log p_\beta(x) &= -\beta E(x) - \log Z(\beta)", r"\frac{\partial}{\partial \beta} \log p_\beta(x) &= -E(x) - \langle E \rangle_\beta"]],
  [DEF, (T, lambda W: np.log(W.pb()), lambda W: -W.be * W.b - W.logZb()), (F, lambda W: d1(lambda u: np.log(W.pb(u)), W.be), lambda W: -W.b - W.pb() @ W.b)], disp="align", crlf=True)
D("L14", L, [MODEL, [r"\nabla_\theta \log Z_\theta = -\mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] % differentiate under the sum"]], [DEF, (T, dlogZ, lambda W: -Ep(W, W.dE()))], note="%-comment after the row")
D("L15", L, [MODEL, ("raw", ["$$", r"% \nabla_\theta \log Z_\theta = +\mathbb{E}_{x \sim p_\theta}[\nabla_\theta E_\theta(x)]   (old, wrong sign)", r"§\nabla_\theta \log Z_\theta = \mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta E_\theta(x)\right] % TODO check sign", "$$"])],
  [DEF, (F, dlogZ, lambda W: Ep(W, W.dE()))], note="a commented-out row above the row")
D("L16", L, [MODEL, [r"Z_\theta &= \sum_{x} e^{-E_\theta(x)} && \text{(definition)}", r"&= e^{-E_\theta(x_0)} \sum_{x} e^{E_\theta(x_0) - E_\theta(x)} && \text{(factor out a fixed state } x_0\text{)}"]],
  [DEF, (T, lambda W: W.Z(), lambda W: W.Z()), (T, lambda W: W.Z(), lambda W: np.exp(-W.E()[W.x0]) * np.exp(W.E()[W.x0] - W.E()).sum())], disp="align*")
D("L17", L, [MODEL, [r"Z_\theta &= \sum_{x} e^{-E_\theta(x)} && \text{(definition)}", r"&= e^{-E_\theta(x_0)} \sum_{x} e^{E_\theta(x) - E_\theta(x_0)} && \text{(factor out a fixed state } x_0\text{)}"]],
  [DEF, (T, lambda W: W.Z(), lambda W: W.Z()), (F, lambda W: W.Z(), lambda W: np.exp(-W.E()[W.x0]) * np.exp(W.E() - W.E()[W.x0]).sum())], disp="align*", note="exponent reversed")
D("L18", L, [SGP, [r"1 - \sigma(a) = \sigma(-a) \tag{2}"]], [(T, lambda W: 1 - sig(W.th), lambda W: sig(-W.th))])
D("L19", L, [SGP, [r"1 - \sigma(a) = \sigma(a)^{-1} \tag{2}"]], [(F, lambda W: 1 - sig(W.th), lambda W: 1 / sig(W.th))])
D("L20", L, [PB, r"with the energy's variance $\mathrm{Var}_{p_\beta}[E] = \sum_x p_\beta(x) E(x)^2 - \left(\sum_x p_\beta(x) E(x)\right)^2$:", [r"\mathrm{Var}_{p_\beta}[E] = \boxed{\frac{\partial^{2} \log Z(\beta)}{\partial \beta^{2}}}"]],
  [DEF, (T, lambda W: W.pb() @ W.b ** 2 - (W.pb() @ W.b) ** 2, lambda W: d1(lambda u: -(W.pb(u) @ W.b), W.be))], note="\\boxed")
D("L21", L, [PB, r"with the energy's variance $\mathrm{Var}_{p_\beta}[E] = \sum_x p_\beta(x) E(x)^2 - \left(\sum_x p_\beta(x) E(x)\right)^2$:", [r"\mathrm{Var}_{p_\beta}[E] = \boxed{-\frac{\partial^{2} \log Z(\beta)}{\partial \beta^{2}}}"]],
  [DEF, (F, lambda W: W.pb() @ W.b ** 2 - (W.pb() @ W.b) ** 2, lambda W: d1(lambda u: (W.pb(u) @ W.b), W.be))])
D("L22", L, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) {\color{red} - \log Z_\theta}"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())], note="\\color inside braces")
D("L23", L, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) \color{blue}{+ \log Z_\theta}"]], [DEF, (F, lambda W: np.log(W.p()), lambda W: -W.E() + W.logZ())], note="\\color{}{} form")
D("L24", L, [MODEL, [r"\log p_\theta(x) = -E_\theta(x) - \textcolor{red}{\log Z_\theta}"]], [DEF, (T, lambda W: np.log(W.p()), lambda W: -W.E() - W.logZ())])
D("L25", L, [SGP, ("raw", ["$$", r"§\sigma(-a) = 1 - \sigma(a) \newline", r"§\sigma(a)\,\sigma(-a) = \sigma(a) - \sigma(a)^{2}", "$$"])],
  [(T, lambda W: sig(-W.th), lambda W: 1 - sig(W.th)), (T, lambda W: sig(W.th) * sig(-W.th), lambda W: sig(W.th) - sig(W.th) ** 2)], note="\\newline between two equations")
D("L26", L, [SGP, ("raw", ["$$", r"§\sigma(-a) = 1 - \sigma(a) \newline", r"§\sigma(a)\,\sigma(-a) = \sigma(a) + \sigma(a)^{2}", "$$"])],
  [(T, lambda W: sig(-W.th), lambda W: 1 - sig(W.th)), (F, lambda W: sig(W.th) * sig(-W.th), lambda W: sig(W.th) + sig(W.th) ** 2)])
D("L27", L, [r"The model is $p\_\beta(x) = e^{-\beta E(x)}/Z(\beta)$ (escaped underscores, as some Markdown engines need).",
             [r"\log p\_\beta(x) - \log p\_\beta(x') = \beta\left(E(x') - E(x)\right)"]], [(T, lambda W: np.subtract.outer(np.log(W.pb()), np.log(W.pb())), lambda W: -W.be * np.subtract.outer(W.b, W.b))], note="\\_ escapes for subscripts")
D("L28", L, [r"The model is $p\_\beta(x) = e^{-\beta E(x)}/Z(\beta)$ (escaped underscores, as some Markdown engines need).",
             [r"\log p\_\beta(x) - \log p\_\beta(x') = E(x') - E(x)"]], [(F, lambda W: np.subtract.outer(np.log(W.pb()), np.log(W.pb())), lambda W: -np.subtract.outer(W.b, W.b))], note="beta dropped")
D("L29", L, [MODEL, [r"\mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] &= \sum_{x} \nabla_\theta p_\theta(x) \nonumber", r"&= \nabla_\theta \sum_{x} p_\theta(x) = 0 \label{eq:score}"]],
  [DEF, (T, lambda W: W.p() @ score(W), lambda W: d1(W.p, W.th).sum()), (T, lambda W: d1(W.p, W.th).sum(), zero)], disp="align", note="\\nonumber and \\label; last row has two = signs")
D("L30", L, [MODEL, [r"\mathbb{E}_{x \sim p_\theta}\left[\nabla_\theta \log p_\theta(x)\right] &= \sum_{x} \nabla_\theta p_\theta(x) \nonumber", r"&= \nabla_\theta \sum_{x} p_\theta(x) = 1 \label{eq:score}"]],
  [DEF, (T, lambda W: W.p() @ score(W), lambda W: d1(W.p, W.th).sum()), (F, lambda W: d1(W.p, W.th).sum(), const(1.0))], disp="align")
D("L31", L, [PB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) = -\sum_{x} p_\beta(x)\, E(x)"]], [DEF, (T, lambda W: d1(W.logZb, W.be), lambda W: -(W.pb() @ W.b))], disp="bracket")
D("L32", L, [PB, [r"\frac{\partial}{\partial\beta} \log Z(\beta) = -\sum_{x} p_\beta(x)\, \beta E(x)"]], [DEF, (F, lambda W: d1(W.logZb, W.be), lambda W: -W.be * (W.pb() @ W.b))], disp="bracket")
D("L33", L, [r"Two facts about the logistic function $\sigma(a) = 1/(1 + e^{-a})$:",
             ("raw", ["1. Symmetry:", "   $$", r"§   \sigma(-a) = 1 - \sigma(a)", "   $$", "2. Its log-odds:", "   $$", r"§   \log\frac{\sigma(a)}{1 - \sigma(a)} = a", "   $$"])],
  [(T, lambda W: sig(-W.th), lambda W: 1 - sig(W.th)), (T, lambda W: np.log(sig(W.th) / (1 - sig(W.th))), lambda W: W.th)], note="displays inside a numbered list")
D("L34", L, [r"Two facts about the logistic function $\sigma(a) = 1/(1 + e^{-a})$:",
             ("raw", ["1. Symmetry:", "   $$", r"§   \sigma(-a) = 1 - \sigma(a)", "   $$", "2. Its log-odds:", "   $$", r"§   \log\frac{\sigma(a)}{1 - \sigma(a)} = -a", "   $$"])],
  [(T, lambda W: sig(-W.th), lambda W: 1 - sig(W.th)), (F, lambda W: np.log(sig(W.th) / (1 - sig(W.th))), lambda W: -W.th)])
D("L35", L, [SMX := r"For logits $z_1, \ldots, z_K$ and $S = \sum_{j=1}^{K} e^{z_j}$:", ("raw", ["<details><summary>Proof</summary>", "", "$$", r"§\frac{\partial}{\partial z_k} \log S = \frac{e^{z_k}}{S}", "$$", "", "</details>"])],
  [(T, lambda W: np.array([d1(lambda t: lse(np.r_[W.z[:k], t, W.z[k + 1:]]), W.z[k]) for k in range(W.K)]), lambda W: softmax(W.z))], note="inside <details>")
D("L36", L, [SMX, ("raw", ["<details><summary>Proof</summary>", "", "$$", r"§\frac{\partial}{\partial z_k} \log S = \frac{1}{S}", "$$", "", "</details>"])],
  [(F, lambda W: softmax(W.z), lambda W: np.full(W.K, 1 / np.exp(W.z).sum()))])
D("L37", L, [MODEL, [r"\displaystyle \frac{p_\theta(x)}{p_\theta(x')} = \exp\!\big(E_\theta(x') - E_\theta(x)\big)"]], [DEF, (T, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(-np.subtract.outer(W.E(), W.E())))])
D("L38", L, [MODEL, [r"\displaystyle \frac{p_\theta(x)}{p_\theta(x')} = \exp\!\big(E_\theta(x) - E_\theta(x')\big)"]], [DEF, (F, lambda W: np.divide.outer(W.p(), W.p()), lambda W: np.exp(np.subtract.outer(W.E(), W.E())))])
D("L39", L, [MODEL, [r"\log Z_\theta = \log \sum_{x} e^{-E_\theta(x)} \quad \text{where the sum runs over all } K \text{ states}"]], [DEF, (T, lambda W: W.logZ(), lambda W: W.logZ())])
D("L40", L, [MODEL, [r"\log Z_\theta = -\sum_{x} E_\theta(x) \quad \text{(log of a sum is the sum of logs)}"]], [DEF, (F, lambda W: W.logZ(), lambda W: -W.E().sum())])
D("L41", L, [MODEL, r"and $f$ is any function of the state.", [r"\frac{\partial}{\partial \theta}\, \mathbb{E}_{x \sim p_\theta}\left[f(x)\right] = \mathbb{E}_{p_\theta}\left[f\right] \mathbb{E}_{p_\theta}\left[\partial_\theta E_\theta\right] - \mathbb{E}_{p_\theta}\left[f\, \partial_\theta E_\theta\right]"]],
  [DEF, (T, lambda W: d1(lambda t: W.p(t) @ W.f, W.th), lambda W: Ep(W, W.f) * Ep(W, W.dE()) - Ep(W, W.f * W.dE()))], disp="equation")
D("L42", L, [MODEL, r"and $f$ is any function of the state.", [r"\frac{\partial}{\partial \theta}\, \mathbb{E}_{x \sim p_\theta}\left[f(x)\right] = \mathbb{E}_{p_\theta}\left[f\, \partial_\theta E_\theta\right] - \mathbb{E}_{p_\theta}\left[f\right] \mathbb{E}_{p_\theta}\left[\partial_\theta E_\theta\right]"]],
  [DEF, (F, lambda W: d1(lambda t: W.p(t) @ W.f, W.th), lambda W: -Ep(W, W.f) * Ep(W, W.dE()) + Ep(W, W.f * W.dE()))], disp="equation", note="sign of the covariance")
# ============================================================ M implication arrows between rows
M = "M arrows between rows"
D("M01", M, [[MODEL[0], r"\implies \log p_\theta(x) + E_\theta(x) = -\log Z_\theta"]], [DEF, (T, lambda W: np.log(W.p()) + W.E(), lambda W: -W.logZ() + 0 * W.E())])
D("M02", M, [[MODEL[0], r"\implies \log p_\theta(x) + E_\theta(x) = \log Z_\theta"]], [DEF, (F, lambda W: np.log(W.p()) + W.E(), lambda W: W.logZ() + 0 * W.E())])
D("M03", M, [[PB[0], r"\Rightarrow \frac{p_\beta(x)}{p_\beta(x')} = e^{-\beta\left(E(x) - E(x')\right)}"]], [DEF, (T, lambda W: np.divide.outer(W.pb(), W.pb()), lambda W: np.exp(-W.be * np.subtract.outer(W.b, W.b)))])
D("M04", M, [[PB[0], r"\Rightarrow \frac{p_\beta(x)}{p_\beta(x')} = e^{-\left(E(x) - E(x')\right)}"]], [DEF, (F, lambda W: np.divide.outer(W.pb(), W.pb()), lambda W: np.exp(-np.subtract.outer(W.b, W.b)))], note="beta dropped")
D("M05", M, [[r"\log p_\beta(x) = -\beta E(x) - \log Z(\beta) \quad\Longrightarrow", r"\frac{\partial}{\partial \beta} \log p_\beta(x) = -E(x) - \frac{\partial}{\partial \beta} \log Z(\beta)"]],
  [(T, lambda W: np.log(W.pb()), lambda W: -W.be * W.b - W.logZb()), (T, lambda W: d1(lambda u: np.log(W.pb(u)), W.be), lambda W: -W.b - d1(W.logZb, W.be))], note="arrow at the end of the previous row; model only in the first row")
D("M06", M, [[r"\log p_\beta(x) = -\beta E(x) - \log Z(\beta) \quad\Longrightarrow", r"\frac{\partial}{\partial \beta} \log p_\beta(x) = -E(x)"]],
  [(T, lambda W: np.log(W.pb()), lambda W: -W.be * W.b - W.logZb()), (F, lambda W: d1(lambda u: np.log(W.pb(u)), W.be), lambda W: -W.b)], note="the log Z term forgotten")
SGM = r"For the logistic function $\sigma(a) = 1/(1 + e^{-a})$:"
D("M07", M, [SGM, [r"\sigma(a) = \frac{e^{a}}{1 + e^{a}}", r"\iff 1 - \sigma(a) = \frac{1}{1 + e^{a}}"]], [(T, lambda W: sig(W.th), lambda W: np.exp(W.th) / (1 + np.exp(W.th))), (T, lambda W: 1 - sig(W.th), lambda W: 1 / (1 + np.exp(W.th)))])
D("M08", M, [SGM, [r"\sigma(a) = \frac{e^{a}}{1 + e^{a}}", r"\iff 1 - \sigma(a) = \frac{e^{-a}}{1 + e^{a}}"]], [(T, lambda W: sig(W.th), lambda W: np.exp(W.th) / (1 + np.exp(W.th))), (F, lambda W: 1 - sig(W.th), lambda W: np.exp(-W.th) / (1 + np.exp(W.th)))])
D("M09", M, [SGM, [r"\log \sigma(a) = -\log\left(1 + e^{-a}\right)", r"\therefore\ \frac{\partial}{\partial a} \log \sigma(a) = 1 - \sigma(a)"]],
  [(T, lambda W: np.log(sig(W.th)), lambda W: -np.log1p(np.exp(-W.th))), (T, lambda W: d1(lambda t: np.log(sig(t)), W.th), lambda W: 1 - sig(W.th))])
D("M10", M, [SGM, [r"\log \sigma(a) = -\log\left(1 + e^{-a}\right)", r"\therefore\ \frac{\partial}{\partial a} \log \sigma(a) = \sigma(a)"]],
  [(T, lambda W: np.log(sig(W.th)), lambda W: -np.log1p(np.exp(-W.th))), (F, lambda W: d1(lambda t: np.log(sig(t)), W.th), lambda W: sig(W.th))])
D("M11", M, [PB, [r"\log Z(\beta) = \log \sum_{x} e^{-\beta E(x)}", r"\Longrightarrow \frac{\partial^{2}}{\partial \beta^{2}} \log Z(\beta) = \sum_{x} p_\beta(x) E(x)^{2} - \Big(\sum_{x} p_\beta(x) E(x)\Big)^{2}"]],
  [DEF, (T, lambda W: W.logZb(), lambda W: W.logZb()), (T, lambda W: d1(lambda u: -(W.pb(u) @ W.b), W.be), lambda W: W.pb() @ W.b ** 2 - (W.pb() @ W.b) ** 2)])
D("M12", M, [PB, [r"\log Z(\beta) = \log \sum_{x} e^{-\beta E(x)}", r"\Longrightarrow \frac{\partial^{2}}{\partial \beta^{2}} \log Z(\beta) = \sum_{x} p_\beta(x) E(x)^{2}"]],
  [DEF, (T, lambda W: W.logZb(), lambda W: W.logZb()), (F, lambda W: d1(lambda u: -(W.pb(u) @ W.b), W.be), lambda W: W.pb() @ W.b ** 2)])
D("M13", M, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{q}[E_\theta] + \log Z_\theta - H(q)", r"\text{hence}\quad \log Z_\theta \ge H(q) - \mathbb{E}_{q}[E_\theta]"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ W.E() + W.logZ() - H(W.q)), (T, lambda W: W.logZ(), lambda W: H(W.q) - W.q @ W.E(), ">=")])
D("M14", M, [MODEL, QD, [r"\mathrm{KL}(q \,\|\, p_\theta) = \mathbb{E}_{q}[E_\theta] + \log Z_\theta - H(q)", r"\text{hence}\quad \log Z_\theta \le H(q) - \mathbb{E}_{q}[E_\theta]"]],
  [DEF, (T, lambda W: KL(W.q, W.p()), lambda W: W.q @ W.E() + W.logZ() - H(W.q)), (F, lambda W: W.logZ(), lambda W: H(W.q) - W.q @ W.E(), "<=")], note="bound reversed")
D("M15", M, [SMX, [r"\log S = \log \sum_{j=1}^{K} e^{z_j} \;\Rightarrow\; \frac{\partial^{2} \log S}{\partial z_k^{2}} = \frac{e^{z_k}}{S}\left(1 - \frac{e^{z_k}}{S}\right)"]],
  [(T, lambda W: np.array([d2(lambda t: lse(np.r_[W.z[:k], t, W.z[k + 1:]]), W.z[k]) for k in range(W.K)]), lambda W: softmax(W.z) * (1 - softmax(W.z)))], note="arrow inside one row")
D("M16", M, [SMX, [r"\log S = \log \sum_{j=1}^{K} e^{z_j} \;\Rightarrow\; \frac{\partial^{2} \log S}{\partial z_k^{2}} = \frac{e^{z_k}}{S}"]],
  [(F, lambda W: np.array([d2(lambda t: lse(np.r_[W.z[:k], t, W.z[k + 1:]]), W.z[k]) for k in range(W.K)]), lambda W: softmax(W.z))])
