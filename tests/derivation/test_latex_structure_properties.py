"""Property: whatever container a derivation is printed in, the reader finds the same links, at the
lines computed here independently (one row per line), with the kinds of their relation signs."""
from hypothesis import given, settings, strategies as st

from derivation.meaning.chains import chains_of
from derivation.read.reader import read_text

SIGNS = {"=": "equality", r"\approx": "approx", r"\le": "inequality", ":=": "definition", r"\simeq": "approx",
         "<": "inequality"}


def render(container, rows):
    """(document, line of each row)."""
    n = len(rows)
    if container == "aligned":
        body = " \\\\\n".join(rows)
        return "Some prose.\n\n$$\n\\begin{aligned}\n" + body + "\n\\end{aligned}\n$$\n", [5 + k for k in range(n)]
    if container == "equations":
        text = "".join("\\begin{equation}\n" + r + "\n\\end{equation}\n" for r in rows)
        return text, [2 + 3 * k for k in range(n)]
    if container == "fence":
        return "```math\n" + " \\\\\n".join(rows) + "\n```\n", [2 + k for k in range(n)]
    if container == "rst":
        return ".. math::\n   :label: e\n\n   " + " \\\\\n   ".join(rows) + "\n\nafter\n", [4 + k for k in range(n)]
    if container == "callout":
        return "> [!note]\n> $$\n> " + " \\\\\n> ".join(rows) + "\n> $$\n", [3 + k for k in range(n)]
    if container == "hugo":
        return "$$\n\\begin{aligned}\n" + " \\\\\\\n".join(rows) + "\n\\end{aligned}\n$$\n", [3 + k for k in range(n)]
    raise ValueError(container)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["aligned", "equations", "fence", "rst", "callout", "hugo"]),
       st.booleans(), st.lists(st.sampled_from(sorted(SIGNS)), min_size=1, max_size=6))
def test_links_are_found_at_their_lines_in_any_container(container, own_left_side, signs):
    rows = ["Z = \\sum_x e^{-E(x)}" if own_left_side else "\\sum_x e^{-E(x)}"] + [f"{s} Z" for s in signs]
    text, lines = render(container, rows)
    got = [(s.from_line, s.to_line, s.kind) for chain, _ in chains_of(read_text(text, "d.md")) for s in chain.links()]
    want = ([(lines[0], lines[0], "equality")] if own_left_side else []) + \
        [(lines[k], lines[k + 1], SIGNS[s]) for k, s in enumerate(signs)]
    assert got == want
