"""``python -m annotator`` is the ``annotator`` command."""

import sys

from annotator.cli import main

if __name__ == "__main__":
    sys.exit(main())
