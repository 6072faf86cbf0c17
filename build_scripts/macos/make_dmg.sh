#!/usr/bin/env bash
# Sign, package and notarise the macOS app: dist/Asthma Plan & Diary.app -> dist/*.dmg
# Run on a Mac after build_scripts/build_bundle.py, from the repository root:
#   build_scripts/macos/make_dmg.sh
#
# Secrets come from the environment (CI secrets), never from the repository:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the login keychain
#                         (release.yml imports it from MACOS_CERTIFICATE_P12 first)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (an app-specific password)
# Without MACOS_SIGN_IDENTITY the app is signed ad hoc and not notarised (a test build: macOS
# then asks the user to right-click -> Open). See docs/installer.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Asthma Plan & Diary.app"
VERSION="$(python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
ARCH="${ASTHMA_APP_TARGET_ARCH:-$(uname -m)}"
DMG="$ROOT/dist/asthma-app-$VERSION-macos-$ARCH.dmg"
ENTITLEMENTS="$ROOT/build_scripts/macos/entitlements.plist"
IDENTITY="${MACOS_SIGN_IDENTITY:-}"

[ -d "$APP" ] || { echo "No app at $APP: run build_scripts/build_bundle.py first" >&2; exit 1; }

sign() {  # hardened runtime and a secure timestamp: both required for notarisation
    if [ -n "$IDENTITY" ]; then
        codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
            --sign "$IDENTITY" "$@"
    else
        codesign --force --sign - "$@"
    fi
}

# Inside out: every library and plug-in first, then frameworks, then the app itself.
find "$APP/Contents" -type f \( -name "*.dylib" -o -name "*.so" \) -print0 |
    while IFS= read -r -d '' file; do sign "$file"; done
find "$APP/Contents" -type d -name "*.framework" -prune -print0 |
    while IFS= read -r -d '' framework; do sign "$framework"; done
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# The disk image: the app and a link to /Applications to drag it onto.
STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Asthma Plan & Diary" -srcfolder "$STAGING" -fs HFS+ -format UDZO \
    -ov "$DMG"

if [ -z "$IDENTITY" ]; then
    echo "WARNING: no MACOS_SIGN_IDENTITY: ad-hoc signed, NOT notarised: $DMG" >&2
    exit 0
fi
codesign --force --timestamp --sign "$IDENTITY" "$DMG"
: "${APPLE_ID:?APPLE_ID is needed to notarise}"
: "${APPLE_TEAM_ID:?APPLE_TEAM_ID is needed to notarise}"
: "${APPLE_APP_PASSWORD:?APPLE_APP_PASSWORD is needed to notarise}"
xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$DMG"
spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
echo "Signed and notarised: $DMG"
