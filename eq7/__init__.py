"""eq7: the console command that ties the symbolic and the numeric halves together.

In IPython or Jupyter, `%load_ext eq7` adds the `%%derivation` cell magic (eq7/magic.py).
"""


def load_ipython_extension(ipython):
    from .magic import load_ipython_extension as load
    load(ipython)
