"""check_identity's report in Jupyter: one Markdown table row per parameter block, numbers from the report."""
import numpy as np

from toy_models import Ising, check_identity


def test_markdown_table_has_a_row_per_block_with_the_reports_numbers(rng):
    a = rng.normal(size=(4, 4))
    model = Ising((a + a.T) / 2 * (1 - np.eye(4)), rng.normal(size=4))
    rep = check_identity(model, rng.choice([-1, 1], size=(20, 4)))
    md = rep._repr_markdown_()
    rows = [ln for ln in md.splitlines() if ln.startswith("| ") and not ln.startswith("| parameter")]
    assert [r.split("|")[1].strip() for r in rows] == ["J", "h"]
    for r, b in zip(rows, rep.blocks):
        cells = [c.strip() for c in r.strip("|").split("|")]
        assert float(cells[2]) == float(f"{b.abs_vs_autograd:.1e}")
        assert float(cells[5]) == float(f"{b.rel_vs_finite_difference:.1e}")
