from common import *
DOC = "09_opensrdk_poisson_logpmf.md"; TIER = 2
TOPIC = "README of a Rust crate (Japanese prose): Poisson pmf, its log with log x!, and the derivative in lambda"
NOTES = "x! factorial; prose in Japanese"
STEPS = [
    S(6, "not-an-identity", "Poisson pmf (model statement)"),
    S(10, "valid", "log of the pmf"),
    S(20, "valid", "d/dlambda of x log lambda - lambda"),
]
CLAIMS = [(10, 20, "valid", "d log p/d lambda = x/lambda - 1")]
