"""`eq7 figures`: placeholder."""


def add_arguments(parser):
    parser.add_argument("--out", default="figures", help="folder for the PNG files")


def run(args) -> int:
    print("eq7 figures: no figures yet.")
    return 0
