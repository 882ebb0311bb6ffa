"""`eq7 figures`: draw the classroom figures as PNG files."""
from __future__ import annotations


def add_arguments(parser):
    parser.add_argument("--out", default="figures", help="folder for the PNG files (default: ./figures); "
                        "the main figures of the notebooks, for slides")
    parser.add_argument("--seed", type=int, default=7, help="seed of the random models and samples")


def run(args) -> int:
    from .figures import draw_all

    for path in draw_all(args.out, args.seed):
        print(f"wrote {path}")
    return 0
