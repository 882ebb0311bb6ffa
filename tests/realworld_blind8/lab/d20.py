from lr import *
DOC = "20_weize_lr_loglik.md"; TIER = 2
TOPIC = "Chinese notes (Markdown, equation+aligned): logistic log-likelihood with a sign slip, gradients of the loss written as those of L"
NOTES = "z_i = w.x_i + b; L(w,b) = log(Likelihood) (line 9); the gradient rows name no function; update w <- w + grad"


def _i(r):
    X, y, w = inst(r); return X, y, w, r.normal()


def _Lwb(X, y, w, b):
    s = sig(X @ w + b); return np.sum(y * np.log(s) + (1 - y) * np.log(1 - s))


_X1 = np.array([[1.0]]); _y1 = np.array([1.0]); _w1 = np.array([1.0])

STEPS = [
    S(3, "not-an-identity", "likelihood (definition)"),
    S(9, "not-an-identity", "L named (definition)"),
    S(10, "valid", "y log s + (1-y) log(1-s) = y log(s/(1-s)) + log(1-s)",
      ok=lambda r: (lambda X, y, w, b: (_Lwb(X, y, w, b), np.sum(y * np.log(sig(X @ w + b) / (1 - sig(X @ w + b))) + np.log(1 - sig(X @ w + b)))))(*_i(r))),
    S(11, "invalid", "log(s/(1-s)) = z, so the first term is +y z; and log(1-s) = -log(1+e^z): the row has -y z + z - log(1+e^z): "
      "one sample, y = 1, z = 1: line 10 gives 1 - log(1+e) = -0.3133, the row -1 + 1 - log(1+e) = -1.3133",
      cx=lambda: (1 * np.log(sig(1.0) / (1 - sig(1.0))) + np.log(1 - sig(1.0)), -1.0 + 1.0 - np.log(1 + np.e))),
    S(20, "either", "reading A: the gradient of the loss -L: sum (s - y) x (valid; the row's own middle form -y x + x - (1-s) x); "
      "reading B: the gradient of L (line 9, the only function named; the update w <- w + grad ascends it): one sample x = 1, y = 1, w = 1, b = 0: "
      "dL/dw = 1 - sigma(1) = 0.2689, the row gives -1 + 1 - (1 - sigma(1)) = -0.2689",
      ok=lambda r: (lambda X, y, w, b: (grad(lambda v: -_Lwb(X, y, v, b), w), ((-y + 1 - (1 - sig(X @ w + b)))[:, None] * X).sum(0)))(*_i(r)),
      cx=lambda: (grad(lambda v: _Lwb(_X1, _y1, v, 0.0), _w1), ((-_y1 + 1 - (1 - sig(_X1 @ _w1)))[:, None] * _X1).sum(0))),
    S(21, "valid", "-y + 1 - (1 - s) = s - y", ok=lambda r: (lambda X, y, w, b: (((-y + 1 - (1 - sig(X @ w + b)))[:, None] * X).sum(0), ((sig(X @ w + b) - y)[:, None] * X).sum(0)))(*_i(r))),
    S(22, "either", "as line 20 for b: reading A the loss -L (valid); reading B L: same instance: dL/db = 0.2689 against -0.2689",
      ok=lambda r: (lambda X, y, w, b: (d(lambda t: -_Lwb(X, y, w, t), b), np.sum(1 - y - (1 - sig(X @ w + b)))))(*_i(r)),
      cx=lambda: (d(lambda t: _Lwb(_X1, _y1, _w1, t), 0.0), np.sum(1 - _y1 - (1 - sig(_X1 @ _w1))))),
    S(23, "valid", "simplified", ok=lambda r: (lambda X, y, w, b: (np.sum(1 - y - (1 - sig(X @ w + b))), np.sum(sig(X @ w + b) - y)))(*_i(r))),
]
CLAIMS = [(9, 11, "invalid", "L = sum(-y z + z - log(1+e^z)) (should be y z - log(1+e^z))")]
