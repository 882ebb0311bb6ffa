"""The checker's findings as HTML: one self-contained page (no script, no network), and the rich
display of reports in notebooks. Mathematics is rendered to MathML Core on the server side
(mathml.py), so any current browser shows it natively, offline."""
