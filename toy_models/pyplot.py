"""pyplot set up for slides, for every figure module (figures, figures_course, figures_estimators).

It lives apart from those modules so that they all import it downward, never each other in a
circle; matplotlib is imported only when a figure is drawn, so `import toy_models` stays light.
"""
from __future__ import annotations

SLIDE = {"figure.figsize": (9, 5), "font.size": 13, "axes.titlesize": 14, "legend.fontsize": 11}


def slide_pyplot():
    """matplotlib.pyplot on the file-only Agg backend, with the slide sizes above."""
    import matplotlib
    matplotlib.use("Agg")  # files only: no screen is needed
    import matplotlib.pyplot as plt
    plt.rcParams.update(SLIDE)
    return plt
