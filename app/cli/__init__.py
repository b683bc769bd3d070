"""The ``coretime-cli`` command: Coretime's planning from a terminal or a script."""
