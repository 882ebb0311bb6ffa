"""`eq7 estimators`: every common estimator of the negative phase against the exact answer.

On a toy problem (estimator_problems) whose negative phase is exact, each method
(exact sampling, CD-K, PCD-K, a generator) estimates it `--repeats` times with M samples
for each M of `--samples`; the table gives bias, noise, variance, MSE, time, and the exact
NLL after `--steps` training updates that used the estimator. Exit 0, or 2 on bad options.
"""
from __future__ import annotations

import json
import sys
import textwrap

from .errors import InputError, StateSpaceTooLarge
from .estimator_problems import DEFAULT_SIZES, KINDS

DEFAULT_METHODS = "exact,cd-1,pcd-1,gen-meanfield,gen-nade,gen-table"
DEFAULT_SAMPLES = "10,100,1000"
DEFAULT_SEED = 20160610


def add_arguments(parser):
    parser.description = (
        "Measure how the negative phase is estimated in practice against its exact value, on a toy "
        "model with two or more modes: bias, variance, MSE and time of each method per number of "
        "samples M, and the exact NLL reached after training with it. Exit 0, or 2 on bad options.")
    parser.add_argument("--model", default="ising", choices=KINDS,
                        help="toy problem (default ising); default sizes: "
                        + ", ".join(f"{k} {v}" for k, v in DEFAULT_SIZES.items()))
    parser.add_argument("--size", type=int, default=None,
                        help="d (ising: spins; potts: sites, q = 3; rbm: n_visible = n_hidden)")
    parser.add_argument("--methods", default=None,
                        help="comma-separated: exact, cd-K, pcd-K, gen-meanfield, gen-nade, gen-table "
                             f"(default {DEFAULT_METHODS}; without gen-* for potts)")
    parser.add_argument("--samples", default=DEFAULT_SAMPLES,
                        help=f"comma-separated numbers of samples M per estimate (default {DEFAULT_SAMPLES})")
    parser.add_argument("--repeats", type=int, default=100,
                        help="estimates per method and M (default 100, >= 2; with 20, an unbiased method's "
                             "bias/noise strays to 3 now and then, and the table can no longer tell bias from noise)")
    parser.add_argument("--steps", type=int, default=100, help="training updates per method and M (default 100)")
    parser.add_argument("--lr", type=float, default=0.1, help="learning rate of the training runs (default 0.1)")
    parser.add_argument("--scan", default="systematic", choices=("systematic", "random"),
                        help="site order of single-site Gibbs (Ising, Potts)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the problem and every sample")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table (no progress bar)")
    parser.add_argument("--plot", metavar="FILE", default=None,
                        help="also draw bias and variance against M, one line per method, as a PNG")


def _samples(text) -> list[int]:
    try:
        sizes = [int(s) for s in str(text).split(",") if s.strip()]
    except ValueError:
        raise InputError(f"--samples must be comma-separated positive integers, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise InputError(f"--samples must be comma-separated positive integers (M >= 1), got {text!r}")
    return sizes


def _methods(text, kind) -> list[str]:
    from .estimators import parse_method

    if text is None:
        text = DEFAULT_METHODS if kind != "potts" else DEFAULT_METHODS.replace(",gen-meanfield,gen-nade,gen-table", "")
    names = [s.strip() for s in text.split(",") if s.strip()]
    if not names:
        raise InputError(f"--methods is empty: give e.g. {DEFAULT_METHODS}")
    return [parse_method(n).name for n in names]


class Progress:
    """A one-line bar on stderr, redrawn in place; only on a terminal."""

    def __init__(self, stream):
        self.stream = stream

    def __call__(self, done, total, label):
        width = 30
        filled = int(width * done / total)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label:<40}")
        if done == total:
            self.stream.write("\r" + " " * (width + 50) + "\r")
        self.stream.flush()


def _table(result, text) -> str:
    head = (f"{'method':<15}{'M':>6}{'bias':>9}{'noise':>8}{'bias/noise':>11}{'bias M→∞':>10}"
            f"{'variance':>10}{'MSE':>9}{'ms/est':>8}{'NLL after':>11}")
    lines = [f"The negative phase estimated vs exact: {text}",
             f"model {result['model']}; {result['repeats']} independent estimates per row; "
             f"exact negative phase norm ||g*|| = {result['exact_norm']:.3f}",
             head, f"{'':<15}{'':>6}{'':>9}{'':>8}{'':>11}{'(exact)':>10}{'':>10}{'':>9}{'':>8}"
                   f"{str(result['train_steps']) + ' steps':>11}", "-" * len(head)]
    for r in result["rows"]:
        ratio = r["bias"] / r["noise"] if r["noise"] > 0 else float("inf")
        lines.append(f"{r['method']:<15}{r['n_samples']:>6}{r['bias']:>9.4f}{r['noise']:>8.4f}{ratio:>11.1f}"
                     f"{r['exact_bias']:>10.4f}{r['variance']:>10.4f}{r['mse']:>9.4f}{1e3 * r['seconds']:>8.2f}"
                     f"{r['train_nll']:>11.4f}")
    prose = ["bias = || mean error || over the repeats; noise = sqrt(variance / repeats), what the bias column "
              "shows for an unbiased method by chance: bias/noise near 1 is no detectable bias, far above 1 is "
              "a real one. bias M→∞: what the bias tends to with infinitely many samples, computed exactly "
              "(exact sweep kernels for CD and PCD, the generator's own q for a generator). variance = sum over parameter entries; MSE = bias^2 + variance.",
              f"NLL after: exact NLL of the data after {result['train_steps']} updates (lr {result['lr']:g}) whose "
              f"negative phase came from that row's estimator; it starts at {result['initial_nll']:.4f}, and the "
              f"exact negative phase reaches {result['exact_phase_nll']:.4f}. One training run per row: for a "
              "biased method, more samples follow the biased direction more faithfully, so its NLL after need not "
              "improve with M (noise at small M can even help by chance)."]
    notes = []
    for method in result["methods"]:
        rows = [r for r in result["rows"] if r["method"] == method]
        if method.startswith("pcd"):
            notes.append(f"{method}: fresh chains per repeat, warmed up by {result['pcd_warmup']} untimed updates' "
                         f"sweeps at this Θ (as training would carry them; {rows[0]['setup_seconds']:.2f} s in all); "
                         "ms/est is its K sweeps, the cost of CD-K.")
        if "generator_kl" in rows[0]:
            if not any("mode-seeking" in n for n in notes):
                notes.append("KL(P_φ||P_Θ) is mode-seeking: a generator holding one of two equal modes has "
                             "KL = log 2 ≈ 0.69, and then a bias no number of its samples removes.")
            notes.append(f"{method}: fitted once by {result['generator_steps']} Adam steps on the exact KL "
                         f"({rows[0]['setup_seconds']:.2f} s): KL(P_φ||P_Θ) = {rows[0]['generator_kl']:.4f} (exact).")
    wrapped = [textwrap.fill(p, width=100, subsequent_indent="  ") for p in prose + notes]
    return "\n".join(lines + [""] + wrapped)


def run(args) -> int:
    import numpy as np

    from .estimator_problems import study_problem
    from .estimator_study import estimator_study

    try:
        sizes = _samples(args.samples)
        if args.steps < 0:
            raise InputError(f"--steps must be an integer >= 0 (training updates), got {args.steps}")
        if args.repeats < 2:
            raise InputError(f"--repeats must be an integer >= 2 (a variance needs two estimates), got {args.repeats}")
        methods = _methods(args.methods, args.model)
        rng = np.random.default_rng(args.seed)
        model, data, text = study_problem(args.model, args.size, rng)
        progress = Progress(sys.stderr) if (not args.json and sys.stderr.isatty()) else None
        result = estimator_study(model, data, methods, sizes, args.repeats, rng, train_steps=args.steps,
                                 lr=args.lr, scan=args.scan, progress=progress)
    except (InputError, StateSpaceTooLarge) as exc:
        print(f"eq7 estimators: error: {exc}", file=sys.stderr)
        return 2
    result.update(problem=text, seed=args.seed)
    if args.plot:
        from .estimators_plot import plot_study
        plot_study(result, args.plot)
    if args.json:
        print(json.dumps({"schema_version": 1, "status": 0, **result}, indent=2))  # eq7's schema
    else:
        print(_table(result, text))
        print(f"seed {args.seed}" + (f"; figure written to {args.plot}" if args.plot else ""))
    return 0
