from common import *
DOC = "30_kaslusimoes_curie_weiss.md"; TIER = 1
TOPIC = "Pandoc thesis chapter: infinite-range Ising model, partition function by the Gaussian (Hubbard-Stratonovich) trick, Curie-Weiss equation with an unbalanced bracket, Laplace approximation of log Z (\\intinf and \\hamiltonian macros, \\label inside align)"
NOTES = "mu = (1/N) sum s_i (prose row 27); <ij> runs over pairs; f(M) = -M^2/2 + log cosh(beta J M + beta h)/(beta J) (prose row 34); c_N collects constants; \\intinf is the author's macro for the integral over the real line"
def _gauss_ok(r):
    b, J, N, mu = r.uniform(0.5, 1.5), r.uniform(0.5, 1.5), r.integers(1, 4), r.uniform(-1, 1)
    a = b * J * N
    return np.exp(a * mu**2 / 2), quad(lambda M: np.exp(-0.5 * a * M**2 + a * mu * M) / np.sqrt(2 * np.pi / a), -30, 30)
def _z(pairs_with_diag):
    import itertools
    N, b, J, h = 2, 1.0, 1.0, 0.0
    tot = 0.0
    for s in itertools.product([-1, 1], repeat=N):
        s = np.array(s, float)
        pair = s.sum() ** 2 / 2 if pairs_with_diag else (s.sum() ** 2 - N) / 2
        tot += np.exp(b * J / N * pair + b * h * s.sum())
    a = b * J * N
    row30 = 2 ** N * quad(lambda M: np.exp(-0.5 * a * M**2 + N * np.log(np.cosh(b * J * M + b * h))) / np.sqrt(2 * np.pi / a), -30, 30)
    return tot, row30
STEPS = [
    S(17, "not-an-identity", "Hamiltonian of the infinite-range Ising model"),
    S(21, "not-an-identity", "partition function defined"),
    S(25, "valid", "Gaussian integral (completing the square)", ok=_gauss_ok),
    S(30, "either", "reading A: sum over <ij> is (N mu)^2/2 (pairs counted with i = j, as the trick needs), then the spin sum gives (2 cosh)^N (valid); reading B: <ij> the N(N-1)/2 distinct pairs: sum = ((N mu)^2 - N)/2 and row 30 misses a factor e^{-beta J/2}: N = 2, beta = J = 1, h = 0: Z_I = 2e^{1/2} + 2e^{-1/2} = 4.51 but row 30 = 2e + 2 = 7.44",
      ok=lambda r: _z(True), cx=lambda: _z(False)),
    S(31, "valid", "constants collected in c_N, exponent written as beta J N f(M)"),
    S(40, "not-an-identity", "stationarity condition (Curie-Weiss equation)"),
    S(44, "approx", "Laplace approximation of the integral for large N (constant terms unnamed)"),
]
CLAIMS = [(30, 31, "valid", "Z_I = c_N int dM exp(beta J N f(M))")]
