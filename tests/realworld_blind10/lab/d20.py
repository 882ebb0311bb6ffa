from common import *
DOC = "20_kaslusimoes_meanfield_boltzmann.md"; TIER = 1
TOPIC = "Pandoc thesis chapter (undefined macros \\student \\hamiltonian \\studenti, {#eq:..} labels after $$, a bare align environment): Boltzmann distribution of a society model, mean-field entropy S[P_0||P_B] expanded with a sign slip on log Z_B"
NOTES = "P_B = exp(-beta H)/Z_B (row 21); P_0 = prod_i P_i; S[P_0||P_B] = -int P_0 log(P_0/P_B) (row 28)"
def _r30():
    H = np.array([0.0, 1.0]); Z = np.exp(-H).sum(); P0 = np.array([0.5, 0.5])
    r29 = -np.sum(P0 * (np.log(Z) + H + np.log(P0)))
    r30 = np.sum(P0 * (np.log(Z) - H - np.log(P0)))
    return r29, r30
STEPS = [
    S(13, "not-an-identity", "Hamiltonian of the model"),
    S(13, "not-an-identity", "V_ij named"),
    S(21, "not-an-identity", "canonical (Boltzmann) distribution"),
    S(28, "not-an-identity", "S[P_0||P_B] defined"),
    S(29, "valid", "log(P_0/P_B) = log prod P_i + log Z_B + beta H"),
    S(30, "invalid", "-[log Z_B + beta H + sum log P_i] averaged is <-log Z_B - beta H - sum log P_i>, not <+log Z_B - ...>: one variable with two states, H = (0, 1), beta = 1, P_0 = (1/2, 1/2): row 29 gives -0.1202, row 30 gives 0.5064",
      cx=_r30),
    S(35, "not-an-identity", "variation of S (functional derivative stated up to the normalisation multiplier)"),
    S(39, "not-an-identity", "stationary solution, Z_j its normaliser"),
]
CLAIMS = [(28, 30, "invalid", "S[P_0||P_B] = <log Z_B - beta H - sum log P_i>")]
