"""The general reader's operators (derivation/latex/general_operators.py): what is not read is named."""
import pytest

from derivation.latex.general import parse_row
from derivation.latex.parse import ReadError

from ._verdicts import verdicts


@pytest.mark.parametrize("row", [r"\nabla_\theta \nabla_\theta^T \log q(x)", r"\nabla_\theta^\top f(\theta)"])
def test_a_transposed_gradient_is_named_not_read_as_a_scalar_derivative(row):
    with pytest.raises(ReadError) as e:
        parse_row(row)
    assert "transposed gradient" in str(e.value)


def test_outer_and_inner_products_of_gradients_are_never_judged_alike():
    # equal for one scalar parameter, different for vectors: the row must not be proved
    got = verdicts(r"(\nabla_\theta \log q(x))^T \nabla_\theta \log q(x) = \nabla_\theta \log q(x) \nabla_\theta^T \log q(x)")
    assert got and "proved" not in got and "holds" not in got and "invalid" not in got
