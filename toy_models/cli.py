"""`eq7 verify`: placeholder until the numeric core lands (issue 2)."""


def add_arguments(parser):
    pass


def run(args) -> int:
    print("eq7 verify: the numeric core is not built yet.")
    return 0
