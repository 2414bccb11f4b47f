"""PySide's source scan at each import, spared for this package's and the standard library's modules."""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401  # PySide installs its import hook and its dict on import

import empathy_journal

# What PySide's scan decides for a module that uses Qt without ``from __feature__ import``:
# plain Qt names (none of ours imports ``__feature__``; one that never touches Qt never asks).
PLAIN_QT = 0
# What it decides for a module whose source does not name PySide6, as no standard module's does.
IGNORED = -1
FEATURE_MODULE = "shibokensupport.feature"


def package_module_names(folder: str, package: str) -> list[str]:
    """The dotted names of every module and package under folder (from its ``.py`` files)."""
    names = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if name != "__pycache__" and name.isidentifier()]
        parts = os.path.relpath(root, folder).split(os.sep)
        prefix = ".".join([package, *(part for part in parts if part != ".")])
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                names.append(prefix if stem == "__init__" else f"{prefix}.{stem}")
    return names


def standard_module_names() -> list[str]:
    """The standard library's top-level names, and every standard module already imported."""
    standard = sys.stdlib_module_names
    return [*standard, *(name for name in list(sys.modules)
                         if "." in name and name.partition(".")[0] in standard)]


def spare_the_source_scan() -> int:
    """Mark this package's modules and the standard library's as decided in PySide's feature
    dict, so its import hook (``feature_imported``) never reads their source; returns how many
    names were marked.

    PySide's hook runs for every ``import`` statement after PySide is imported (of a module
    loaded before it too) and reads the module's source with ``inspect.getsource`` to see
    whether it contains "PySide6", unless its name is already in ``pyside_feature_dict``; each
    is marked with the answer the scan would give. This touches nothing else: when PySide's
    internals are not the ones described (no such module, no dict, no hook) it changes nothing
    and returns 0; a name already decided keeps its value. In a frozen bundle (no folder of
    sources) only the standard library's names are marked.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    decided = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(decided, dict) or not callable(getattr(feature, "feature_imported", None)):
        return 0
    folder = os.path.dirname(empathy_journal.__file__ or "")
    ours = package_module_names(folder, empathy_journal.__name__) if os.path.isdir(folder) else []
    marked = 0
    for names, value in ((ours, PLAIN_QT), (standard_module_names(), IGNORED)):
        for name in names:
            if name not in decided:
                decided[name] = value
                marked += 1
    return marked
