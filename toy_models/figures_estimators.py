"""Notebook 04's figures for slides: the negative phase estimated, against the exact one.

The problem is estimator_problems.study_problem("ising", 8): every pair coupled
ferromagnetically (two modes, all up and all down) and data in the up mode only.
"""
from __future__ import annotations

import numpy as np

from .estimator_problems import study_problem
from .estimator_study import estimator_study
from .estimator_training import train_with_estimator
from .estimators import new_chains, new_generator, parse_method
from .exact import probabilities
from .generator_kl import to_states
from .samplers import cd_chains

SAMPLES = 2000


def _plt():
    from .pyplot import slide_pyplot
    return slide_pyplot()


def sample_modes_figure(path, rng):
    """Magnetisation of 2000 samples: exact, CD-1, PCD-1, a mean-field generator; returns the
    fraction of CD-1 samples in the down mode (the mode it misses)."""
    plt = _plt()
    model, data, _ = study_problem("ising", 8, rng)
    magnetisation = model.space.all_states().sum(axis=1)
    p = probabilities(model)
    samples = {"CD-1": cd_chains(model, data, SAMPLES, 1, rng),
               "PCD-1": new_chains(model, parse_method("pcd-1"), SAMPLES, rng).advance(model, 1, rng),
               "generator (mean field)": to_states(new_generator(model, parse_method("gen-meanfield"), rng)
                                                   .sample(SAMPLES, rng), model.space)}
    values = np.arange(-8, 9, 2)
    fig, ax = plt.subplots(figsize=(11, 5))
    ax.bar(values - 0.6, [p[magnetisation == v].sum() for v in values], width=0.4, color="k",
           label=r"$P_\Theta$ (exact)")
    for k, (name, xs) in enumerate(samples.items()):
        m = xs.sum(axis=1)
        ax.bar(values - 0.2 + 0.4 * k, [(m == v).mean() for v in values], width=0.4,
               label=f"{name}, {SAMPLES} samples")
    ax.set_xticks(values)
    ax.set_xlabel(r"magnetisation $\sum_i s_i$ (Ising, d = 8, two modes; data in the up mode)")
    ax.set_ylabel("fraction of probability / samples")
    ax.set_title("Where the negative phase's samples land")
    ax.legend(loc="upper center")  # between the modes, where every bar is short
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return float((samples["CD-1"].sum(axis=1) < 0).mean())


def estimators_figure(path, rng):
    """Bias and variance against M for each estimator (estimators_plot.plot_study)."""
    from .estimators_plot import plot_study

    model, data, text = study_problem("ising", 8, rng)
    result = estimator_study(model, data, ["exact", "cd-1", "pcd-1", "gen-meanfield", "gen-table"],
                             [10, 30, 100, 300], repeats=10, rng=rng, train_steps=0)
    plot_study(result, path, title="The negative phase from M samples, against the exact one "
                                   "(Ising, d = 8, two modes; 10 repeats per point)")
    return {r["method"]: r["bias"] for r in result["rows"] if r["n_samples"] == 300}


def learning_estimators_figure(path, rng, steps=60, n_samples=100):
    """The exact NLL while learning with each estimator; returns the final NLL per run."""
    plt = _plt()
    model, data, _ = study_problem("ising", 8, rng)
    seed = int(rng.integers(2 ** 31))
    curves = {m: train_with_estimator(model, data, m, n_samples, steps, 0.1, np.random.default_rng(seed))
              for m in ("cd-1", "pcd-1", "gen-meanfield", "gen-table")}
    curves["exact negative phase"] = train_with_estimator(model, data, None, None, steps, 0.1,
                                                          np.random.default_rng(seed))
    fig, ax = plt.subplots(figsize=(11, 5))
    for name, nlls in curves.items():
        style = dict(color="grey", lw=5, alpha=0.5) if name.startswith("exact") else {}
        ax.plot(nlls, label=name, **style)
    ax.set_xlabel("training step")
    ax.set_ylabel("exact NLL of the data (nats)")
    ax.set_title(f"Learning with an estimated negative phase ({n_samples} samples per step)")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5))  # outside the axes: hides no curve
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return {k: float(v[-1]) for k, v in curves.items()}

