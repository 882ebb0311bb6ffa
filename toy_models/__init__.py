"""The numeric half of eq7: toy energy models with exact partition functions."""
