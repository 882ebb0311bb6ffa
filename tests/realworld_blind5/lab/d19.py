from common import *
DOC = "19_mawj_ebclr_marginal.md"; TIER = 2
TOPIC = "EBCLR: the marginal of q(v,v') as an EBM; the energy's definition drops the minus sign the next row uses"
NOTES = "q(v,v') = e^{-||z - z'||^2/tau}/Z (line 10, eq. (6)); z = f_theta(v); E(v) is defined at line 2 with e^{+||z-z'||^2/tau}; " \
        "in the source q(v) is also the marginal integral of q(v,v') dv' (eq. (10), not in this cut); integrals over v' checked as sums"


def inst(r):
    z = r.normal(size=3); tau = r.uniform(.5, 2)
    D = (z[:, None] - z[None, :]) ** 2
    Z = np.exp(-D / tau).sum()
    return z, tau, D, Z


def cx6a():
    D = np.array([0.0, 1.0]); tau = 1.0; Z = 1.0        # one v, two v' with ||z - z'||^2 = 0, 1
    E = -np.log(np.exp(D / tau).sum())                     # line 2's definition
    return np.exp(-E) / Z, np.exp(-D / tau).sum() / Z      # 3.718 vs 1.368


STEPS = [
    S(2, "not-an-identity", "q(v) (definition, :=)"),
    S(2, "not-an-identity", "E(v) (definition, :=)"),
    S(6, "invalid", "with line 2's E, e^{-E(v)} = integral of e^{+||z-z'||^2/tau}, not e^{-...}: two v' at squared "
      "distances 0 and 1, tau = Z = 1, give 3.718 vs 1.368", cx=cx6a),
    S(6, "valid", "move 1/Z inside the integral", ok=lambda r: (lambda z, tau, D, Z: (np.exp(-D[0] / tau).sum() / Z,
      (np.exp(-D[0] / tau) / Z).sum()))(*inst(r))),
    S(6, "valid", "the integrand is q(v,v') of line 10", ok=lambda r: (lambda z, tau, D, Z: ((np.exp(-D[0] / tau) / Z).sum(),
      (np.exp(-D / tau) / Z)[0].sum()))(*inst(r))),
    S(6, "either", "reading A: q(v) the marginal of q(v,v') (the source's eq. (10)): agrees; reading B: q(v) by line 2, "
      "(1/Z) e^{-E(v)} with E's wrong sign: the instance of the first step gives 1.368 vs 3.718",
      ok=lambda r: (lambda z, tau, D, Z: ((np.exp(-D / tau) / Z)[0].sum(), (np.exp(-D / tau) / Z).sum(1)[0]))(*inst(r)),
      cx=lambda: (cx6a()[1], cx6a()[0])),
    S(10, "not-an-identity", "q(v,v') (definition, :=)"),
]
CLAIMS = [(6, 6, "either", "(1/Z) e^{-E(v)} = q(v): true for E with the minus sign, false for line 2's E")]
