"""Collect derivation documents (derivation_*.md, derivation_*.tex) as pytest items. Placeholder (issue 4)."""
