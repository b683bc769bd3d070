"""The yardstick for start-up time: a bare PySide6 window that quits once its first frame is painted,
the same way ``coretime --smoke`` does. Nothing of Coretime is imported."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class Canvas(QWidget):
    """Reports its first painted frame on stderr, the way ``coretime --smoke`` does, then quits."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.property("painted"):
            self.setProperty("painted", True)
            print(f"first frame (at {time.time():.3f})", file=sys.stderr)
            QTimer.singleShot(0, QApplication.quit)


def show_and_run(app: QApplication, window: QMainWindow) -> int:
    """Show ``window`` at Coretime's first size and run until its first frame (exit 1 after 10 s)."""
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(10_000, lambda: app.exit(1))
    return app.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(Canvas(window))
    return show_and_run(app, window)


if __name__ == "__main__":
    raise SystemExit(main())
