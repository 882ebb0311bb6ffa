"""Showing: verdicts -> what people read. Plain text, JSON, Markdown, HTML (the reading companion),
the notebook display. Imports the layers below; nothing below imports it (the notebook hooks in
derivation/judge/display.py name their renderers as data)."""
