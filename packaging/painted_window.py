"""The floor under any painted PySide6 window of Coretime's shape, for start-up comparisons: a menu bar,
a toolbar, a list of three names beside a splitter, and a widget painting boxes and labels in colour. It
quits once its first frame is painted, printing the instant the way ``coretime --smoke`` does. Nothing of
Coretime is imported.

Against packaging/bare_window.py it shows what Qt itself costs before an app shows a single fact: PySide6
builds all 93 enums of the ``Qt`` namespace (3,300 members, about 11 ms on a 2-core machine) at the first
QPen, QBrush or colour fill, and makes each widget class's Python type on first use.
"""

from __future__ import annotations

import sys

from bare_window import Canvas, show_and_run  # beside this file: the same report and exit as the bare window
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QSplitter, QToolBar

ALIGN_LEFT_VCENTER = 0x81  # drawText's flags: Qt.AlignmentFlag.AlignLeft | AlignVCenter


class _Lanes(Canvas):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for row in range(3):
            painter.fillRect(QRectF(80, 20 + 40 * row, 300, 30), QColor(40 * row, 120, 200, 90))
            painter.setPen(QPen(QColor(20, 20, 20), 1))
            painter.drawText(QRectF(4, 20 + 40 * row, 70, 30), ALIGN_LEFT_VCENTER, f"Client {row}")
        painter.end()
        super().paintEvent(event)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    for title in ("File", "View", "Help"):
        menu = window.menuBar().addMenu(title)
        for number in range(5):
            menu.addAction(f"{title} {number}")
    toolbar = QToolBar(window)
    for text in ("« Week", "‹ Day", "Today", "Day ›", "Week »"):
        toolbar.addAction(text)
    window.addToolBar(toolbar)
    names = QListWidget()
    names.addItems(["Aiko (you)", "Sarah · New York", "Müller GmbH · Berlin"])
    splitter = QSplitter()
    splitter.addWidget(names)
    splitter.addWidget(_Lanes())
    window.setCentralWidget(splitter)
    return show_and_run(app, window)


if __name__ == "__main__":
    raise SystemExit(main())
