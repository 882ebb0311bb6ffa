from common import *
from math import lgamma, factorial
DOC = "10_yolonomy_stirling_entropy.md"; TIER = 1
TOPIC = "Stirling's approximation and ln C = N S for the multinomial count, with a dropped +1, a wrong derivative and a sign slip"
NOTES = ("g_n occupation numbers with sum g_n = N and p_i = g_n/N (defined above the cut); S = -sum p ln p; rows written "
         "with ~ are approximations")


def occ(r, K=4):
    g = r.integers(1, 6, K).astype(float); return g, g.sum(), g / g.sum()


STEPS = [
    S(1, "not-an-identity", "N! written out", outside_display=True),
    S(1, "valid", "log of a product", ok=lambda r: (lambda a, b: (np.log(a * b), np.log(a) + np.log(b)))(*r.uniform(0.1, 5, 2)),
      outside_display=True),
    S(1, "valid", "N! as a product (N = 5..9)", ok=lambda r: (lambda n: (lgamma(n + 1), np.log(np.prod(np.arange(1, n + 1)))))(int(r.integers(5, 10))),
      outside_display=True),
    S(1, "valid", "log of the product as a sum", ok=lambda r: (lambda n: (np.log(np.prod(np.arange(1.0, n + 1))), np.log(np.arange(1.0, n + 1)).sum()))(
      int(r.integers(5, 10))), outside_display=True),
    S(5, "valid", "ln N! = sum ln x", ok=lambda r: (lambda n: (lgamma(n + 1), np.log(np.arange(1.0, n + 1)).sum()))(int(r.integers(5, 30)))),
    S(6, "not-an-identity", "sum approximated by the integral (N -> infinity)"),
    S(7, "valid", "antiderivative of ln x", ok=lambda r: (lambda n: (quad(np.log, 1, n, 200001), (n * np.log(n) - n) - (1 * 0 - 1)))(r.uniform(3, 30))),
    S(8, "invalid", "the lower limit contributes +1: [x ln x - x]_1^N = N ln N - N + 1; N = 2: 0.386 vs -0.614",
      cx=lambda: ((2 * np.log(2) - 2) - (0 - 1), 2 * np.log(2) - 2)),
    S(12, "valid", "d/dx(x ln x - x) = d/dx(x ln x) - 1", ok=lambda r: (lambda x: (d(lambda t: t * np.log(t) - t, x),
      d(lambda t: t * np.log(t), x) - 1))(r.uniform(0.5, 5)), outside_display=True),
    S(12, "invalid", "d/dx(x ln x) = ln x + 1, not ln x - x/x; x = 2: 0.693 vs -1.307",
      cx=lambda: (d(lambda t: t * np.log(t), 2.0) - 1, np.log(2) - 1 - 1), outside_display=True),
    S(12, "invalid", "ln x - x/x - 1 = ln x - 2 != ln x; x = 2: -1.307 vs 0.693",
      cx=lambda: (np.log(2) - 1 - 1, np.log(2)), outside_display=True),
    S(17, "not-an-identity", "Stirling: N! ~ e^{N ln N - N} (approximation)"),
    S(17, "valid", "e^{N ln N} = e^{ln N^N}", ok=lambda r: (lambda n: (np.exp(n * np.log(n) - n), np.exp(np.log(n ** n)) * np.exp(-n)))(r.uniform(2, 12))),
    S(17, "valid", "exp log", ok=lambda r: (lambda n: (np.exp(np.log(n ** n)) * np.exp(-n), n ** n * np.exp(-n)))(r.uniform(2, 12))),
    S(25, "not-an-identity", "S ~ ln(C)/N (asymptotic statement)"),
    S(34, "not-an-identity", "C defined"),
    S(34, "not-an-identity", "Stirling applied (approximation)"),
    S(37, "valid", "product of exponentials", ok=lambda r: (lambda g, N, p: (np.prod(g ** g * np.exp(-g)), np.exp(-g.sum()) * np.prod(g ** g)))(*occ(r)),
      outside_display=True),
    S(37, "valid", "product of exponentials as the exponential of the sum (four factors)", ok=lambda r: (lambda g: (np.prod(np.exp(-g)), np.exp(-g.sum())))(
      r.uniform(0.5, 3, 4)), outside_display=True),
    S(37, "not-an-identity", "the occupations sum to N (condition)", outside_display=True),
    S(37, "valid", "sum g = N", ok=lambda r: (lambda g, N, p: (np.prod(g ** g * np.exp(-g)), np.exp(-N) * np.prod(g ** g)))(*occ(r)),
      outside_display=True),
    S(42, "not-an-identity", "C ~ N^N / prod g^g (approximation)"),
    S(49, "not-an-identity", "log of the Stirling approximant (an approximation written with =)"),
    S(50, "valid", "g_n = p_n N", ok=lambda r: (lambda g, N, p: (N * np.log(N) - (g * np.log(g)).sum(), N * np.log(N) - (p * N * np.log(p * N)).sum()))(*occ(r))),
    S(51, "valid", "log of a product", ok=lambda r: (lambda g, N, p: ((p * N * np.log(p * N)).sum(), (p * N * (np.log(p) + np.log(N))).sum()))(*occ(r))),
    S(52, "invalid", "the sum over N p_i ln N enters with a minus sign; g = (1, 3): 2.249 vs 13.340", cx=lambda: (lambda g: (lambda N, p: (N * np.log(N) - (p * N * (np.log(p) + np.log(N))).sum(),
      N * np.log(N) - (N * p * np.log(p)).sum() + (N * p * np.log(N)).sum()))(g.sum(), g / g.sum()))(np.array([1.0, 3.0]))),
    S(53, "invalid", "sum_i N p_i ln N = N ln N, so the previous row gives + N ln N, not - N ln N (the slip undone): same instance",
      cx=lambda: (lambda g: (lambda N, p: (N * np.log(N) - (N * p * np.log(p)).sum() + (N * p * np.log(N)).sum(),
      N * np.log(N) - (N * p * np.log(p)).sum() - N * np.log(N)))(g.sum(), g / g.sum()))(np.array([1.0, 3.0]))),
    S(54, "valid", "-N sum p ln p = N S", ok=lambda r: (lambda g, N, p: (N * np.log(N) - (N * p * np.log(p)).sum() - N * np.log(N),
      N * -(p * np.log(p)).sum()))(*occ(r))),
]
CLAIMS = [(5, 8, "invalid", "ln N! ~ N ln N - N; the exact integral is N ln N - N + 1"),
          (49, 54, "valid", "N ln N - sum g ln g = N S (p = g/N)")]
