from canon import *
DOC = "38_crisna_energy_fluctuations.md"; TIER = 1
TOPIC = "MkDocs notes (Huang 7.2): U = -d log Q/d beta = d(beta A)/d beta, var H = -dU/d beta = k T^2 C_V"
NOTES = ("A = -kT log Q_N and C_V = (dU/dT)_V are defined in section 7.1 (outside the cut); checked with a finite spectrum "
         "(the integrals over phase space replaced by sums); stored file text (read_file), not a mirror")


def A_(E, b):
    return -lnQ(E, b) / b


STEPS = [
    S(7, "not-an-identity", "U := <H>"),
    S(7, "not-an-identity", "canonical average (definition)"),
    S(9, "valid", "H e^{-beta H} = -d/d beta e^{-beta H}", ok=lambda r: (lambda E, b, k: (E[0] * np.exp(-b * E[0]), -d(lambda t: np.exp(-t * E[0]), b)))(*inst(r)),
      outside_display=True),
    S(11, "valid", "U = -Q'/Q", ok=lambda r: (lambda E, b, k: (U(E, b), -d(lambda t: Q(E, t), b) / Q(E, b)))(*inst(r))),
    S(11, "valid", "= -(log Q)'", ok=lambda r: (lambda E, b, k: (-d(lambda t: Q(E, t), b) / Q(E, b), -d(lambda t: lnQ(E, t), b)))(*inst(r))),
    S(11, "valid", "beta A = -log Q", ok=lambda r: (lambda E, b, k: (-d(lambda t: lnQ(E, t), b), d(lambda t: t * A_(E, t), b)))(*inst(r))),
    S(15, "valid", "dU/d beta = -var H", ok=lambda r: (lambda E, b, k: (d(lambda t: U(E, t), b), -var(E, b)))(*inst(r))),
    S(17, "not-an-identity", "U = <H> (restated)", outside_display=True),
    S(21, "not-an-identity", "sigma_E^2 (definition)"),
    S(21, "valid", "= -dU/d beta", ok=lambda r: (lambda E, b, k: (var(E, b), -d(lambda t: U(E, t), b)))(*inst(r))),
    S(23, "not-an-identity", "beta = 1/kT", outside_display=True),
    S(25, "valid", "chain rule (on U)", ok=lambda r: (lambda E, b, k: (d(lambda t: U(E, t), b),
      d(lambda t: 1 / (k * t), b) * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
    S(25, "valid", "dT/d beta = -kT^2", ok=lambda r: (lambda E, b, k: (d(lambda t: 1 / (k * t), b) * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b)),
      -k * (1 / (k * b)) ** 2 * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
    S(29, "valid", "sigma^2 = kT^2 dU/dT", ok=lambda r: (lambda E, b, k: (var(E, b), k * (1 / (k * b)) ** 2 * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
    S(29, "valid", "C_V = dU/dT", ok=lambda r: (lambda E, b, k: (k * (1 / (k * b)) ** 2 * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b)),
      k * (1 / (k * b)) ** 2 * d(lambda T: U(E, 1 / (k * T)), 1 / (k * b))))(*inst(r))),
]
CLAIMS = [(11, 29, "valid", "var H = k T^2 C_V")]
