"""Running: a whole document through read, meaning, judge and show within its budgets: checkdoc (the
pipeline), a forked worker killed at its deadline, progress, included TeX files. The entry points
(derivation/command.py, classroom.py, grade.py, pytest_plugin.py, cli.py) sit on top of it."""
