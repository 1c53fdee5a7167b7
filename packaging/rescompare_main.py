"""Entry script of the bundle (PyInstaller needs a file, not ``-m viewer.cli``)."""
import multiprocessing
import sys

from viewer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a future worker uses processes
    sys.exit(main())
