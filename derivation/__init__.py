"""The symbolic half of eq7: the derivation of eq. (7), row by row, and a step checker."""
