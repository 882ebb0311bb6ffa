"""Figures for a slide: eq. (7) on a categorical model, the price of a sampled negative
phase, and what goes wrong when Z is summed over the data.

Every number drawn is computed here from a seeded model (no stored answers). matplotlib
is imported only when a figure is drawn, so `import toy_models` stays light.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .identity import negative_phase, nll_gradient, positive_phase
from .models import Categorical
from .sampled import contrastive_divergence_error, negative_phase_error
from .examples import random_model
from .pyplot import slide_pyplot as _pyplot


def categorical_example(rng):
    """A K = 8 categorical model and 40 data points drawn from another distribution."""
    model = Categorical(rng.normal(0.0, 1.0, size=8))
    data = rng.choice(8, size=40, p=np.array([6, 5, 4, 3, 3, 2, 1, 0], dtype=float) / 24)
    return model, data


def phases_figure(path, rng, narrow: bool = False):
    """Bars: positive phase (data frequency), negative phase (P_θ), and their difference
    next to the gradient autograd takes of the exact NLL. `narrow`: drawn for a phone's width (the
    same numbers, a taller figure with its legend in one column), so it fits without scrolling."""
    plt = _pyplot()
    model, data = categorical_example(rng)
    pos = positive_phase(model, data)["theta"]
    neg = negative_phase(model)["theta"]
    auto = nll_gradient(model, data, method="autograd")["theta"]
    k = np.arange(model.K)
    fig, ax = plt.subplots(figsize=(4.6, 6.4) if narrow else (9, 6))
    ax.bar(k - 0.2, pos, width=0.4, label="positive phase: data frequency of k")
    ax.bar(k + 0.2, neg, width=0.4, label=r"negative phase: $P_\theta(k)$")
    ax.plot(k, pos - neg, "k_", markersize=22, mew=3, label="positive − negative (eq. 7)")
    ax.plot(k, auto, "o", color="crimson", label="autograd of the exact NLL")
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xlabel("state k")
    ax.set_ylabel(r"$\partial \mathcal{L} / \partial \theta_k$ and its two phases")
    ax.set_title((r"Eq. (7), a categorical model:" + "\n" if narrow else r"Eq. (7) on a categorical model, ")
                 + r"$E_\theta(k) = \theta_k$ ($K=8$, $N=40$)")
    # Below the axes, so no bar or marker is hidden whatever the seed draws.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 if narrow else -0.16), ncol=1 if narrow else 2)
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return float(np.max(np.abs(pos - neg - auto)))


def sampled_cost_figure(path, rng):
    """Left: error of the negative phase from M exact samples, against 1/sqrt(M).
    Right: error of the contrastive-divergence negative phase after k Gibbs sweeps."""
    plt = _pyplot()
    model = random_model("ising", 8, rng)
    sizes = np.array([10, 30, 100, 300, 1000, 3000, 10000])
    err = negative_phase_error(model, sizes, repeats=30, rng=rng)
    data = model.space.states_from_codes(rng.integers(model.space.n_states, size=200))
    sweeps = [0, 1, 2, 3, 5, 8, 13, 21]
    cd = contrastive_divergence_error(model, data, sweeps, rng)
    # With 200 chains even perfect samples leave an error: draw that floor, so the plateau
    # of CD-k is read as sampling noise and not as bias.
    floor = negative_phase_error(model, [data.shape[0]], repeats=30, rng=rng).mean()

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5))
    mean = err.mean(axis=1)
    left.loglog(sizes, mean, "o-", label="mean over 30 repeats")
    left.fill_between(sizes, np.percentile(err, 10, axis=1), np.percentile(err, 90, axis=1),
                      alpha=0.25, label="10–90% of repeats")
    left.loglog(sizes, mean[0] * np.sqrt(sizes[0] / sizes), "k--", label=r"$\propto 1/\sqrt{M}$")
    left.set_xlabel("samples M from the model")
    left.set_ylabel("relative error of the negative phase")
    left.set_title("Exact samples: unbiased, error ∝ 1/√M")
    left.legend()
    right.plot(sweeps, cd, "o-", color="darkorange", label=f"CD-k, {data.shape[0]} chains")
    right.axhline(floor, color="k", ls="--", label=f"{data.shape[0]} exact samples (mean error)")
    right.legend()
    right.set_xlabel("Gibbs sweeps k, chains started at the data")
    right.set_ylabel("relative error of the negative phase")
    right.set_title("CD-k: pulled toward the data for small k")
    right.set_ylim(bottom=0)
    fig.suptitle(f"The price of a sampled negative phase (Ising, d = {model.d}, exact ∇log Z as reference)")
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return mean


def z_over_data_figure(path, rng):
    """The blog post's slip in numbers: with Z summed over the N data points instead of the
    whole state space, the 'negative phase' only sees states that occur in the data."""
    plt = _pyplot()
    model, data = categorical_example(rng)
    theta = model.params["theta"]
    counts = np.bincount(data, minlength=model.K)
    true_neg = negative_phase(model)["theta"]
    # Σ_i e^{-E(x_i)} ∂E(x_i)/∂θ_k / Σ_i e^{-E(x_i)}: each data point weighted by e^{-E}.
    w = counts * np.exp(-(theta - theta.min()))
    wrong_neg = w / w.sum()
    k = np.arange(model.K)
    fig, ax = plt.subplots()
    ax.bar(k - 0.2, true_neg, width=0.4, label=r"$E_{x\sim P_\theta}[\partial E/\partial\theta_k] = P_\theta(k)$ (Z over all states)")
    ax.bar(k + 0.2, wrong_neg, width=0.4, color="crimson",
           label=r"with $Z$ summed over the data: $\sum_i e^{-E(x^{(i)})}[x^{(i)}=k] / \sum_i e^{-E(x^{(i)})}$")
    unseen = np.flatnonzero(counts == 0)
    top = max(true_neg.max(), wrong_neg.max())
    for u in unseen:
        # straight down onto the empty red slot, to the right of the blue bar, so it crosses no bar
        ax.annotate("not in\nthe data", (u + 0.2, 0), xytext=(u + 0.2, true_neg[u] + 0.18 * top),
                    ha="center", arrowprops={"arrowstyle": "->"})
    ax.set_xlabel("state k")
    ax.set_ylabel("negative phase, entry k")
    ax.set_title("Summing Z over the data changes the negative phase")
    ax.set_ylim(0, 1.45 * top)  # headroom: the legend sits above the tallest bar, never on it
    ax.legend(loc="upper right", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return float(np.max(np.abs(true_neg - wrong_neg)))


def generator_figure(path, rng, steps=300):
    """The paper's scheme on {0,1}^6: the negative phase from a generator trained on
    KL(P_φ || P_Θ), against the exact negative phase; NLL and KL computed exactly."""
    from .generator import MeanFieldGenerator, TableGenerator, train
    from .models import Ising, NeuralEnergy
    from .sampled import exact_samples

    plt = _pyplot()
    d = 6
    a = rng.normal(scale=0.8, size=(d, d))
    J = (a + a.T) / 2
    np.fill_diagonal(J, 0.0)
    data = exact_samples(Ising(J, rng.normal(scale=0.5, size=d), spins=(0, 1)), 500, rng)
    _, counts = np.unique(data, axis=0, return_counts=True)
    freq = counts / counts.sum()
    floor = float(-(freq * np.log(freq)).sum())  # no model has a lower NLL than the data's entropy
    init = rng.integers(2 ** 31)
    # label -> (generator, samples per step, line style); one colour per run in both panels
    runs = {"exact negative phase": (None, None, dict(color="grey", lw=5, alpha=0.5)),
            "generator: table over all states": (TableGenerator(d), None, dict(color="tab:blue")),
            "generator: table, 100 samples per step": (TableGenerator(d), 100, dict(color="tab:green")),
            "generator: independent bits (mean field)": (MeanFieldGenerator(np.zeros(d)), None,
                                                         dict(color="tab:red"))}
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 5))
    for label, (gen, m, style) in runs.items():
        model = NeuralEnergy.random(d, np.random.default_rng(init), n_features=16, n_experts=8)
        hist = train(model, data, gen, steps=steps, n_samples=m, rng=rng)
        # above the lowest possible NLL (the data's entropy), on a log axis: the mean-field run,
        # far above, stays on the axes, and the runs that reach the floor stay apart
        left.semilogy(np.maximum(np.asarray(hist["nll"]) - floor, 1e-6), label=label, **style)
        if hist["kl"]:
            right.semilogy(np.arange(1, steps + 1), np.maximum(hist["kl"], 1e-16), label=label, **style)
    left.set_xlabel("training step")
    left.set_ylabel(f"exact NLL minus the data's entropy ({floor:.2f} nats)")
    left.set_title("Energy model (the paper's form), trained by eq. (7)")
    right.set_xlabel("training step")
    right.set_ylabel(r"exact KL$(P_\phi \,\|\, P_\Theta)$ (nats)")
    right.set_title("How far the generator is from the model")
    # one legend under both panels (the runs have one colour in both), so it hides no line
    handles, labels = left.get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=2, frameon=False, fontsize=11)
    fig.suptitle("A generator in place of the negative phase (Kim & Bengio 2016) on $\\{0,1\\}^6$, everything exact")
    fig.tight_layout(rect=(0, 0.12, 1, 1))
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return floor


FIGURES = {"phases.png": phases_figure,
           "sampled_negative_phase.png": sampled_cost_figure,
           "z_over_data.png": z_over_data_figure,
           "generator.png": generator_figure}

# The course's main figures (notebooks 02-04); those modules import this one only when drawing.
from .figures_course import (lattice_figure, moment_matching_figure, phases_ising_rbm_figure,  # noqa: E402
                             routes_cost_figure)
from .figures_estimators import (estimators_figure, learning_estimators_figure,  # noqa: E402
                                 sample_modes_figure)

FIGURES.update({"routes_cost.png": routes_cost_figure, "lattice.png": lattice_figure,
                "phases_ising_rbm.png": phases_ising_rbm_figure, "moment_matching.png": moment_matching_figure,
                "sample_modes.png": sample_modes_figure, "estimators.png": estimators_figure,
                "learning_estimators.png": learning_estimators_figure})


def draw_all(out_dir, seed: int = 7) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (name, draw) in enumerate(FIGURES.items()):
        draw(out / name, np.random.default_rng([seed, i]))
        paths.append(out / name)
    return paths
