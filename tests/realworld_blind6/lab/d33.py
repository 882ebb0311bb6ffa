from gs import *
DOC = "33_marc_gaussian_products_tex.md"; TIER = 2
TOPIC = "LaTeX note: products of Gaussians in moment / canonical form (macros \\NN(.), \\NN[.], \\1, \\+, \\-), convolution"
NOTES = ("A^\\1 = A^{-1}; `\\+` and `\\-` are the author's plus and minus (their macro lines are commented out in latex/macros.tex, so "
         "as typeset they would not print a sign); 1 is the identity; checks in 2-D at a random x")


def inst(r):
    return r.normal(0, 1, 2), spd(r), r.normal(0, 1, 2), spd(r), r.normal(0, 1, 2)


I2 = np.eye(2)
inv = np.linalg.inv

STEPS = [
    S(6, "valid", "product of moment forms", ok=lambda r: (lambda a, A, b, B, x: (Nm(x, a, A) * Nm(x, b, B),
      Nc(x, inv(A) @ a + inv(B) @ b, inv(A) + inv(B)) * Nm(a, b, A + B)))(*inst(r))),
    S(8, "valid", "moment form of the same", ok=lambda r: (lambda a, A, b, B, x: (Nc(x, inv(A) @ a + inv(B) @ b, inv(A) + inv(B)) * Nm(a, b, A + B),
      Nm(x, B @ inv(A + B) @ a + A @ inv(A + B) @ b, A @ inv(A + B) @ B) * Nm(a, b, A + B)))(*inst(r))),
    S(9, "valid", "product of canonical forms", ok=lambda r: (lambda a, A, b, B, x: (Nc(x, a, A) * Nc(x, b, B),
      Nc(x, a + b, A + B) * Nm(inv(A) @ a, inv(B) @ b, inv(A) + inv(B))))(*inst(r))),
    S(11, "valid", "second factor in canonical form", ok=lambda r: (lambda a, A, b, B, x: (Nm(inv(A) @ a, inv(B) @ b, inv(A) + inv(B)),
      Nc(inv(A) @ a, A @ inv(A + B) @ b, A @ inv(A + B) @ B)))(*inst(r))),
    S(12, "valid", "A(A+B)^{-1} = 1 - B(A+B)^{-1}", ok=lambda r: (lambda a, A, b, B, x: (Nc(inv(A) @ a, A @ inv(A + B) @ b, A @ inv(A + B) @ B),
      Nc(inv(A) @ a, (I2 - B @ inv(A + B)) @ b, (I2 - B @ inv(A + B)) @ B)))(*inst(r))),
    S(13, "valid", "mixed product", ok=lambda r: (lambda a, A, b, B, x: (Nm(x, a, A) * Nc(x, b, B),
      Nc(x, inv(A) @ a + b, inv(A) + B) * Nm(a, inv(B) @ b, A + inv(B))))(*inst(r))),
    S(15, "valid", "second factor in canonical form", ok=lambda r: (lambda a, A, b, B, x: (Nm(a, inv(B) @ b, A + inv(B)),
      Nc(a, (I2 - B @ inv(inv(A) + B)) @ b, (I2 - B @ inv(inv(A) + B)) @ B)))(*inst(r))),
    S(21, "valid", "convolution (1-D check by quadrature)", ok=lambda r: (lambda a, A, b, B, y: (
      quad(lambda x: np.exp(-(x - a) ** 2 / (2 * A)) / np.sqrt(2 * np.pi * A) * np.exp(-(y - x - b) ** 2 / (2 * B)) / np.sqrt(2 * np.pi * B), -40, 40),
      np.exp(-(y - a - b) ** 2 / (2 * (A + B))) / np.sqrt(2 * np.pi * (A + B))))(r.normal(), r.uniform(0.3, 2), r.normal(), r.uniform(0.3, 2), r.normal())),
]
CLAIMS = [(6, 8, "valid", "product of two moment-form Gaussians"), (9, 12, "valid", "product of canonical forms"),
          (13, 15, "valid", "mixed product")]
