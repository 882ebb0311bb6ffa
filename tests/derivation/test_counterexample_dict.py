"""Counterexample.as_dict() (derivation/judge/exact_values.py) holds only what the sides were evaluated on: a step
refuted on the general vocabulary's tables carries no weights or energies of the unused base instance
(printed beside the real tables, a student recomputing by hand got another number: issue 19)."""
from derivation.classroom import check_step


def test_a_general_counterexample_has_only_its_tables():
    v = check_step(r"\mathrm{KL}(q_\phi \| p_\theta)", r"\mathbb{E}_{x\sim q_\phi}[E_\theta(x)] + H(q_\phi)")
    d = v.refuted_on.as_dict()
    assert v.verdict == "invalid" and d["tables"]
    assert not {"weights", "energy", "denergy"} & set(d)


def test_the_posts_counterexample_keeps_its_energies():
    import sympy

    from derivation.judge.check import check_step as judge
    from derivation.meaning.notation import Z
    rep = judge(sympy.log(Z()), -sympy.log(Z()))
    d = rep.counterexample.as_dict()   # Z sums over every state: each state's energy is printed
    assert rep.verdict == "invalid" and {f"E({k})" for k in range(1, d["states"] + 1)} <= set(d["tables"])
