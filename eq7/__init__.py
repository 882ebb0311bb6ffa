"""eq7: the console command that ties the symbolic and the numeric halves together.

In IPython or Jupyter, `%load_ext eq7` adds the `%%derivation` cell magic (eq7/magic.py).
"""


def __getattr__(name):
    # The one version number: setup.cfg's, as installed (pip install -e . keeps it current). Looked up
    # when asked for: importlib.metadata costs every `eq7 check` some 20-90 ms of start-up otherwise.
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("eq7")
        except metadata.PackageNotFoundError:  # run from a checkout that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'eq7' has no attribute {name!r}")


def load_ipython_extension(ipython):
    from .magic import load_ipython_extension as load
    load(ipython)
