"""`python -m hdesk` and the `hdesk` command: hand argv to the CLI, which starts the GUI when asked."""

import sys

from hdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
