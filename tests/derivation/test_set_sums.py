"""\\sum_{a \\in A} over a set the document names with a letter and never defines (thermodynamic notes sum over the
microstates a in A): the sum was refused ("a part of the states the vocabulary has no object for"), so every such
row went unread. Unknown means arbitrary: A is all the states (the main reading) or a collection of states of its
own, both judged (derivation/meaning/set_sums.py); a row both prove is proved, one both refute invalid with its
counterexample, one that needs A to be every state undecided, naming both."""
import math
from fractions import Fraction

from derivation.run.checkdoc import check_text


def _steps(text):
    return [s for r in check_text(text, timeout=30).reports for s in r.steps]


def _row(row):
    return _steps("$$\n" + row + "\n$$\n")


def test_rows_both_readings_prove_are_proved():
    [s] = _row(r"\sum_{a \in A} E(a) \frac{e^{-E(a)}}{Z} = \frac{1}{Z} \sum_{a \in A} E(a) e^{-E(a)}")
    assert s.verdict == "proved", s.explanation
    [s] = _row(r"\sum_{a \in A} P(a) \ln P(a) = \sum_{a \in A} P(a) \left(-E(a) - \ln Z\right)")
    assert s.verdict == "proved", s.explanation


def test_a_flipped_sign_is_refuted_and_its_counterexample_recomputed():
    [s] = _row(r"\sum_{a \in A} P(a) \ln P(a) = \sum_{a \in A} P(a) \left(E(a) - \ln Z\right)")
    assert s.verdict == "invalid", s.explanation
    assert "collection of states of its own" in s.explanation   # every reading refuted, the other one named
    ce = s.counterexample.as_dict()
    w = [Fraction(v["e^{-E}"]) for k, v in sorted(ce["tables"].items()) if k.startswith("E(")]
    assert len(w) == ce["states"]
    z = sum(w)
    lhs = sum(float(x / z) * math.log(x / z) for x in w)
    rhs = sum(float(x / z) * (-math.log(x) - math.log(z)) for x in w)
    assert math.isclose(lhs, ce["lhs"], abs_tol=1e-9) and math.isclose(rhs, ce["rhs"], abs_tol=1e-9)
    assert not math.isclose(lhs, rhs)


def test_a_row_that_needs_every_state_is_undecided():
    # <E> sums over every state; over a part of them (or a collection with repeats) it differs
    [s] = _row(r"\langle E \rangle = \sum_{a \in A} E(a) P(a)")
    assert s.verdict == "undecided", s.explanation
    assert "collection of states of its own" in s.explanation and "\\mathcal{A}" in s.explanation


def test_a_set_in_a_document_with_data_stays_refused():
    # \frac{1}{N} \sum_{o \in O}: O may be the data set, while the loss may be the log-likelihood as well; the
    # readings combine one assumption at a time, so neither would be tried with the other (set_sums.has_data)
    text = ("$$\n\\mathcal{L} = \\frac{1}{N}\\sum_{i=1}^N \\log p(x^{(i)})\n$$\n\n"
            "$$\n\\frac{1}{N}\\sum_{o \\in O} E(o) \\frac{e^{-E(o)}}{Z} = \\frac{1}{N Z}\\sum_{o \\in O} E(o) e^{-E(o)}\n$$\n")
    s = _steps(text)[-1]
    assert s.verdict == "unreadable" and "a part of the states" in s.explanation, s.explanation


def test_a_letter_written_as_a_quantity_too_is_no_set():
    [s] = _row(r"A + \sum_{a \in A} P(a) = A + 1")
    assert s.verdict == "unreadable" and "a part of the states" in s.explanation, s.explanation


def test_a_set_the_prose_declares_or_bounds_stays_refused():
    # `Let A be a subset`: a part of the states, which the main reading (all of them) would contradict; an
    # inequality beside the sum (Sum_A p < 1) holds for sets but not for collections with repeats
    for text in ("Let $A$ be a nonempty subset of the states.\n\n$$\n\\sum_{x \\in A} p(x) = 1\n$$\n",
                 "$$\n\\sum_{a \\in A} P(a) \\le 1\n$$\n",
                 "$$\n\\sum_{a \\in A} P(a) < \\sum_{a} P(a)\n$$\n"):
        s = _steps(text)[-1]
        assert s.verdict == "unreadable" and "a part of the states" in s.explanation, (text, s.explanation)


def test_a_sum_over_parameter_values_or_latent_states_stays_refused():
    # \sum_{w \in A} over values of a parameter, \sum_{h \in A} where h is the latent: not a collection of data
    for text in ("$$\n\\frac{\\partial}{\\partial w} \\sum_{w \\in A} E_w(x) = \\sum_{w \\in A} \\frac{\\partial E_w(x)}{\\partial w}\n$$\n",
                 "$$\np(v) = \\sum_h p(v, h)\n$$\n\n$$\n\\sum_{h \\in A} p(v, h) = \\sum_{h \\in A} p(h, v)\n$$\n"):
        s = _steps(text)[-1]
        assert s.verdict == "unreadable", (text, s.verdict, s.explanation)
