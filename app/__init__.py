"""Coretime's domain: people, their weekly hours, and the time they share — pure Python, no Qt."""
