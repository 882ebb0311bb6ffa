"""The package exports the DESIGN.md contract and imports light (no matplotlib)."""
import subprocess
import sys


def test_contract_names_are_exported():
    import toy_models
    for name in ("Categorical", "Ising", "Potts", "RBM", "NeuralEnergy", "log_partition", "nll",
                 "nll_gradient", "check_identity", "positive_phase", "negative_phase"):
        assert name in toy_models.__all__ and hasattr(toy_models, name)


def test_import_does_not_load_matplotlib_or_sympy():
    code = "import sys, toy_models; print(sorted(m for m in ('matplotlib', 'sympy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
