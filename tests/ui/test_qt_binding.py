"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to ``None`` on every call of a method returning void
(``QPainter.setPen``, ``QColor.setAlpha``, ``QTextLayout.draw``...): the text view paints
thousands of those per frame and the interpreter aborts ("deallocating None") within
seconds. pyproject.toml excludes it; this test catches any other release with the defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextCharFormat, QTextLayout


def test_void_calls_keep_none_alive(qapp):
    img = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    layout = QTextLayout("吾輩は猫である", QFont())
    layout.beginLayout()
    layout.createLine().setLineWidth(60)
    layout.endLayout()
    calls = {
        "QPainter.setPen": lambda: painter.setPen(QPen(QColor(1, 2, 3), 1)),
        "QPainter.fillRect": lambda: painter.fillRect(QRectF(0, 0, 4, 4), QColor("#ff0000")),
        "QPainter.save/restore": lambda: (painter.save(), painter.restore()),
        "QTextLayout.draw": lambda: layout.draw(painter, QPointF(0, 0)),
        "QColor.setAlpha": lambda: QColor("#ff0000").setAlpha(70),
        "QTextCharFormat.setForeground": lambda: QTextCharFormat().setForeground(QColor("#123456")),
    }
    broken = []
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(100):
            call()
        if sys.getrefcount(None) < before - 10:
            broken.append(name)
    painter.end()
    assert not broken, f"this PySide6 build drops references to None in {broken}; use another release"
