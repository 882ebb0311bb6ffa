"""The course's main figures as PNG files for slides (`eq7 figures`), one per notebook idea.

    routes_cost.png        notebook 02: seconds for exact log Z against the number of states, per route
    lattice.png            notebook 02: transfer matrices against Kaufman's torus and Onsager's limit
    phases_ising_rbm.png   notebook 03: both phases of eq. (7), parameter by parameter
    moment_matching.png    notebook 03: exact-gradient training until the phases cancel
    sample_modes.png       notebook 04: where exact, CD-1, PCD-1 and generator samples land
    estimators.png         notebook 04: bias and variance of each estimator against M
    learning_estimators.png  notebook 04: the exact NLL while learning with each estimator

Each function draws from a seeded model (nothing stored) and returns a number the tests check.
"""
from __future__ import annotations

import time

import numpy as np

from .closed_forms import K_CRITICAL, kaufman_log_z, onsager_log_z_per_site
from .identity import log_partition, negative_phase, positive_phase
from .models import RBM, Ising
from .routes import choose_route
from .sampled import exact_samples


def _plt():
    from .pyplot import slide_pyplot
    return slide_pyplot()


def _save(fig, path, plt):
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)


def _random_ising(d, rng, scale=None):
    a = rng.normal(scale=scale or 1 / np.sqrt(d), size=(d, d))
    return Ising((a + a.T) / 2 * (1 - np.eye(d)), rng.normal(scale=0.3, size=d))


def _best_seconds(f, repeat=3):
    best = np.inf
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best


def routes_cost_figure(path, rng):
    """Plain enumeration against the route the toolkit chooses (blocked), Ising d = 8..24."""
    plt = _plt()
    sizes, plain_up_to = [8, 10, 12, 14, 16, 18, 20, 22, 24], 20
    plain, chosen, name = [], [], ""
    for d in sizes:
        model = _random_ising(d, rng)
        name = choose_route(model).name
        chosen.append(_best_seconds(lambda: log_partition(model)))
        if d <= plain_up_to:
            plain.append(_best_seconds(lambda: log_partition(model, route="plain")))
    states = 2.0 ** np.array(sizes)
    fig, ax = plt.subplots()
    ax.loglog(states[:len(plain)], plain, "o-", label="plain: enumerate every state")
    ax.loglog(states, chosen, "s-", label=f"{name}: one matrix product between two halves")
    ax.loglog(states, plain[-1] * states / states[len(plain) - 1], "k:", label="∝ number of states")
    ax.set_xlabel("number of states $2^d$ (Ising model, $d$ spins)")
    ax.set_ylabel("seconds for exact log Z (best of 3)")
    ax.set_title("Exact log Z: the cost grows with the number of states")
    ax.legend(loc="upper left")
    _save(fig, path, plt)
    return plain[-1] / chosen[len(plain) - 1]


def lattice_figure(path, rng):
    """log Z per site of periodic square lattices: transfer route, Kaufman, Onsager."""
    plt = _plt()
    couplings = np.linspace(0.1, 0.8, 29)
    fig, ax = plt.subplots()
    ax.plot(couplings, [onsager_log_z_per_site(K) for K in couplings], "k--", lw=1.5,
            label="infinite lattice (Onsager 1944)")
    worst = 0.0
    for L, marker, colour in ((4, "o", "tab:blue"), (8, "s", "tab:red")):
        tm = np.array([log_partition(Ising.grid(L, L, K, periodic=True)) for K in couplings])
        kf = np.array([kaufman_log_z(L, L, K) for K in couplings])
        worst = max(worst, float(np.max(np.abs(tm - kf) / np.abs(kf))))
        ax.plot(couplings, kf / L ** 2, "-", color=colour, label=f"{L}×{L} torus, Kaufman's formula")
        ax.plot(couplings, tm / L ** 2, marker, color=colour, mfc="none", label=f"{L}×{L} torus, transfer matrices")
    ax.axvline(K_CRITICAL, color="grey", ls="--", lw=1)
    ax.text(K_CRITICAL + 0.01, 0.75, "$K_c$", color="grey")
    ax.set_xlabel("coupling K (no field)")
    ax.set_ylabel("log Z / number of sites")
    ax.set_title("A 2-D lattice without enumeration: transfer matrices are exact")
    ax.legend(loc="upper left")
    _save(fig, path, plt)
    return worst


def _flat_phases(model, data):
    p, n = positive_phase(model, data), negative_phase(model)
    names, pos, neg = [], [], []
    for key, value in model.params.items():
        idx = list(zip(*np.triu_indices(value.shape[0], 1))) if key == "J" else list(np.ndindex(value.shape))
        names += [f"{key}[{','.join(map(str, i))}]" for i in idx]
        pos += [p[key][i] for i in idx]
        neg += [n[key][i] for i in idx]
    return names, np.array(pos), np.array(neg)


def phases_ising_rbm_figure(path, rng):
    """Bars: positive and negative phase per parameter, for an Ising model and an RBM."""
    plt = _plt()
    ising = _random_ising(4, rng, scale=0.6)
    spins = exact_samples(_random_ising(4, rng, scale=0.6), 200, rng)
    rbm = RBM(rng.normal(scale=0.6, size=(4, 2)), rng.normal(scale=0.3, size=4), rng.normal(scale=0.3, size=2))
    bits = exact_samples(RBM(rng.normal(scale=1.0, size=(4, 2)), np.zeros(4), np.zeros(2)), 200, rng)
    fig, axes = plt.subplots(1, 2, figsize=(14, 5.5))
    largest = 0.0
    for ax, (model, data, title) in zip(axes, [(ising, spins, "Ising, d = 4"),
                                               (rbm, bits, "RBM, 4 visible × 2 hidden (free energy)")]):
        names, pos, neg = _flat_phases(model, data)
        k = np.arange(len(names))
        ax.bar(k - 0.2, pos, width=0.4, label="positive phase (data)")
        ax.bar(k + 0.2, neg, width=0.4, label="negative phase (model)")
        ax.plot(k, pos - neg, "k_", markersize=14, mew=2.5, label="positive − negative = ∂L/∂Θ")
        ax.axhline(0, color="grey", lw=0.8)
        ax.set_xticks(k, names, rotation=60, fontsize=10)
        ax.set_xlabel("parameter Θ")
        ax.set_ylabel("value of each phase")
        ax.set_title(title)
        largest = max(largest, float(np.max(np.abs(pos - neg))))
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=3)
    fig.suptitle("Eq. (7), parameter by parameter: the gradient is positive phase − negative phase")
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return largest


def moment_matching_figure(path, rng, steps=300, lr=0.5):
    """Gradient descent with the exact eq. (7): the negative phase meets the positive one."""
    plt = _plt()
    d = 4
    teacher = Ising(np.full((d, d), 0.3) * (1 - np.eye(d)), rng.normal(scale=0.3, size=d))
    data = exact_samples(teacher, 300, rng)
    student = Ising(np.zeros((d, d)), np.zeros(d))
    tracked = [("h", (0,)), ("h", (1,)), ("J", (0, 1)), ("J", (2, 3))]
    pos = positive_phase(student, data)  # Ising energies are linear in Θ: fixed by the data
    negs, norms = [], []
    for _ in range(steps):
        neg = negative_phase(student)
        grad = {k: pos[k] - neg[k] for k in student.params}
        negs.append([neg[k][i] for k, i in tracked])
        norms.append(np.sqrt(sum(np.sum(v ** 2) for v in grad.values())))
        J = student.params["J"] - lr * (grad["J"] + grad["J"].T) / 2
        np.fill_diagonal(J, 0.0)
        student.params["J"], student.params["h"] = J, student.params["h"] - lr * grad["h"]
    negs = np.array(negs)
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 6))
    for k, (key, idx) in enumerate(tracked):
        left.plot(negs[:, k], color=f"C{k}", label=f"negative phase, {key}{list(idx)}")
        left.axhline(pos[key][idx], color=f"C{k}", ls="--", lw=1.2)
    left.plot([], [], "k--", lw=1.2, label="positive phase (dashed: the data's)")
    left.set_xlabel("gradient step")
    left.set_ylabel("phase value")
    left.set_title("The negative phase moves to the positive phase")
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2, fontsize=10)
    right.semilogy(norms, color="k")
    right.set_xlabel("gradient step")
    right.set_ylabel("‖positive − negative‖ = ‖∂L/∂Θ‖")
    right.set_title("Moment matching: the phases cancel")
    _save(fig, path, plt)
    return float(norms[-1])
