"""NotEvaluable: what an expression raises when it has no value on a finite instance. At the bottom of the
judge (the vocabulary's objects raise it, the evaluators and the search catch it), so that no object of
the vocabulary imports the module that searches instances."""


class NotEvaluable(ValueError):
    """The expression cannot be evaluated on a finite instance (say why)."""
