"""A component of a matrix-vector product (respell.py): `(Wv)_j`, `(W^T v)_j`, `(v^\\top W)_j`, `(\\mathbf{W}\\mathbf{h})_i`
-> the sum it abbreviates, `\\left(\\sum_{k} W_{jk} v_{k}\\right)`, ... (the explicit models read index sums:
meaning/explicit*.py).

Read only in the one shape whose meaning is fixed: two factors inside parentheses with a subscript on the closing one,
one factor an upper-case letter (the matrix), the other a lower-case letter (the vector), each bare, bold or with a
transpose (`^T`, `^{T}`, `^\\top`, `^\\intercal`):

    (M u)_j, (u^T M^T)_j   ->  sum_k M_{jk} u_k
    (M^T u)_j, (u^T M)_j, (u M)_j  ->  sum_k M_{kj} u_k

The summation letter is one the row does not write. Anything else (three factors, two matrices, a transposed vector
after a matrix) is left as typed: the reader says what it cannot read.
"""
from __future__ import annotations

import re

_T = r"(?:\s*\^\s*(?:\{\s*(?:T|\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\})\s*\}|T|\\top|\\intercal)(?![A-Za-z]))"
_LETTER = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*[A-Za-z]\s*\}|[A-Za-z](?![A-Za-z]))"
_FACTOR = r"(" + _LETTER + r")(" + _T + r")?"
_FORM = re.compile(r"(?:\\left\s*)?\(\s*" + _FACTOR + r"\s*(?:\\cdot\s*)?" + _FACTOR + r"\s*(?:\\right\s*)?\)"
                   r"\s*_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))")
_FRESH = "klrsuqp"


def _name(letter: str) -> str:
    """The plain letter of a factor (W of \\mathbf{W})."""
    return re.sub(r"[^A-Za-z]", "", letter.split("{")[-1]) if "{" in letter else letter


def matrix_vector(text: str) -> list:
    """The edits (start, end, pieces) that write each component of a matrix-vector product as its sum."""
    if "_" not in text or "(" not in text:
        return []
    edits = []
    for m in _FORM.finditer(text):
        f1, t1, f2, t2 = m.group(1), bool(m.group(2)), m.group(3), bool(m.group(4))
        j = m.group(5) or m.group(6)
        n1, n2 = _name(f1), _name(f2)
        if len(n1) != 1 or len(n2) != 1:
            continue
        if n1.isupper() and n2.islower() and not t2:        # (M u)_j, (M^T u)_j
            matrix, vector, by_column = f1, f2, t1
        elif n1.islower() and n2.isupper():                 # (u^T M)_j, (u M)_j, (u^T M^T)_j
            matrix, vector, by_column = f2, f1, not t2
        else:
            continue
        used = set(re.findall(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])", text))
        k = next((c for c in _FRESH if c not in used and c != j), None)
        if k is None:
            continue
        entry = f"{{{k}{j}}}" if by_column else f"{{{j}{k}}}"
        edits.append((m.start(), m.end(), [r"\left(\sum_{" + k + "} " + matrix + "_" + entry + " " + vector
                                           + "_{" + k + r"}\right)"]))
    return edits
