"""`eq7 figures`: draw the classroom figures as PNG files."""
from __future__ import annotations

import sys


def add_arguments(parser):
    parser.add_argument("--out", default="figures", help="folder for the PNG files (default: ./figures); "
                        "the main figures of the notebooks, for slides")
    parser.add_argument("--seed", type=int, default=7, help="seed (an integer >= 0) of the random models and samples")


def run(args) -> int:
    if args.seed < 0:
        print(f"eq7 figures: error: --seed must be an integer >= 0, got {args.seed}", file=sys.stderr)
        return 2
    from .figures import draw_all

    try:
        for path in draw_all(args.out, args.seed):
            print(f"wrote {path}")
    except OSError as exc:  # the folder cannot be made or written: one message, exit 2
        print(f"eq7 figures: error: cannot write the figures to --out {args.out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    return 0
