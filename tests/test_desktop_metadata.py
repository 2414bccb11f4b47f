"""packaging/: the desktop file, the AppStream metainfo, the Flatpak manifest and the AppImage.

The validators are Debian's desktop-file-utils, appstream and flatpak-builder; .ci/run installs
them. Where one is missing its test is skipped, except under CI, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

import empathy_journal

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = empathy_journal.APP_ID
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MANIFEST = PACKAGING / f"{APP_ID}.yml"
# What io.qt.PySide.BaseApp provides, so the Flatpak's requirements leave them out.
FROM_THE_BASEAPP = {"pyside6", "pyside6-essentials", "shiboken6", "numpy"}


def tool(name: str) -> str:
    """The path of a validator; skip without it (fail under CI, where .ci/run installs it)."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(arg) for arg in args], capture_output=True, text=True, timeout=120,
                          check=False, cwd=cwd, stdin=subprocess.DEVNULL)


def assert_valid_desktop_file(path: Path) -> None:
    result = run(tool("desktop-file-validate"), path)
    complaints = [line for line in result.stdout.splitlines() if ": error: " in line or ": warning: " in line]
    assert result.returncode == 0 and not complaints, result.stdout + result.stderr


def test_the_desktop_file_is_valid() -> None:
    assert_valid_desktop_file(DESKTOP_FILE)


def test_the_metainfo_is_valid() -> None:
    result = run(tool("appstreamcli"), "validate", "--no-net", "--explain", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_the_flatpak_manifest_stands_on_the_pyside_baseapp() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    assert (data["runtime"], data["sdk"], data["base"]) == (
        "org.kde.Platform", "org.kde.Sdk", "io.qt.PySide.BaseApp")
    assert data["base-version"] == data["runtime-version"], "a BaseApp branch matches its runtime's"
    assert data["command"] in pyproject()["project"]["gui-scripts"]
    assert "/app/cleanup-BaseApp.sh" in data["cleanup-commands"]
    for module in data["modules"]:
        if isinstance(module, dict):
            assert module["buildsystem"] in {"simple", "cmake", "cmake-ninja", "meson", "autotools",
                                             "qmake"}


def test_the_flatpak_asks_for_no_network_and_no_files() -> None:
    """The app promises that nothing leaves the computer; the sandbox holds it to that."""
    finish_args = manifest()["finish-args"]
    assert "--share=network" not in finish_args
    assert not [arg for arg in finish_args if arg.startswith("--filesystem")]
    assert "--talk-name=org.freedesktop.secrets" in finish_args  # remembering the passphrase
    assert "--talk-name=org.freedesktop.Notifications" in finish_args  # reminders


def test_the_flatpak_installs_the_files_it_names() -> None:
    [app] = [module for module in manifest()["modules"]
             if isinstance(module, dict) and module["name"] == "empathy-journal"]
    commands = "\n".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    for path in (DESKTOP_FILE, METAINFO, ROOT / "resources" / "empathy-journal.svg"):
        assert str(path.relative_to(ROOT)) in commands
    [source] = app["sources"]
    assert (source["type"], (MANIFEST.parent / source["path"]).resolve()) == ("dir", ROOT)


def test_the_flatpak_requirements_are_the_apps_dependencies() -> None:
    """Every dependency in pyproject.toml but those of the BaseApp, pinned to a version that
    satisfies pyproject.toml's range."""
    pinned = {}
    for line in (PACKAGING / "flatpak" / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            [specifier] = requirement.specifier
            assert specifier.operator == "==", f"{line}: pin an exact version"
            pinned[requirement.name.lower()] = specifier.version
    wanted = {}
    for line in pyproject()["project"]["dependencies"]:
        requirement = Requirement(line)
        if requirement.name.lower() not in FROM_THE_BASEAPP:
            wanted[requirement.name.lower()] = requirement.specifier
    assert set(pinned) == set(wanted)
    for name, version in pinned.items():
        assert wanted[name].contains(version), f"{name}=={version} is outside {wanted[name]}"


def test_flatpak_builder_reads_the_manifest_without_complaint(tmp_path: Path) -> None:
    """flatpak-builder's own parser: an unknown or misspelt property is a warning there."""
    builder = tool("flatpak-builder")
    copy = tmp_path / "packaging"
    shutil.copytree(PACKAGING, copy)
    generated = copy / "flatpak" / "python3-requirements.json"
    if not generated.exists():  # written by generate-python-deps.sh, which needs the network
        generated.write_text('{"name": "python3-requirements", "buildsystem": "simple", '
                             '"build-commands": []}')
    result = run(builder, "--show-manifest", copy / MANIFEST.name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr and "Unknown property" not in result.stderr, result.stderr
    assert f'"id" : "{APP_ID}"' in result.stdout


def test_the_appimage_appdir_is_complete_and_valid(tmp_path: Path) -> None:
    """build-appimage.sh --appdir-only around a stand-in bundle: the layout appimagetool wants,
    valid for desktop-file-validate and `appstreamcli validate-tree` (which appimagetool runs)."""
    bundle = tmp_path / "dist" / "empathy-journal"
    bundle.mkdir(parents=True)
    launcher = bundle / "empathy-journal"
    launcher.write_text('#!/bin/sh\necho "stand-in bundle $*"\n')
    launcher.chmod(0o755)
    result = subprocess.run(["bash", str(PACKAGING / "appimage" / "build-appimage.sh"), "--appdir-only"],
                            env={**os.environ, "DIST_DIR": str(tmp_path / "dist")},
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    appdir = tmp_path / "dist" / "EmpathyJournal.AppDir"
    for name in ("AppRun", f"{APP_ID}.desktop", f"{APP_ID}.svg", ".DirIcon",
                 f"usr/share/metainfo/{APP_ID}.appdata.xml", "usr/lib/empathy-journal/empathy-journal"):
        assert (appdir / name).exists(), f"{name} missing from the AppDir"
    ran = run(appdir / "AppRun", "--version")
    assert ran.stdout == "stand-in bundle --version\n", ran.stderr
    assert_valid_desktop_file(appdir / f"{APP_ID}.desktop")
    tree = run(tool("appstreamcli"), "validate-tree", "--no-net", appdir)
    assert tree.returncode == 0, tree.stdout + tree.stderr
