"""The course's slide figures draw computed numbers: check the numbers each one returns."""
import numpy as np

from toy_models.figures import FIGURES
from toy_models.figures_course import lattice_figure, moment_matching_figure, phases_ising_rbm_figure
from toy_models.figures_estimators import sample_modes_figure


def test_every_course_figure_is_registered_for_eq7_figures():
    assert {"routes_cost.png", "lattice.png", "phases_ising_rbm.png", "moment_matching.png", "sample_modes.png",
            "estimators.png", "learning_estimators.png"} <= set(FIGURES)


def test_lattice_figure_shows_transfer_equal_to_kaufman(tmp_path):
    assert lattice_figure(tmp_path / "l.png", np.random.default_rng(0)) < 1e-12


def test_moment_matching_figure_trains_until_the_phases_cancel(tmp_path):
    assert moment_matching_figure(tmp_path / "m.png", np.random.default_rng(0)) < 1e-8


def test_phases_figure_shows_a_nonzero_gradient(tmp_path):
    assert phases_ising_rbm_figure(tmp_path / "p.png", np.random.default_rng(0)) > 0.05


def test_sample_modes_figure_shows_cd1_missing_the_down_mode(tmp_path):
    # the exact model puts about half its mass in the down mode; CD-1 chains started at the data do not
    assert sample_modes_figure(tmp_path / "s.png", np.random.default_rng(0)) < 0.05
    assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"
