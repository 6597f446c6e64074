"""Start ConsentDesk: no arguments opens the window, anything else runs the command line."""

import sys

from desktop_app.launcher import launch

if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
