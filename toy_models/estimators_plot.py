"""The figure of `eq7 estimators --plot FILE`: bias and variance against the number of
samples M, one line per method, both on log-log axes. matplotlib is imported here only."""
from __future__ import annotations

import numpy as np

STYLE = {"figure.figsize": (13, 5.5), "font.size": 12, "axes.titlesize": 13, "legend.fontsize": 10}


def plot_study(result: dict, path, title: str = "") -> None:
    import matplotlib
    matplotlib.use("Agg")  # files only: no screen is needed
    import matplotlib.pyplot as plt

    plt.rcParams.update(STYLE)
    fig, (left, right) = plt.subplots(1, 2)
    sizes = np.array(result["sample_sizes"], dtype=float)
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    markers = "osD^vP*X"  # lines that coincide (several biased methods) stay distinguishable
    ends = []  # (bias at the largest M, method, colour): labelled beside the line, see _label_ends
    for i, method in enumerate(result["methods"]):
        rows = [r for r in result["rows"] if r["method"] == method]
        m = np.array([r["n_samples"] for r in rows], dtype=float)
        colour = colours[i % len(colours)]
        style = dict(color=colour, marker=markers[i % len(markers)], markersize=8, lw=2, alpha=0.85)
        left.loglog(m, [r["bias"] for r in rows], "-", label=method, **style)
        left.loglog(m, [r["noise"] for r in rows], ":", color=colour, lw=1.2)
        limit = rows[0].get("exact_bias", 0.0)
        if limit > 1e-6:  # a zero limit has no place on a log axis
            left.axhline(limit, color=colour, ls="--", lw=1)
        right.loglog(m, [r["variance"] for r in rows], "-", **style)
        ends.append((rows[-1]["bias"], method, colour))
    _label_ends(left, ends, float(sizes.max()))
    if len(sizes) > 1:  # a reference slope, anchored at the smallest variance measured at the first M
        first = min(r["variance"] for r in result["rows"] if r["n_samples"] == sizes[0])
        right.loglog(sizes, first * sizes[0] / sizes, "k--", lw=1, label=r"right, dashed: $\propto 1/M$")
    left.plot([], [], "k:", lw=1.2, label=r"left, dotted: noise $\sqrt{\mathrm{variance}/\mathrm{repeats}}$")
    # grey in the legend: each dashed line on the panel has its method's colour (not black)
    left.plot([], [], "--", color="0.55", lw=1.5, label=r"left, dashed in a method's colour: its exact bias as $M\to\infty$")
    left.set_xlabel("samples M per estimate")
    left.set_ylabel(r"bias $\|\,$mean error$\,\|$ of the negative phase")
    left.set_title("Bias: above its dotted noise line it is real")
    right.set_xlabel("samples M per estimate")
    right.set_ylabel("variance of the estimate (trace)")
    right.set_title("Variance (dashed: a 1/M slope)")
    for ax in (left, right):
        ax.grid(True, which="major", alpha=0.3)
    # one legend under both panels, so no line is hidden behind it
    handles, labels = left.get_legend_handles_labels()
    extra = right.get_legend_handles_labels()
    fig.legend(handles + extra[0], labels + extra[1], loc="lower center", ncol=min(4, len(labels) + 1),
               frameon=False)
    fig.suptitle(title or f"The negative phase estimated, against the exact one: {result['model']}, "
                 f"{result['repeats']} repeats per point")
    rows_of_legend = -(-(len(labels) + len(extra[1])) // 4)
    fig.tight_layout(rect=(0, 0.06 * rows_of_legend, 1, 1))
    fig.savefig(path, dpi=130)
    plt.close(fig)


def _label_ends(ax, ends, last_m: float, gap: float = 0.13) -> None:
    """Name each bias line at its right end, in its colour. Several biased methods have nearly the
    same bias (their lines lie on one another), so the names are spread apart vertically (at least
    `gap` decades) and joined to their line by a thin leader: every method stays findable."""
    ends = sorted((float(np.log10(max(b, 1e-300))), name, colour) for b, name, colour in ends)
    placed = []
    for y, _, _ in ends:
        placed.append(max(y, placed[-1] + gap) if placed else y)
    x_text = last_m * 1.35
    for (y, name, colour), y_text in zip(ends, placed):
        ax.annotate(name, (last_m, 10 ** y), xytext=(x_text, 10 ** y_text), color=colour, fontsize=10,
                    va="center", bbox=dict(boxstyle="square,pad=0.1", fc="white", ec="none"), arrowprops=dict(arrowstyle="-", color=colour, lw=0.6))
    ax.set_xlim(right=last_m * 4.5)  # room for the names
    if placed:
        bottom, top = ax.get_ylim()
        ax.set_ylim(bottom, max(top, 10 ** (placed[-1] + 2 * gap)))
