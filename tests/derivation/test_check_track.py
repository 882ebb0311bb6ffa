"""The claim's track (check.py _track): a row after a wrong one is compared with the claim's start for its
verdict alone, so it is not diagnosed (the diagnosis, which may take half a step's budget, is never shown)."""
from derivation.judge import check
from derivation.run.checkdoc import check_path


def test_the_track_reads_verdicts_without_diagnosing(monkeypatch):
    expected = [r.on_track for r in check_path(None).reports]   # the shipped post: rows off the track
    assert any(t is False for track in expected for t in track)
    inside, diagnosed = [], []
    plain_track, plain_diagnose = check._track, check.diagnose

    def track(*args, **kwargs):
        inside.append(True)
        try:
            return plain_track(*args, **kwargs)
        finally:
            inside.pop()

    def diagnose(*args, **kwargs):
        if inside:
            diagnosed.append(args)
            raise KeyError("diagnosed for the track")   # would make that comparison an internal error
        return plain_diagnose(*args, **kwargs)

    monkeypatch.setattr(check, "_track", track)
    monkeypatch.setattr(check, "diagnose", diagnose)
    assert [r.on_track for r in check_path(None).reports] == expected
    assert diagnosed == []
