"""single_threaded(): one OpenBLAS thread inside, the old count restored after, and a
no-op (not an error) where OpenBLAS cannot be found."""
import numpy as np

from toy_models.routes import _blas


def test_restores_the_thread_count_even_on_error():
    fns = _blas._openblas_threads()
    if fns is None:  # not OpenBLAS here: the context must still work
        with _blas.single_threaded():
            pass
        return
    get, _ = fns
    before = get()
    with _blas.single_threaded():
        assert get() == 1
    assert get() == before
    try:
        with _blas.single_threaded():
            raise KeyError
    except KeyError:
        pass
    assert get() == before


def test_no_openblas_is_a_no_op(monkeypatch):
    monkeypatch.setattr(_blas, "_openblas_threads", lambda: None)
    with _blas.single_threaded():
        assert np.ones((3, 3)) @ np.ones(3) @ np.ones(3) == 9.0
