"""Roles of an explicit energy (derivation/meaning/explicit_roles.py): layers, weights and their shapes."""
import pytest

from derivation.meaning.explicit_roles import find_explicit
from derivation.read.general import parse_row


def roles(*rows, text=""):
    return find_explicit([[side for _, side in parse_row(r)] for r in rows], text)


@pytest.mark.parametrize("row, shapes", [
    (r"E(\mathbf{v}, \mathbf{h}) = -\mathbf{b}^\top \mathbf{v} - \mathbf{c}^\top \mathbf{h} - \mathbf{v}^\top W \mathbf{h}",
     {"b": (0,), "c": (1,), "W": (0, 1)}),
    (r"E(\mathbf{x}, \mathbf{h})=-\mathbf{a} \cdot \mathbf{x}^T - \mathbf{x} \cdot \mathbf{W}\cdot \mathbf{h}^T -\mathbf{h} \cdot \mathbf{b}^T",
     {"a": (0,), "b": (1,), "W": (0, 1)}),
    (r"E(v, h) = -h'Wv - b'v - c'h", {"W": (1, 0), "b": (0,), "c": (1,)}),
    (r"E(v, h) = -v^{\mathsf T} W h - b^{\mathsf T} v - c^{\mathsf T} h", {"W": (0, 1), "b": (0,), "c": (1,)}),
    (r"E(v, h) = -\sum_i a_i v_i - \sum_j b_j h_j - \sum_{i,j} v_i W_{ij} h_j", {"a": (0,), "b": (1,), "W": (0, 1)}),
])
def test_shapes_from_products_and_index_sums(row, shapes):
    r = roles(row)
    assert r.layers == {row.split("(")[1].split(",")[0].replace(r"\mathbf{", "").strip("} "): 0,
                        **{k: v for k, v in r.layers.items() if v == 1}}
    assert {k: v for k, v in r.shapes.items() if k in shapes} == shapes
    assert not r.scalar


def test_spins_are_read_from_the_document():
    row = r"E(v, h) = -h'Wv"
    assert roles(row).spin == 0
    assert roles(row, text=r"units $s \in \{-1, +1\}$").spin == 1
    assert roles(row, text=r"$h_j = \pm 1$").spin == 1


def test_a_gaussian_energy_is_scalar_not_units():
    r = roles(r"E(x) = \frac{(x - \mu)^2}{2\sigma^2}")
    assert r.scalar and r.shapes == {"mu": (), "sigma": ()}


def test_no_explicit_energy_no_roles():
    assert roles(r"p(x) = \frac{e^{-E(x)}}{Z}") is None
    assert roles(r"H(x) = H_0(x) - \sum_i \lambda_i A_i(x)") is None


def test_exponential_family_row_names_its_base_measure():
    r = roles(r"p_\theta(x) = h(x) \exp(x \theta - G(\theta))")
    assert r.family_rows and r.base_letters == {"h"}
