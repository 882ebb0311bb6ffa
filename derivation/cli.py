"""`eq7 check`: placeholder until the checker lands (issue 3)."""


def add_arguments(parser):
    parser.add_argument("doc", nargs="?", help="a Markdown or LaTeX document (default: the blog post)")


def run(args) -> int:
    print("eq7 check: the derivation checker is not built yet.")
    return 0
