"""Property tests: random expressions whose truth value is known by construction never get the
wrong verdict, and random junk never gives a traceback.

Equal pairs are built from twins, pairs of expressions equal on every instance and defined on
every instance (Z and its sum, P and its quotient, d log Z and minus the expectation of dE, ...),
combined by the same operation on both sides: the results are equal wherever either is defined.
Unequal pairs add a nonzero constant to one side.
"""
from hypothesis import HealthCheck, given, settings, strategies as st
from sympy import Integer, Rational, exp, log

from derivation.judge.check import VERDICTS, check_step
from derivation.meaning.notation import E, N, P, Z, d, data_sum, expect, state_sum, x, xi

TWINS = [
    (Z(), state_sum(exp(-E(x)))),
    (P(x), exp(-E(x)) / Z()),
    (d(log(Z())), -expect(d(E(x)))),
    (N, data_sum(Integer(1))),
    (log(Z() * P(x)), -E(x)),
    (state_sum(P(x)), Integer(1)),
    (E(x), E(x)),
    (d(E(x)), d(E(x))),
    (data_sum(d(E(xi))) / N, data_sum(d(E(xi)) / N)),
    (Integer(2), Integer(2)),
    (Rational(-1, 3), Rational(-1, 3)),
]


def _combine(children):
    pair = st.tuples(children, children)
    return st.one_of(
        pair.map(lambda p: (p[0][0] + p[1][0], p[0][1] + p[1][1])),
        pair.map(lambda p: (p[0][0] * p[1][0], p[0][1] * p[1][1])),
        pair.map(lambda p: (p[0][0] / p[1][0], p[0][1] / p[1][1])),
        children.map(lambda a: (log(a[0]), log(a[1]))),
        children.map(lambda a: (exp(-a[0]), exp(-a[1]))),
        children.map(lambda a: (d(a[0]), d(a[1]))),
        children.map(lambda a: (a[0] ** 2, a[1] ** 2)),
    )


equal_pairs = st.recursive(st.sampled_from(TWINS), _combine, max_leaves=4)
FEW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(equal_pairs)
def test_equal_pairs_are_never_invalid(pair):
    a, b = pair
    rep = check_step(a, b, instances=12, timeout=2)
    assert rep.verdict in VERDICTS
    if rep.verdict == "invalid":
        # only where SymPy dropped a factor without a value while building one side (0 * log u -> 0):
        # then one side has no value at the counterexample, and the step is rightly invalid there
        from derivation.judge.instances import exact_real
        from derivation.meaning.domains import domain_risks
        c = rep.counterexample
        assert domain_risks(a) or domain_risks(b), (a, b, rep.explanation)
        assert exact_real(c.lhs)[0] != exact_real(c.rhs)[0], (a, b, c.as_dict())


@FEW
@given(equal_pairs, st.sampled_from([Integer(1), Integer(-2), Rational(1, 3), Integer(10) ** -20]))
def test_a_constant_apart_is_never_proved_or_holding(pair, c):
    a, _ = pair
    rep = check_step(a, a + c, instances=12, timeout=2)
    assert rep.verdict in ("invalid", "undecided"), (a, c, rep.verdict, rep.explanation)
    if rep.verdict == "invalid":  # the counterexample is real: recompute its gap exactly
        ce = rep.counterexample
        assert ce.lhs != ce.rhs


# ---- junk: a verdict or a located error, never a traceback ---------------------------------------
TOKENS = [r"\frac", r"\partial", r"\sum", "_", "^", "{", "}", "(", ")", r"\log", r"\exp", "E", "Z", "P",
          "x", "x_i", "x_j", "N", "e", "0", "1", "99999999999", "+", "-", r"\cdot", r"\Theta", "=", " ",
          r"\nabla_\theta", r"\mathbb{E}_{x\sim P}[", "]"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=30), st.lists(st.sampled_from(TOKENS), max_size=30))
def test_junk_steps_get_a_verdict(left, right):
    from derivation.classroom import check_step as check_latex
    v = check_latex("".join(left), "".join(right), timeout=0.5)
    assert v.verdict in VERDICTS and v.explanation


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS + ["\\\\\n", "&"]), max_size=40))
def test_junk_documents_get_a_report(tokens):
    from derivation.run.checkdoc import check_text
    from derivation.read.document import DocumentError
    try:
        rep = check_text("$$\n" + "".join(tokens) + "\n$$\n", timeout=0.5)
    except DocumentError:
        return
    rep.to_text()
    if rep.reports:  # an empty display's JSON is the documents side's (issue 9: `--json` traceback)
        rep.to_json()


# ---- proved means equal: wherever one side has a value, the other has the same ------------------
import numpy as np  # noqa: E402
import sympy  # noqa: E402

from derivation.judge.instances import NotEvaluable, compare_exact, evaluate, free_indices, random_instances  # noqa: E402
from derivation.meaning.notation import expand_definitions  # noqa: E402
from derivation.judge.prove import prove  # noqa: E402

_leaf = st.sampled_from([E(x), E(xi), d(E(x)), Z(), P(x), N, Integer(-1), Integer(0), expect(E(x)), d(E(x), 2)])
_expr = st.recursive(_leaf, lambda c: st.one_of(
    st.tuples(c, c).map(lambda t: t[0] + t[1]), st.tuples(c, c).map(lambda t: t[0] * t[1]),
    st.tuples(c, c).map(lambda t: t[0] / t[1]), c.map(log), c.map(exp), c.map(d), c.map(data_sum),
    c.map(state_sum)), max_leaves=4)
# rewrites SymPy offers; some are not valid where a side has no value (expand: (u + u^2)/u -> 1 + u)
REWRITES = [sympy.expand, sympy.together, sympy.cancel, lambda e: sympy.expand_log(e, force=True),
            expand_definitions]
INSTANCES = list(random_instances(np.random.default_rng(3), 45, second_order=True))[::9]


@FEW
@given(_expr, st.sampled_from(range(len(REWRITES))))
def test_a_proof_is_never_refuted_by_exact_values(a, k):
    from derivation.meaning.budget import OverBudget, deadline
    try:
        with deadline(3):  # prove, evaluate and SymPy's rewrites have no budget of their own here
            b = REWRITES[k](a)
            if not prove(a, b).proved:
                return
            at = {s: 1 for s in free_indices(a, b)}
            for inst in INSTANCES:
                try:
                    va, vb = evaluate(a, inst, at), evaluate(b, inst, at)
                except NotEvaluable:
                    continue
                assert compare_exact(va, vb) != "differ", (a, b, inst)
    except OverBudget:
        return


@FEW
@given(_expr)
def test_writing_out_the_definitions_is_never_invalid(a):
    rep = check_step(a, expand_definitions(a), instances=12, timeout=2)
    assert rep.verdict != "invalid", (a, rep.explanation)
