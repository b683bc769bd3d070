"""Help → About Coretime: the version, the app's licence, and the licence of every library shipped with it
(Qt's LGPL notice among them)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.about import APP_NAME, COMPONENTS, LICENSE_TEXT, Component, version


def component_version(component: Component) -> str:
    """The version shipped: Qt's own run-time version for Qt, the installed metadata for the rest."""
    if component.name == "Qt 6":
        return qVersion()
    return version(component.distribution)


def licences_html() -> str:
    """The licences, as the dialog's browser shows them: Coretime's own text, then one entry per library."""
    parts = [
        "<h3>Coretime</h3>",
        f"<pre style='white-space: pre-wrap'>{html.escape(LICENSE_TEXT)}</pre>",
        "<h3>Libraries inside Coretime</h3>",
    ]
    for component in COMPONENTS:
        link = html.escape(component.url)
        parts.append(
            f"<p><b>{html.escape(component.name)}</b> {html.escape(component_version(component))} — "
            f"{html.escape(component.licence)}<br><a href='{link}'>{link}</a>"
        )
        if component.note:
            parts.append(f"<br>{html.escape(component.note)}")
        parts.append("</p>")
    parts.append(
        "<p>The full licence texts of the libraries are in the app's folder, in each library's "
        "<i>.dist-info</i> folder.</p>"
    )
    return "".join(parts)


class AboutDialog(QDialog):
    """Which Coretime this is and under which licences it and its libraries are used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Coretime"))
        self.setAccessibleName(self.tr("About Coretime"))

        icon = QLabel(self)
        icon.setPixmap(self.windowIcon().pixmap(64, 64))  # the application's icon, set at start-up
        icon.setAccessibleName(self.tr("Coretime icon"))
        heading = f"<h2>{html.escape(f'{APP_NAME} {version()}')}</h2>"  # a name and a number: no words
        self.title = QLabel(heading, self)
        self.title.setAccessibleName(self.tr("Name and version"))
        summary = QLabel(
            self.tr(
                "Meetings across time zones for freelancers and their clients.<br>"
                "Copyright © 2026 Coretime developers. MIT License."
            ),
            self,
        )
        summary.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(summary)
        header.addLayout(text, 1)

        self.licences = QTextBrowser(self)
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setHtml(licences_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self, self.tr("About Qt")))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
