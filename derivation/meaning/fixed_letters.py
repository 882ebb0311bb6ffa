"""Letters the general reader gives one meaning in every document, shared by the meaning modules.

They live here, below meaning.py and its parts, so that the parts (values, operators) need not import the
module that assembles them."""
from __future__ import annotations

from .vocabulary import Param

BETA = Param("beta", positive=True)     # the inverse temperature of e^{-beta E}
DATA_INDEX = set("ijknlt")              # letters that index the data points when a sum binds them
