"""The Qt-free core: text positions, morphology, model, operations, project file, formats.

Nothing under ``annotator.core`` may import Qt (PySide6, shiboken6, pyqtgraph) or
``annotator.ui``; ``tests/unit/test_core_without_qt.py`` and an import-linter contract
enforce it.
"""
