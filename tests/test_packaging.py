"""Packaging: every subpackage and resource ships in the wheel, and the desktop files agree."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import empathy_journal

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "empathy_journal"
PACKAGING_DIR = ROOT / "packaging"
APP_ID = "org.empathyjournal.EmpathyJournal"
RESOURCE_FILES = ("emotions.json", "prompts.json", "practices.json", "empathy-journal.svg",
                  "icons/check-light.svg", "icons/down-dark.svg",
                  "translations/de/LC_MESSAGES/empathy_journal.po")
# What a wheel build must not see: local environments, build output, caches, version control.
NOT_SOURCE = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*cache*", ".hypothesis",
    "tests", "benchmarks")


def pyproject() -> dict:
    """pyproject.toml, parsed."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def source_packages() -> set[str]:
    """Dotted names of every folder under empathy_journal/ that has an __init__.py."""
    return {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in PACKAGE_DIR.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    missing = source_packages() - listed
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_every_listed_package_exists() -> None:
    settings = pyproject()["tool"]["setuptools"]
    mapped = set(settings["package-dir"]) - {""}  # resources/ is mapped in, it has no __init__.py
    assert mapped == {"empathy_journal.resources"}
    assert set(settings["packages"]) - mapped == source_packages()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    """A wheel built from a clean copy of the source (the worktree gets no build/ or egg-info)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
         str(base / "out"), str(source)],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    [built] = (base / "out").glob("empathy_journal-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_wheel_carries_the_resources(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for resource in RESOURCE_FILES:
        assert f"empathy_journal/resources/{resource}" in names


def test_wheel_carries_every_subpackage(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for package in source_packages():
        assert f"{package.replace('.', '/')}/__init__.py" in names


def test_wheel_installs_the_launcher(wheel: zipfile.ZipFile) -> None:
    [entry_points] = [name for name in wheel.namelist() if name.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert dict(parser["gui_scripts"]) == {"empathy-journal": "empathy_journal.cli:main"}


def desktop_entry() -> configparser.SectionProxy:
    """The [Desktop Entry] group of the .desktop file (keys keep their case)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING_DIR / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_launches_the_console_script() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "empathy-journal"
    assert entry["TryExec"] == "empathy-journal"
    assert entry["Type"] == "Application"


def test_desktop_icon_metainfo_id_and_app_id_agree() -> None:
    metainfo = ET.parse(PACKAGING_DIR / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert desktop_entry()["Icon"] == APP_ID
    assert metainfo.find("launchable").text == f"{APP_ID}.desktop"
    assert empathy_journal.APP_ID == APP_ID
    releases = [release.get("version") for release in metainfo.iter("release")]
    assert releases[0] == empathy_journal.__version__ == pyproject()["project"]["version"]


def test_python_dash_m_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "empathy_journal", "--version"],
        capture_output=True, text=True, timeout=60, check=False, stdin=subprocess.DEVNULL)
    assert (result.returncode, result.stdout) == (0, "empathy-journal 0.1.0\n")
