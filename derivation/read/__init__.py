"""Reading: a document's text -> its rows, each side parsed to a generic syntax tree (what is written,
before any meaning). Finding the mathematics in Markdown, reStructuredText or LaTeX, the document's
macros, LaTeX as people type it respelled to one spelling, rows and the relations between them. Imports
nothing else of derivation/ (README.md in this folder)."""
