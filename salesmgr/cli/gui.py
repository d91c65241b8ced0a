"""`salesmgr` with no command, or `salesmgr gui`: the desktop application. The only module of the command line
that imports the views (and with them Qt), and only when the GUI starts."""
from __future__ import annotations

import argparse


def cmd_gui(args: argparse.Namespace) -> int:
    from salesmgr.views.app import run_gui

    return run_gui(args.db, args.lang)
