"""python tools/recheck_false.py: after the scoring run, recomputes the six steps the checker judged invalid where the
key says valid (the 'false rejects'), on the reading the document states, and the alternative the checker took.
Writes RECHECK_FALSE.txt. numpy only; runs no checker."""
import os
import numpy as np
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = []
r = np.random.default_rng(7)

# 05:11 and 05:21 - one joint p(x, y), its marginal p(x) and conditional p(y|x)
ok = True
for _ in range(6):
    P = r.dirichlet(np.ones(6)).reshape(2, 3); px = P.sum(1); pyx = P / px[:, None]
    a = -np.sum(px * np.sum(pyx * np.log(pyx), 1)); b = -np.sum(P * np.log(pyx))
    c = -np.sum(P * np.log(pyx * px[:, None])); d_ = -np.sum(P * np.log(px[:, None])) - np.sum(P * np.log(pyx))
    ok &= np.isclose(a, b) and np.isclose(c, d_)
out.append(f"05:11 (-sum_x p(x) sum_y p(y|x) log p(y|x) = -sum p(x,y) log p(y|x)) and 05:21 (log of a product split), one joint "
           f"p(x,y) with its own marginal and conditional, 6 random joints: {'hold' if ok else 'FAIL'}. The checker's counterexample gives "
           f"p(x) a table of its own (1 state) beside a joint on 2x2/2x3 states, which the document never does.")

# 22:17 and 22:31 - <E> = -d ln Z/d beta = F - T dF/dT with beta = 1/(kT) and T-free energies
ok = True
for _ in range(6):
    E = r.normal(size=4); k = r.uniform(0.5, 2); T = r.uniform(0.5, 3)
    lnZ = lambda T_: np.log(np.sum(np.exp(-E / (k * T_))))
    F = lambda T_: -k * T_ * lnZ(T_)
    h = 1e-5; dF = (F(T + h) - F(T - h)) / (2 * h)
    p = np.exp(-E / (k * T)); p /= p.sum()
    ok &= np.isclose(np.sum(p * E), F(T) - T * dF, rtol=1e-6)
out.append(f"22:17, 22:31 (<E> = F - T dF/dT): with beta = 1/(kT) and energies free of T, 6 random instances: {'hold' if ok else 'FAIL'}. "
           "beta = 1/(kT) is stated at source line 47, OUTSIDE the cut (85-121): a defect of the set; the checker's counterexample "
           "(beta = 14/3, T = -4/5 unrelated, dE/dT = -1) is allowed by the document as cut, apart from the T-dependent energy.")

# 29:90 - int f' g = -int g' f on R when f g -> 0 at infinity (the prose hypothesis)
x = np.linspace(-30, 30, 600001)
f = np.exp(-x ** 2 / 2) * (1 + x); g = np.sin(x) + x ** 2; fp = np.gradient(f, x); gp = np.gradient(g, x)
lhs = np.trapezoid(fp * g, x) if hasattr(np, 'trapezoid') else np.trapz(fp * g, x)
rhs = -(np.trapezoid(gp * f, x) if hasattr(np, 'trapezoid') else np.trapz(gp * f, x))
out.append(f"29:90 (integration by parts under 'f g -> 0 as |x| -> infinity', x in R^d, stated in the prose line above): "
           f"f = e^(-x^2/2)(1+x), g = sin x + x^2: int f'g = {lhs:.6f}, -int g'f = {rhs:.6f}. The checker's counterexample is a one-point "
           "'space' where the boundary term does not vanish: the hypothesis is not read.")

# 31:6 - log p(x|theta_{t+1}) >= log p(x|theta_t): true when theta_{t+1} is the EM update, false for an arbitrary theta
def lik(th, x=1):   # two-component 1-D mixture with means (th, -th), equal weights, unit variance
    return 0.5 * np.exp(-(x - th) ** 2 / 2) + 0.5 * np.exp(-(x + th) ** 2 / 2)
th_t = 0.3; post = 0.5 * np.exp(-(1 - th_t) ** 2 / 2) / lik(th_t); th_em = (post * 1 - (1 - post) * 1)  # EM update of the mean
out.append(f"31:6 (log p(x|theta^(t+1)) >= log p(x|theta^(t))): with theta^(t+1) the EM update (defined at source line 257, OUTSIDE "
           f"the cut 263-316): {np.log(lik(th_em)):.4f} >= {np.log(lik(th_t)):.4f}; with an arbitrary theta^(t+1) = -5: "
           f"{np.log(lik(-5.0)):.4f} < {np.log(lik(th_t)):.4f}. The key's 'valid' rests on a definition the cut left out: a KEY ERROR "
           "(it should be not-an-identity, 'To prove:'), and the checker's invalid is right for the document as cut.")
open(os.path.join(HERE, "RECHECK_FALSE.txt"), "w").write("\n".join(out) + "\n")
print("\n".join(out))
