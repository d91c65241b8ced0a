#!/bin/sh
# Qt's own shared libraries are not in the PySide6 wheel. On a Debian/Ubuntu machine where they are missing
# (a fresh CI machine) and we are root, install them; elsewhere (Windows, macOS, a desktop Linux) do nothing.
# With the argument "fonts", also install a CJK font so that Chinese renders in screenshots.
set -e
command -v apt-get >/dev/null 2>&1 || exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
pkgs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
[ "$1" = "fonts" ] && pkgs="$pkgs fonts-noto-cjk"
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
