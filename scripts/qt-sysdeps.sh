#!/bin/sh
# Qt's own shared libraries are not in the PySide6 wheel. On a Debian/Ubuntu machine where they are missing
# (a fresh CI machine) and we are root, install them; elsewhere (Windows, macOS, a desktop Linux) do nothing.
# "gui" adds what Qt's X11 (xcb) platform plugin needs for a real window; "fonts" adds a CJK font so that
# Chinese renders in screenshots.
set -e
command -v apt-get >/dev/null 2>&1 || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
pkgs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
xcb="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-util1 libxcb-render-util0 libxcb-randr0 libxcb-shape0
libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
for extra in "$@"; do
  case "$extra" in
    gui) pkgs="$pkgs $xcb" ;;
    fonts) pkgs="$pkgs fonts-noto-cjk" ;;
  esac
done
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ]; then
  echo "Qt needs these system packages:$missing (sudo apt-get install$missing)" >&2
  exit 0
fi
echo "installing Qt system libraries:$missing" >&2
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing >/dev/null
