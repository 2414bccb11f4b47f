#!/usr/bin/env bash
# Writes python3-requirements.json beside this script: the flatpak-builder module that
# installs requirements.txt (each package as a pinned wheel or sdist with its sha256).
# Run it before building the Flatpak, and again whenever requirements.txt or the runtime
# version in ../org.empathyjournal.EmpathyJournal.yml changes. Needs the network, flatpak
# and flatpak-pip-generator (from flatpak-builder-tools: `pip install --user
# requirements-parser`, then run its pip/flatpak-pip-generator.py; or set FLATPAK_PIP_GENERATOR
# to its path).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
GENERATOR="${FLATPAK_PIP_GENERATOR:-flatpak-pip-generator}"
# The SDK of the manifest's runtime: wheels are picked for its Python version.
RUNTIME="${FLATPAK_SDK:-org.kde.Sdk//$(sed -n "s/^runtime-version: '\(.*\)'$/\1/p" \
    "$HERE/../org.empathyjournal.EmpathyJournal.yml")}"

# Compiled packages come as the wheels PyPI publishes (manylinux, x86_64 and aarch64):
# building them needs Rust (cryptography), meson-python (matplotlib, contourpy) or
# SQLCipher's sources (sqlcipher3, whose wheel carries SQLCipher linked in).
PLATFORM_WHEELS=matplotlib,contourpy,kiwisolver,pillow,fonttools,sqlcipher3,cryptography,cffi

cd "$HERE"
"$GENERATOR" --runtime="$RUNTIME" --requirements-file=requirements.txt \
    --prefer-wheels="$PLATFORM_WHEELS" --output python3-requirements
echo "Wrote $HERE/python3-requirements.json for $RUNTIME"
