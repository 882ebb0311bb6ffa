"""U and E written bare in statistical mechanics: the mean energy <E> (issue 21, "the energy U without its state").

A document about the canonical ensemble writes the internal energy U (or E) as a number: U = -d ln Z/d beta,
S = k_B (beta U + ln Z), C_V = dU/dT. In a document that writes beta (the inverse temperature of the model
p = e^{-beta E}/Z), whose energy letter is never written applied to a state (E(x), U(s)) and which has no latent
variables, a bare E or U outside any average is the model's mean energy <E>, as the vocabulary reads <E>. Elsewhere
(an energy-based model's E(x), whose state a row dropped) it stays unreadable, naming the letter: reading E(x) as
<E> there would be a guess. H stays out: beside U it is the enthalpy U + PV, not the energy.
"""
from __future__ import annotations

from .roles_letters import walk

MEAN_LETTERS = ("E", "U")


def note_energy_applied(roles, good) -> None:
    """roles.energy_applied: the energy letters the document writes before an argument list (E(x), U(s)) or bare
    inside an exponential (p = e^{-beta E}/Z: there E is the energy of a state, and read as <E> the row would be
    refuted): for them a bare letter is never the mean energy."""
    out = set()
    for a in good:
        for n in walk(a):
            if n[0] == "app" and n[1][0] == "sym" and n[1][1] in MEAN_LETTERS:
                out.add(n[1][1])
            elif n[0] == "exp" or n[0] == "pow" and n[1][0] == "sym" and n[1][1] == "e":
                out |= {m[1] for m in walk(n) if isinstance(m, tuple) and m and m[0] == "sym" and m[1] in MEAN_LETTERS
                        and m[3] is None}
    roles.energy_applied = out


def bare_is_mean(r, n) -> bool:
    """Whether the roles `r` read the bare energy letter `n` as the mean energy (see above): a row with it alone on
    its left (U = F + TS) is then a claim about <E>, never the energy's form (hostile set 10, A30, A34)."""
    return n[0] == "sym" and n[1] in MEAN_LETTERS and n[2] == "" and n[3] is None and n[5] is None and not n[4] \
        and getattr(r, "beta", False) and not getattr(r, "beta_one", False) and not r.hidden \
        and n[1] not in getattr(r, "energy_applied", {n[1]})


def mean_energy(meaning, n, env):
    """<E> for a bare E or U in a document of statistical mechanics (see above); otherwise the row is refused."""
    name = n[1]
    if bare_is_mean(meaning.r, n[:3] + (None,) + n[4:]):   # E_\theta bare: its subscript a parameter (meaning.py)
        return meaning.tr(("bracket", n, None), env)
    meaning.fail(f"the energy {name} without its state", f"{name}(x)")
