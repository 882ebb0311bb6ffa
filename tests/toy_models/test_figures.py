"""The classroom figures are drawn from computed numbers (toy_models/figures.py)."""
import numpy as np

from toy_models.figures import FIGURES, draw_all, phases_figure, z_over_data_figure


def test_draw_all_writes_every_png(tmp_path):
    paths = draw_all(tmp_path, seed=3)
    assert [p.name for p in paths] == list(FIGURES)
    for p in paths:
        assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 10_000


def test_phases_figure_shows_eq7_matching_autograd(tmp_path):
    # Both are exact sums over 8 states: agreement to rounding, 1e-12 absolute on O(1) values.
    assert phases_figure(tmp_path / "p.png", np.random.default_rng(0)) < 1e-12


def test_z_over_data_figure_shows_a_real_difference(tmp_path):
    # The categorical example leaves state 7 out of the data: its true negative phase is
    # P(7) > 0 but the data-summed version gives 0, so the two differ visibly.
    assert z_over_data_figure(tmp_path / "z.png", np.random.default_rng(0)) > 0.01
