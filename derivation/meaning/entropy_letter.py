"""H as the entropy of a document: a document that writes H of distributions (H(q), H(q, p), H(p_theta)) uses H for
the entropy and the cross-entropy, a fixed object of the vocabulary; there H(u, q) or H(e_y, s) is a claim about an
entropy, never the energy of two states u, q given a form by the row (hostile set 9, B17, B23: false rows shown as
the definition of the energy, never judged; the latent-variable reading they set off made the prose's own H(q, p)
unreadable). An H whose arguments are not distributions the vocabulary reads is unreadable, naming them.

Only a new letter can be defined; the energy keeps its letter (E, or H in a document that never writes H of a
distribution: H(x; lambda) = H_0(x) - sum_i lambda_i A_i(x) gives the model its energy)."""
from __future__ import annotations

from .roles_letters import DIST_LETTERS


def _distribution(a) -> bool:
    """A distribution written as the argument of H: q, p_theta, \\hat p, p(v, h)."""
    head = a[1] if a[0] == "app" else a
    return head[0] == "sym" and head[1] in DIST_LETTERS and head[2] in ("", "hat", "tilde")


def of_distributions(n) -> bool:
    """H(q), H(q, p_theta): an H (or S) applied to distributions only."""
    return n[0] == "app" and n[1][0] == "sym" and n[1][1] in ("H", "S") and n[1][2] == "" and bool(n[2]) \
        and all(_distribution(a) for a in n[2])


def entropy_written(nodes) -> bool:
    """Whether the document writes H of distributions anywhere: then H is its entropy."""
    return any(n[0] == "app" and n[1][0] == "sym" and n[1][1] == "H" and of_distributions(n) for n in nodes)


def entropy_of_others(n, roles) -> bool:
    """H(u, q), H(e_y, s) in a document whose H is the entropy: an entropy of what is not a distribution."""
    return getattr(roles, "entropy_h", False) and n[0] == "app" and n[1][0] == "sym" and n[1][1] == "H" \
        and n[1][2] == "" and not of_distributions(n)


def random_variable(node) -> bool:
    """X, Y, Z: a capital Latin letter alone, as probability texts name random variables (H(X, Y) is their entropy)."""
    return node[0] == "sym" and len(node[1]) == 1 and "A" <= node[1] <= "Z" and node[2] == "" and node[3] is None \
        and not node[4] and node[5] is None
