#!/usr/bin/env bash
# Install the Debian packages the app and its tests need (the Makefile's APT_PACKAGES: Qt's
# libraries, speech for read aloud, Xvfb/xdotool/ImageMagick/AT-SPI/poppler for the checks),
# but only on Debian-like systems, only when run as root, and only what is missing.
set -euo pipefail
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "Please install these system packages first: ${missing[*]}" >&2
    exit 0
fi
echo "Installing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
