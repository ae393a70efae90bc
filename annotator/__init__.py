"""Annotator: desktop annotation of Japanese text with exact offsets and morphology."""

__version__ = "0.1.0"
