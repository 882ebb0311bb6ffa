"""The normal form is remembered per expression (normal_form._NORMS): a row met again (the next step's left
side, another reading, the claim's track) is not normalized again, and a step reports the same rules, in the
same order, as when everything is normalized afresh."""
from sympy import exp, log

from derivation.meaning import normal_form
from derivation.meaning.normal_form import Normalizer
from derivation.meaning.notation import E, Z, d, data_sum, expect, state_sum, x, xi


def _count_norms(monkeypatch):
    calls = []
    plain = Normalizer._norm

    def counted(self, e):
        calls.append(e)
        return plain(self, e)
    monkeypatch.setattr(Normalizer, "_norm", counted)
    return calls


def test_a_side_met_again_is_not_normalized_again(monkeypatch):
    side = d(log(state_sum(exp(-E(x))))) + data_sum(d(E(xi)))
    first = Normalizer()
    a = first.norm(side)
    calls = _count_norms(monkeypatch)
    second = Normalizer()
    assert second.norm(side) == a
    assert calls == []   # remembered whole
    assert list(second.rules.items()) == list(first.rules.items()) and second.fired == first.fired


def test_the_rules_fired_are_those_of_normalizing_afresh(monkeypatch):
    sides = [d(log(Z())), expect(d(E(x))), d(log(state_sum(exp(-E(x))))) * 2 + expect(d(E(x))), Z() * exp(-E(x))]
    afresh = []
    for side in sides:
        normal_form._NORMS.clear()
        n = Normalizer()
        afresh.append((n.norm(side), list(n.rules.items())))
    normal_form._NORMS.clear()
    for _ in range(2):   # parts met before (Z, the expectation) and whole sides met before
        for side, (nf, rules) in zip(sides, afresh):
            n = Normalizer()
            assert n.norm(side) == nf
            assert list(n.rules.items()) == rules


def test_the_post_reports_the_same_rules_with_its_normal_forms_remembered():
    from derivation.run.checkdoc import check_path

    def rules(rep):
        return [(s.verdict, tuple(s.rules)) for c in rep.reports for s in (*c.steps, c.claim)]
    normal_form._NORMS.clear()
    first = rules(check_path(None))   # the shipped post, its parts remembered as they are met
    second = rules(check_path(None))  # every side remembered from the first check
    assert first == second and any(r for _, r in first)
