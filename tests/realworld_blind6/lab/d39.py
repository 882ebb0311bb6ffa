from canon import *
DOC = "39_crisna_free_energy_consistency.md"; TIER = 1
TOPIC = "MkDocs notes (Huang 7.1): A = -kT log Q_N is self-consistent: differentiate int e^{beta(A - H)} = 1 to get <H> = A + TS"
NOTES = ("finite spectrum for the checks (the phase-space integral with its 1/(N! h^{3N}) as a sum); S = -(dA/dT)_V; U = <H>; "
         "the first three lines are rows of a Markdown table; stored file text (read_file)")


def A_(E, b, k):
    return -(1 / (k * b)) * k * lnQ(E, b)


def AT(E, T, k):
    return -k * T * np.log(np.exp(-E / (k * T)).sum())


STEPS = [
    S(1, "not-an-identity", "U = A + TS (table entry)", outside_display=True),
    S(2, "not-an-identity", "G = A + PV (table entry)", outside_display=True),
    S(3, "not-an-identity", "C_V (table entry)", outside_display=True),
    S(7, "not-an-identity", "A = -kT log Q_N (the identification being checked)", outside_display=True),
    S(9, "not-an-identity", "Q_N (definition)"),
    S(9, "valid", "Q = e^{-beta A}", ok=lambda r: (lambda E, b, k: (Q(E, b), np.exp(-b * A_(E, b, k))))(*inst(r))),
    S(13, "valid", "divide by Q = e^{-beta A}", ok=lambda r: (lambda E, b, k: ((np.exp(b * (A_(E, b, k) - E))).sum(), 1.0))(*inst(r))),
    S(17, "valid", "derivative of the normalisation", ok=lambda r: (lambda E, b, k: ((np.exp(-b * E) / Q(E, b)) @ (A_(E, b, k) - E + b * d(lambda t: A_(E, t, k), b)), 0.0))(*inst(r))),
    S(19, "not-an-identity", "beta = 1/kT", outside_display=True),
    S(19, "valid", "chain rule", ok=lambda r: (lambda E, b, k: (d(lambda t: A_(E, t, k), b), d(lambda T: AT(E, T, k), 1 / (k * b)) * d(lambda t: 1 / (k * t), b)))(*inst(r)),
      outside_display=True),
    S(19, "valid", "dT/d beta = -kT^2", ok=lambda r: (lambda E, b, k: (d(lambda T: AT(E, T, k), 1 / (k * b)) * d(lambda t: 1 / (k * t), b),
      -k * (1 / (k * b)) ** 2 * d(lambda T: AT(E, T, k), 1 / (k * b))))(*inst(r)), outside_display=True),
    S(19, "valid", "beta dA/d beta = -T dA/dT", ok=lambda r: (lambda E, b, k: (b * d(lambda t: A_(E, t, k), b), -(1 / (k * b)) * d(lambda T: AT(E, T, k), 1 / (k * b))))(*inst(r)),
      outside_display=True),
    S(21, "valid", "plugging in", ok=lambda r: (lambda E, b, k: (A_(E, b, k) - U(E, b) - (1 / (k * b)) * d(lambda T: AT(E, T, k), 1 / (k * b)), 0.0))(*inst(r))),
    S(25, "valid", "rearranged", ok=lambda r: (lambda E, b, k: (U(E, b), A_(E, b, k) - (1 / (k * b)) * d(lambda T: AT(E, T, k), 1 / (k * b))))(*inst(r))),
    S(25, "valid", "S = -dA/dT", ok=lambda r: (lambda E, b, k: (A_(E, b, k) - (1 / (k * b)) * d(lambda T: AT(E, T, k), 1 / (k * b)),
      A_(E, b, k) + (1 / (k * b)) * -k * (np.exp(-b * E) / Q(E, b) * np.log(np.exp(-b * E) / Q(E, b))).sum()))(*inst(r))),
    S(25, "valid", "U = <H>", ok=lambda r: (lambda E, b, k: (U(E, b), U(E, b)))(*inst(r))),
    S(27, "valid", "U = A + TS", ok=lambda r: (lambda E, b, k: (U(E, b), A_(E, b, k) + (1 / (k * b)) * -k * (np.exp(-b * E) / Q(E, b) * np.log(np.exp(-b * E) / Q(E, b))).sum()))(*inst(r)),
      outside_display=True),
    S(27, "not-an-identity", "A = -kT log Q_N (restated)", outside_display=True),
]
CLAIMS = [(9, 25, "valid", "<H> = A + TS with A = -kT log Q")]
