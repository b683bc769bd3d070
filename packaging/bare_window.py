"""The yardstick for start-up time: a bare PySide6 window that quits once its first frame is painted,
the same way ``coretime --smoke`` does. Nothing of Coretime is imported."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class _Canvas(QWidget):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.property("painted"):
            self.setProperty("painted", True)
            print(f"first frame (at {time.time():.3f})", file=sys.stderr)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(_Canvas(window))
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(10_000, lambda: app.exit(1))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
