"""Entry point of the PyInstaller bundle (``python -m asthma_app`` without the package run)."""

import sys

from asthma_app.app import main

if __name__ == "__main__":
    sys.exit(main())
