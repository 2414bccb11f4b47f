#!/usr/bin/env bash
# Builds dist/Empathy_Journal-<version>-<arch>.AppImage from the PyInstaller bundle.
#
#   packaging/appimage/build-appimage.sh               # builds the bundle first if missing
#   packaging/appimage/build-appimage.sh --appdir-only # stop at dist/EmpathyJournal.AppDir
#
# The last step needs appimagetool (github.com/AppImage/appimagetool, releases: the
# appimagetool-<arch>.AppImage; put it on PATH or set APPIMAGETOOL) and desktop-file-validate.
# appimagetool downloads the AppImage runtime unless APPIMAGE_RUNTIME_FILE names a local
# copy (runtime-<arch> from github.com/AppImage/type2-runtime releases).
# Like the bundle, the AppImage runs on systems with the build machine's glibc or newer.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP_ID=org.empathyjournal.EmpathyJournal
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
BUNDLE="$DIST_DIR/empathy-journal"
APPDIR="$DIST_DIR/EmpathyJournal.AppDir"
ARCH="${ARCH:-$(uname -m)}"
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml")"

appdir_only=false
case "${1:-}" in
    --appdir-only) appdir_only=true ;;
    "") ;;
    *) echo "usage: $0 [--appdir-only]" >&2; exit 2 ;;
esac

if [[ ! -x "$BUNDLE/empathy-journal" ]]; then
    DIST_DIR="$DIST_DIR" "$ROOT/packaging/build-bundle.sh"
fi

# The AppDir, laid out as appimagetool and `appstreamcli validate-tree` expect: AppRun, the
# desktop file and icon at the top, and the usual usr/share places for desktop integration.
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib/empathy-journal" "$APPDIR/usr/share/applications" \
    "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE/." "$APPDIR/usr/lib/empathy-journal/"
install -m755 "$ROOT/packaging/appimage/AppRun" "$APPDIR/AppRun"
install -m644 "$ROOT/packaging/$APP_ID.desktop" "$APPDIR/usr/share/applications/$APP_ID.desktop"
ln -s "usr/share/applications/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
install -m644 "$ROOT/resources/empathy-journal.svg" \
    "$APPDIR/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
ln -s "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$APPDIR/$APP_ID.svg"
ln -s "$APP_ID.svg" "$APPDIR/.DirIcon"
# appimagetool looks for <desktop file's name>.appdata.xml; AppStream reads either name.
install -m644 "$ROOT/packaging/$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"

if $appdir_only; then
    echo "Wrote $APPDIR"
    exit 0
fi

APPIMAGETOOL="${APPIMAGETOOL:-appimagetool}"
if ! command -v "$APPIMAGETOOL" >/dev/null; then
    echo "build-appimage.sh: $APPIMAGETOOL not found; download appimagetool-$ARCH.AppImage" \
         "(github.com/AppImage/appimagetool releases) and set APPIMAGETOOL to it." >&2
    exit 1
fi
runtime_args=()
if [[ -n "${APPIMAGE_RUNTIME_FILE:-}" ]]; then
    runtime_args=(--runtime-file "$APPIMAGE_RUNTIME_FILE")
fi
OUTPUT="$DIST_DIR/Empathy_Journal-$VERSION-$ARCH.AppImage"
ARCH="$ARCH" VERSION="$VERSION" "$APPIMAGETOOL" "${runtime_args[@]}" "$APPDIR" "$OUTPUT"
echo "Wrote $OUTPUT"
