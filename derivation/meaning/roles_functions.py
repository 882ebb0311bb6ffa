"""Letters whose kind the document's writing shows: functions (application or product, issue 21, part 3), and
distributions over the latent variables only (over_latent).

`z(\\theta)`, `h(x)`, `s(x)`, `\\eta(\\theta)` could each be a letter times its parentheses or a function applied
to them. A letter the document never writes alone, only ever with an argument list after it, is a function:
read as a product it would be a quantity the document never names (z(theta) as z times theta made
p = h(x) e^{theta s(x)} / z(theta) false). A letter the meaning reads as a quantity (a state letter, a
parameter) that the document also writes alone keeps both readings where it is applied to letters only
(readings_others.py: the letter as a function is another reading; parse_readings.py does the converse for
other letters)."""
from __future__ import annotations

from .roles_letters import GREEK_PARAMS, HIDDEN_NAMES, walk


def _plain(sym) -> str | None:
    """The name of a plain letter: no decoration, index, prime or label."""
    name, deco, sub, primes, sup = sym[1:6]
    return None if deco or sub is not None or primes or sup is not None else name


def _letters(asts) -> tuple[set, set, set]:
    """(letters applied somewhere, those applied to plain letters only somewhere, letters written alone)."""
    heads, applied, simply, bare = set(), set(), set(), set()
    nodes = list(walk(asts))
    for n in nodes:
        if n[0] == "app" and n[1][0] == "sym" and n[2]:
            heads.add(id(n[1]))
            name = _plain(n[1])
            if name is not None:
                applied.add(name)
                if all(a[0] == "sym" and a[2] == "" and _plain(a) for a in n[2] + n[3]):
                    simply.add(name)
        elif n[0] == "index" and n[1][0] == "app" and n[1][1][0] == "sym":
            heads.add(id(n[1][1]))
    for n in nodes:
        if n[0] == "sym" and id(n) not in heads and not n[2]:
            bare.add(n[1])   # written alone: with an index or a prime too (z_i, z') it names a quantity z
    return applied, simply, bare


def applied_only(asts) -> set:
    """Plain letters written before an argument list somewhere and never alone anywhere in the document."""
    applied, _, bare = _letters(asts)
    return applied - bare


def applied_and_alone(asts, quantities) -> set:
    """Letters of `quantities` (those the meaning reads as a number: state letters, parameters) written alone and
    also before a list of letters, z(theta) beside z: a function there is another reading."""
    _, simply, bare = _letters(asts)
    return simply & bare & set(quantities)


def over_latent(letter, nodes, params=()) -> bool:
    """Whether a distribution letter is written only over the latent variables (q(z), q(h)), possibly given
    states (q(z | x)): never the data distribution, which is over the observed states (E_{q(z)}[.] read as the
    data average made the ELBO's log E_{q(z)}[p(x, z)/q(z)] = log p(x) false). A distribution of its own.
    Given a parameter (P(tau | theta)) it is a parametrized distribution (roles.param_data), not this."""
    uses = [n for n in nodes if n[0] == "app" and n[1][0] == "sym" and n[1][1] == letter and n[1][2] == ""]
    return bool(uses) and all(
        n[2] and all(a[0] == "sym" and a[1] in HIDDEN_NAMES and a[3] is None for a in n[2])
        and all(c[0] == "sym" and c[1] not in params and c[1] not in GREEK_PARAMS for c in n[3]) for n in uses)
