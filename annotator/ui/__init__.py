"""The PySide6 user interface. It edits through core operations only."""
