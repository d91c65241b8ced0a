"""Qt's system libraries on Linux: which are missing, and how to install them, before Qt is imported.

The PySide6 wheel does not ship the X11 libraries that Qt's xcb platform plugin links to. When one is missing,
Qt stops with "xcb-cursor0 or libxcb-cursor0 is needed", whatever the missing library is. The GUI launcher
asks ``missing_packages()`` first and names the Debian/Ubuntu packages instead.

Definitions:

* The check applies only on Linux and only when Qt will use the xcb (X11) platform: ``QT_QPA_PLATFORM`` unset
  or starting with ``xcb``. Other platforms (offscreen, minimal, wayland, eglfs, vnc, ...) do not load these
  libraries. With ``QT_QPA_PLATFORM`` unset on a Wayland session (``XDG_SESSION_TYPE=wayland``), Qt 6 tries
  its wayland plugin first, so the check is skipped too.
* A library is present when ``ctypes.CDLL(soname)`` loads it (the dynamic loader's own search, no shelling out).
* ``LIBRARIES`` maps each soname to its Debian/Ubuntu package; each package is one of those that
  scripts/qt-sysdeps.sh installs (a test keeps the two in step).
"""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: soname -> the Debian/Ubuntu package that provides it; what QtGui and the xcb plugin link to.
LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], bool]


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds and loads ``soname``."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will start on its xcb platform here (see the module's definitions)."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip().lower()
        return first == "xcb"
    return env.get("XDG_SESSION_TYPE", "").strip().lower() != "wayland"


def missing_packages(load: Loader = can_load, environ: Mapping[str, str] | None = None,
                     platform: str | None = None) -> list[str]:
    """The packages whose libraries ``load`` cannot load, in ``LIBRARIES`` order; [] when the check does not
    apply (not Linux, or not xcb)."""
    if not uses_xcb(environ, platform):
        return []
    packages: list[str] = []
    for soname, package in LIBRARIES.items():
        if package not in packages and not load(soname):
            packages.append(package)
    return packages


def install_hint(packages: list[str]) -> str:
    """What to tell the user when ``packages`` are missing (several lines)."""
    names = " ".join(packages)
    return (f"salesmgr: the desktop application needs Qt's system libraries, and these packages are missing: "
            f"{names}\n"
            f"  install them with:  sudo apt-get install {names}\n"
            f"  or run 'make run' in the salesmgr folder, which installs them (scripts/qt-sysdeps.sh)\n"
            f"  (other distributions: install the same X11 xcb libraries under their names there)")
