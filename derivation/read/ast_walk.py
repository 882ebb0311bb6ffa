"""The walk over a generic AST of the reader (general.py): every node, tuples and lists inside, in preorder. It lives
with the trees it walks, so the reader's own passes (sum_index.py) and the meaning (roles_letters.py) share one."""
from __future__ import annotations


def walk(node):
    """Every node of a generic AST (tuples and lists inside), in preorder. A stack, not recursion: the
    roles, marks and readings walk every side of a document dozens of times, and a nested generator pays
    its depth for every node it yields (a third of reading a document's letters)."""
    stack = [node]
    pop, push = stack.pop, stack.extend
    while stack:
        n = pop()
        if isinstance(n, tuple):
            yield n
            push(n[:0:-1])    # the arguments n[1:], last first: popped in order
        elif isinstance(n, list):
            push(n[::-1])
