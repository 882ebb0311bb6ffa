from h8 import *
DOC = "18_jackey_loss_expansion.md"; TIER = 2
TOPIC = "Hexo blog: expanding the average cross-entropy of logistic regression to (1/N) sum [ln(1 + e^{-z}) + (1 - y) z]; 'because' rows with their own left side interleaved"
NOTES = "p_i = sigma(z_i); rows starting with \\because are asides; the chain continues from the row before the aside (prev_line)"


def _inst(r, N=4):
    return r.integers(0, 2, N).astype(float), r.normal(size=N) * 2


_J = lambda y, z: -np.mean(y * np.log(sig(z)) + (1 - y) * np.log(1 - sig(z)))
A = lambda f: (lambda r: (lambda y, z: f(y, z))(*_inst(r)))
_L = np.log
_rows = {
    9: lambda y, z: -np.mean(y * _L(1 / (1 + np.exp(-z))) + (1 - y) * _L(1 - 1 / (1 + np.exp(-z)))),
    10: lambda y, z: -np.mean(y * _L(1 / (1 + np.exp(-z))) + (1 - y) * _L(np.exp(-z) / (1 + np.exp(-z)))),
    12: lambda y, z: -np.mean(y * (_L(1) - _L(1 + np.exp(-z))) + (1 - y) * (_L(np.exp(-z)) - _L(1 + np.exp(-z)))),
    14: lambda y, z: -np.mean(-y * _L(1 + np.exp(-z)) + (1 - y) * (_L(np.exp(-z)) - _L(1 + np.exp(-z)))),
    16: lambda y, z: -np.mean(-y * _L(1 + np.exp(-z)) + (1 - y) * (-z - _L(1 + np.exp(-z)))),
    17: lambda y, z: -np.mean(-y * _L(1 + np.exp(-z)) - (1 - y) * z - (1 - y) * _L(1 + np.exp(-z))),
    18: lambda y, z: -np.mean(_L(1 + np.exp(-z)) * (-y - (1 - y)) - (1 - y) * z),
    19: lambda y, z: -np.mean(-_L(1 + np.exp(-z)) - (1 - y) * z),
    20: lambda y, z: np.mean(_L(1 + np.exp(-z)) + (1 - y) * z),
}
_prev = {9: None, 10: 9, 12: 10, 14: 12, 16: 14, 17: 16, 18: 17, 19: 18}
STEPS = [
    S(7, "not-an-identity", "J (definition, as line 260 of the post)"),
    S(8, "not-an-identity", "aside: p_i named sigma(z_i)"),
    S(8, "valid", "aside: sigma(z) = 1/(1 + e^{-z})", ok=lambda r: (lambda z: (sig(z), 1 / (1 + np.exp(-z))))(r.normal())),
    S(9, "valid", "substitute p_i (continues line 7's chain, across the aside)", ok=A(lambda y, z: (_J(y, z), _rows[9](y, z))), prev_line=7),
    S(10, "valid", "1 - 1/(1 + e^{-z}) = e^{-z}/(1 + e^{-z})", ok=A(lambda y, z: (_rows[9](y, z), _rows[10](y, z)))),
    S(11, "valid", "aside: ln(N/M) = ln N - ln M for N, M > 0", ok=lambda r: (lambda a, b: (np.log(a / b), np.log(a) - np.log(b)))(r.uniform(.1, 5), r.uniform(.1, 5))),
    S(12, "valid", "log of a quotient (continues line 10 across the aside)", ok=A(lambda y, z: (_rows[10](y, z), _rows[12](y, z))), prev_line=10),
    S(13, "valid", "aside: ln 1 = 0", ok=lambda r: (np.log(1.0), 0.0)),
    S(14, "valid", "ln 1 = 0", ok=A(lambda y, z: (_rows[12](y, z), _rows[14](y, z))), prev_line=12),
    S(15, "valid", "aside: ln e^{-z} = -z", ok=lambda r: (lambda z: (np.log(np.exp(-z)), -z))(r.normal())),
    S(16, "valid", "ln e^{-z} = -z", ok=A(lambda y, z: (_rows[14](y, z), _rows[16](y, z))), prev_line=14),
    S(17, "valid", "distribute (1 - y)", ok=A(lambda y, z: (_rows[16](y, z), _rows[17](y, z)))),
    S(18, "valid", "collect ln(1 + e^{-z})", ok=A(lambda y, z: (_rows[17](y, z), _rows[18](y, z)))),
    S(19, "valid", "-y - (1 - y) = -1", ok=A(lambda y, z: (_rows[18](y, z), _rows[19](y, z)))),
    S(20, "valid", "J restated: equals line 7's J", ok=A(lambda y, z: (_J(y, z), _rows[20](y, z)))),
]
CLAIMS = [(7, 20, "valid", "J = (1/N) sum [ln(1 + e^{-z_i}) + (1 - y_i) z_i]")]
