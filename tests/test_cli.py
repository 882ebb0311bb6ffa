"""The console command runs as the README says."""
import subprocess
import sys


def test_main_job_runs():
    out = subprocess.run([sys.executable, "-m", "eq7"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    # the printed status is the exit status: no "Status: 1" from the check half of a job that exits 0
    assert "Status: 1" not in out.stdout
    assert out.stdout.strip().splitlines()[-1].startswith("eq7: status 0 ")


def test_figures_command_writes_pngs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "eq7", "figures", "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in tmp_path.glob("*.png")) == ["estimators.png", "generator.png", "lattice.png",
                                                              "learning_estimators.png", "moment_matching.png",
                                                              "phases.png", "phases_ising_rbm.png", "routes_cost.png",
                                                              "sample_modes.png", "sampled_negative_phase.png",
                                                              "z_over_data.png"]
