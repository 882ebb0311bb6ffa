"""A document's definition of a family (E_theta(x) = theta T(x)) applied at another parameter value written
in the subscript (E_{2 theta}) is the family evaluated there, never the family at theta (issue 18, part 1)."""
import pytest

from derivation.run.checkdoc import check_text

DEF = "$$\nE_\\theta(x) = \\theta\\, T(x)\n$$\n\n$$\n{}\n$$\n"


def _last(row):
    return [s.verdict for s in check_text(DEF.format(row), "t.md").reports[-1].steps]


@pytest.mark.parametrize("row, verdict", [
    (r"E_{2\theta}(x) = 2 E_\theta(x)", "proved"),        # linear in theta: true
    (r"E_{2\theta}(x) = E_\theta(x)", "invalid"),          # the argument 2 theta is not theta
    (r"E_{\theta^2}(x) = \theta E_\theta(x)", "proved"),
    (r"E_{\theta^2}(x) = 2 E_\theta(x)", "invalid"),
    (r"E_\theta(x) = \theta T(x)", "proved"),
])
def test_the_family_is_evaluated_at_the_subscript_written(row, verdict):
    assert _last(row) == [verdict]
