"""Installed location of ``resources/`` and ``seeds/`` (mapped here by pyproject.toml)."""
