"""Rule names in the paper's words: the one place a vocabulary object's definition gets its name.

The normal form (normal_form.py) fires "definition of <what>" each time it writes an object out.
The post's own rows cite "definition of P", "definition of Z", "definition of L"; the general
vocabulary (derivation/meaning/vocabulary/*) has classes named for the program (ModelProb, Unnorm, ...),
and a student must read the same words whichever path read the row. A class missing here gets a
plain fallback from its name ("definition of SomeThing" never reaches a reader as a class name
alone: the fallback splits it into words).
"""
from __future__ import annotations

import re

# class name -> the words a reader sees; the post's letters where the post has them.
DEFINITION_WORDS = {
    "ModelEnergy": "definition of E",
    "Unnorm": "definition of the unnormalised probability e^{-E}",
    "ModelPartition": "definition of Z",
    "ModelProb": "definition of P",
    "Posterior": "definition of the posterior p(h | x)",
    "Conditional": "definition of the conditional p(x | h)",
    "FreeEnergy": "definition of the free energy F(x)",
    "Helmholtz": "definition of the free energy -log Z",
    "NLL": "definition of L",
    "SecondLogit": "definition of q's log-table g",
    "SecondProb": "definition of q",
    "SecondCond": "definition of the conditional q(h | v)",
    "SecondLatent": "definition of q(z) on the latent space",
    "SecondJoint": "the joint P(x, z) of a distribution of its own (one table)",
    "SecondJointLatent": "marginal P(z) = sum_x P(x, z)",
    "SecondJointVisible": "marginal P(x) = sum_z P(x, z)",
    "SecondJointGiven": "conditional P(a | b) = P(a, b) / P(b) of that joint",
    "Entropy": "definition of the entropy",
    "CrossEntropy": "definition of the cross-entropy",
    "KL": "definition of the KL divergence",
    "Var": "definition of the variance",
    "Cov": "definition of the covariance",
    "StateFn": "definition of the function f",
    "Mass": "definition of the base measure",
    "Base": "definition of the base measure h(x)",
    "Unit": "definition of a unit's value",
    "UnitConditional": "definition of a unit's conditional p(h_j | v)",
}

# An expectation is named by its distribution, as the post names it.
EXPECTATION_WORDS = {
    "ModelDist": "definition of the model expectation",
    "DataDist": "definition of the data average",
    "PosteriorDist": "definition of the posterior expectation",
    "SecondDist": "definition of the expectation under q",
    "SecondCondDist": "definition of the expectation under q(h | v)",
    "SecondLatentDist": "definition of the expectation under q(z)",
}


def _words(name: str) -> str:
    """'SomeThing' -> 'some thing': a class nobody named here still reads as words."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def definition_rule(obj) -> str:
    """The rule fired when `obj` (a vocabulary object) is written out by its definition."""
    name = type(obj).__name__
    if name == "Expect":
        dist = type(obj.args[2]).__name__ if len(getattr(obj, "args", ())) > 2 else ""
        return EXPECTATION_WORDS.get(dist, "definition of the expectation")
    return DEFINITION_WORDS.get(name, "definition of the " + _words(name))
