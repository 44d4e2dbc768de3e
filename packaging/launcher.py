"""Entry point of the frozen hdesk program (PyInstaller runs this file as __main__).

It is the same `hdesk` command as the pip-installed one: verbs, --version, --self-test and the GUI.
"""

import multiprocessing
import sys

from hdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a library spawns worker processes
    sys.exit(main())
