"""eq7: the console command that ties the symbolic and the numeric halves together.

In IPython or Jupyter, `%load_ext eq7` adds the `%%derivation` cell magic (eq7/magic.py).
"""
from importlib import metadata as _metadata

try:  # the one version number: setup.cfg's, as installed (pip install -e . keeps it current)
    __version__ = _metadata.version("eq7")
except _metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"


def load_ipython_extension(ipython):
    from .magic import load_ipython_extension as load
    load(ipython)
