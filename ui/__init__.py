"""Coretime's PySide6 desktop app: shows the domain and turns gestures into domain calls."""
