"""`salesmgr` with no command, or `salesmgr gui`: the desktop application. The only module of the command line
that imports the views (and with them Qt), and only when the GUI starts, after checking on Linux that Qt's
system libraries are there (``qt_libraries``)."""
from __future__ import annotations

import argparse
import sys

from salesmgr.cli.qt_libraries import Loader, can_load, install_hint, missing_packages
from salesmgr.cli.support import EXIT_BAD_INPUT


def cmd_gui(args: argparse.Namespace, load: Loader = can_load) -> int:
    """Start the GUI; exit 2 with the packages to install when Qt's system libraries are missing."""
    missing = missing_packages(load)
    if missing:
        print(install_hint(missing), file=sys.stderr)
        return EXIT_BAD_INPUT
    from salesmgr.views.app import run_gui

    return run_gui(args.db, args.lang)
