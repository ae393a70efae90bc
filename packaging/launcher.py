"""Entry point of the frozen program (PyInstaller): the ``annotator`` command."""

import sys

from annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
