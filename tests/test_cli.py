"""The console command runs as the README says."""
import subprocess
import sys


def test_main_job_runs():
    out = subprocess.run([sys.executable, "-m", "eq7"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
