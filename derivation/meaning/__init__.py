"""Meaning: read rows -> the vocabulary's SymPy objects, with every plausible reading of each row.
The roles of the document's letters, its own definitions, the vocabulary of fixed meanings, the normal
form of the vocabulary's expressions, chains of rows. Imports derivation.read only."""
