"""ui/feature_scan: PySide's source scan spared for our modules and the standard library's."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from empathy_journal.ui import feature_scan
from empathy_journal.ui.feature_scan import package_module_names, spare_the_source_scan


def test_module_names_come_from_the_source_files(tmp_path: Path) -> None:
    for file in ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py", "sub/__pycache__/b.py",
                 "notes.txt", "not-a-package/c.py"):
        (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / file).write_text("")
    assert sorted(package_module_names(str(tmp_path), "pkg")) == [
        "pkg", "pkg.a", "pkg.sub", "pkg.sub.b"]


def test_our_modules_and_the_standard_librarys_are_marked_decided(
        monkeypatch: pytest.MonkeyPatch) -> None:
    decided = {"empathy_journal.ui.main_window": 3}  # decided before: kept
    monkeypatch.setitem(sys.modules, feature_scan.FEATURE_MODULE, SimpleNamespace(
        pyside_feature_dict=decided, feature_imported=lambda module: None))
    marked = spare_the_source_scan()
    assert marked == len(decided) - 1
    assert decided["empathy_journal.ui.main_window"] == 3
    assert decided["empathy_journal.ui.journal_page"] == 0
    assert decided["empathy_journal.storage.journal"] == 0
    assert decided["empathy_journal"] == 0
    assert decided["textwrap"] == -1
    assert decided["collections.abc"] == -1  # a standard submodule already imported
    assert "pytest" not in decided  # a third-party module may use PySide: PySide decides
    assert spare_the_source_scan() == 0  # a second call finds everything decided


@pytest.mark.parametrize("feature", [
    None,  # PySide's feature module is not there (another version, or not imported)
    SimpleNamespace(feature_imported=lambda module: None),  # no dict
    SimpleNamespace(pyside_feature_dict=[], feature_imported=lambda module: None),  # not a dict
    SimpleNamespace(pyside_feature_dict={}),  # no import hook
])
def test_other_pyside_internals_change_nothing(monkeypatch: pytest.MonkeyPatch,
                                               feature: SimpleNamespace | None) -> None:
    if feature is None:
        monkeypatch.delitem(sys.modules, feature_scan.FEATURE_MODULE, raising=False)
    else:
        monkeypatch.setitem(sys.modules, feature_scan.FEATURE_MODULE, feature)
    names = sorted(vars(feature)) if feature is not None else None
    assert spare_the_source_scan() == 0
    if feature is not None:
        assert sorted(vars(feature)) == names
        assert getattr(feature, "pyside_feature_dict", None) in ({}, [], None)
