"""`eq7 verify` on bad and hostile options: exit 2 with one message naming the option,
never a traceback, never work before the refusal. The CLI's main runs in-process."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eq7.cli import main
from toy_models import budget, examples


def _verify(capsys, *argv):
    """(exit status, stderr) of `eq7 verify ARGV`, in-process (argparse errors exit 2)."""
    try:
        status = main(["verify", *argv])
    except SystemExit as exc:
        status = exc.code
    return status, capsys.readouterr().err


def _one_message(err):
    lines = [line for line in err.splitlines() if "error" in line]
    return len(lines) == 1 and "Traceback" not in err


@pytest.fixture
def nothing_built(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("built before the budget check")
    monkeypatch.setattr(examples, "random_model", boom)
    monkeypatch.setattr(examples, "random_data", boom)


@pytest.mark.parametrize("argv, match", [
    (("--size", "1000000000"), "Choose --size"),
    (("--n-data", "1000000000"), "Choose --n-data"),
    (("--model", "ising", "--size", "20"), "would take about"),
    (("--model", "potts", "--size", "1000000000000"), "3^1000000000000 states"),
    (("--model", "categorical", "--size", "1" + "0" * 40), "Choose --size"),
    (("--model", "ising", "--size", "1" + "0" * 400), "--size about 10^400 is far beyond enumeration"),
    (("--seed", "-1"), "--seed must be an integer >= 0"),
    (("--size", "10**9"), "argument --size: invalid int value"),
    (("--n-data", "1.5"), "argument --n-data: invalid int value"),
    (("--seed", "1e3"), "argument --seed: invalid int value"),
    (("--size", "9" * 5000), "argument --size: invalid int value"),
    (("--model", "boltzmann"), "argument --model: invalid choice"),
    (("--size",), "expected one argument"),
    (("--frobnicate",), "unrecognized arguments"),
    (("--size", "-4"), "--size must be an integer >= 2 for categorical"),
    (("--model", "rbm", "--size", "-4"), "--size must be an integer >= 1"),
    (("--model", "categorical", "--size", "1"), "--size must be an integer >= 2"),
])
def test_bad_options_exit_2_with_one_message(capsys, nothing_built, argv, match):
    status, err = _verify(capsys, *argv)
    assert status == 2
    assert match in err and _one_message(err), err


_TOKENS = st.one_of(
    st.sampled_from(["--model", "--size", "--seed", "--n-data", "--json", "all", "ising", "potts", "rbm",
                     "categorical", "neural", "ising01", "--", "-", "", "nan", "inf", "10**9", "1e9", "0x10",
                     "--size=", "--model=ising"]),
    st.integers(-10 ** 30, 10 ** 30).map(str),
    st.integers(-3, 40).map(str),
    st.text(max_size=8),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(_TOKENS, max_size=6))
def test_random_junk_never_gives_a_traceback(capsys, monkeypatch, argv):
    # a tiny time budget keeps the runs that are accepted to a few milliseconds
    monkeypatch.setattr(budget, "VERIFY_SECONDS", 0.02)
    status, err = _verify(capsys, *argv)
    assert status in (0, 2), (argv, status, err)
    if status == 2:
        assert _one_message(err), (argv, err)


@pytest.mark.parametrize("argv, match", [
    (("--seed", "-1"), "--seed must be an integer >= 0"),
    (("--out", "/dev/null/x"), "cannot write the figures to --out /dev/null/x"),
])
def test_figures_bad_options_exit_2_with_one_message(capsys, argv, match):
    try:
        status = main(["figures", *argv])
    except SystemExit as exc:
        status = exc.code
    err = capsys.readouterr().err
    assert status == 2 and match in err and _one_message(err), err
