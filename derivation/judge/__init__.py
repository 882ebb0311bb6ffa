"""Judging: a chain of rows with their readings -> one verdict per step and for the claim. Proofs,
finite instances and counterexamples, the float search, coverage, diagnoses, corrections, and the rule
that combines several readings into one verdict. Imports derivation.meaning and derivation.read only."""
