"""Entry point of the frozen program (PyInstaller): the ``annotator`` command."""

import multiprocessing
import sys

from annotator.cli import main

if __name__ == "__main__":
    # a frozen program started again as the window's training process (multiprocessing
    # "spawn") runs the child's job here and exits instead of opening another window
    multiprocessing.freeze_support()
    sys.exit(main())
