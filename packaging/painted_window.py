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
import time

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QSplitter, QToolBar, QWidget

ALIGN_LEFT_VCENTER = 0x81  # drawText's flags: Qt.AlignmentFlag.AlignLeft | AlignVCenter


class _Lanes(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        for row in range(3):
            painter.fillRect(QRectF(80, 20 + 40 * row, 300, 30), QColor(40 * row, 120, 200, 90))
            painter.setPen(QPen(QColor(20, 20, 20), 1))
            painter.drawText(QRectF(4, 20 + 40 * row, 70, 30), ALIGN_LEFT_VCENTER, f"Client {row}")
        painter.end()
        if not self.property("painted"):
            self.setProperty("painted", True)
            print(f"first frame (at {time.time():.3f})", file=sys.stderr)
            QTimer.singleShot(0, QApplication.quit)


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
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(10_000, lambda: app.exit(1))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
