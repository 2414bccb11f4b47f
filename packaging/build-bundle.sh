#!/usr/bin/env bash
# Builds the one-folder bundle dist/empathy-journal/ with PyInstaller: the executable
# dist/empathy-journal/empathy-journal runs the window and every command on a machine
# without Python (it carries its own interpreter, Qt, matplotlib, SQLCipher and keyring).
#
#   packaging/build-bundle.sh                 # uses .venv/bin/python
#   packaging/build-bundle.sh --archive       # also dist/empathy-journal-<version>-linux-<arch>.tar.gz
#   PYTHON=/path/to/python packaging/build-bundle.sh
#   DIST_DIR=/tmp/out WORK_DIR=/tmp/work packaging/build-bundle.sh
#
# The Python used must have the app and its dependencies installed, plus PyInstaller:
#   python3 -m venv .venv && .venv/bin/pip install -e '.[bundle]'
# The bundle runs on Linux systems with the same or a newer glibc than the build machine's
# (build on the oldest distribution you want to support).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
WORK_DIR="${WORK_DIR:-$ROOT/build/pyinstaller}"

archive=false
case "${1:-}" in
    --archive) archive=true ;;
    "") ;;
    *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
esac

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    echo "build-bundle.sh: PyInstaller is not installed for $PYTHON;" \
         "run: $PYTHON -m pip install -e '$ROOT[bundle]'" >&2
    exit 1
fi
if ! "$PYTHON" -c 'import empathy_journal, keyring, sqlcipher3, matplotlib, PySide6' 2>/dev/null; then
    echo "build-bundle.sh: the app's dependencies are missing for $PYTHON;" \
         "run: $PYTHON -m pip install -e '$ROOT[bundle]'" >&2
    exit 1
fi

started=$SECONDS
# Never a matplotlib or Qt setting of the person building it: the bundle is the same for all.
env -u MPLBACKEND -u QT_API \
    "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" \
    "$ROOT/packaging/empathy-journal.spec"

BUNDLE="$DIST_DIR/empathy-journal"
# The bundle must start with nothing from the build environment.
version="$(env -i HOME="$WORK_DIR" PATH=/usr/bin:/bin "$BUNDLE/empathy-journal" --version)"
size="$(du -sh "$BUNDLE" | cut -f1)"
echo "Built $BUNDLE ($version, $size) in $((SECONDS - started)) s"

if $archive; then
    tarball="$DIST_DIR/empathy-journal-${version#empathy-journal }-linux-$(uname -m).tar.gz"
    tar -C "$DIST_DIR" -czf "$tarball" empathy-journal
    echo "Wrote $tarball ($(du -sh "$tarball" | cut -f1))"
fi
