"""The reference of the cold-start benchmark: a bare PySide6 window that shows one label.

Prints a line on stderr once the label has painted its first frame, then quits: the same
signal the annotator gives with ANNOTATOR_QUIT_AFTER_PAINT=1.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


class Label(QLabel):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("bare: first frame painted", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv[:1])
label = Label("注釈 annotator")
label.resize(400, 200)
label.show()
sys.exit(app.exec())
