"""A dark colour scheme for platforms (or screenshots) without one of their own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    """Fusion's roles filled with dark colours; every widget paints from these roles."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2e",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f1f22",
        role.AlternateBase: "#27272b",
        role.ToolTipBase: "#3a3a40",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9aa2",
        role.Text: "#e6e6e6",
        role.Button: "#35353a",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4a50",
        role.Midlight: "#3c3c42",
        role.Mid: "#2f2f34",
        role.Dark: "#18181a",
        role.Shadow: "#000000",
        role.Highlight: "#3d8bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#6fb3ff",
        role.LinkVisited: "#b48cff",
    }
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, which, QColor("#7a7a80"))
    return palette
