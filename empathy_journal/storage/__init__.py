"""The journal file: SQLite through sqlite-utils, migrations, the repository and file safety.

sqlite-utils is imported only by the modules that use it, when they are first imported (the
quick commands, ``search`` among them, never import it); whenever that happens, it is imported
with numpy hidden (see ``_SqliteUtilsWithoutNumpy``).
"""

from __future__ import annotations

import importlib.machinery
import sys
from types import ModuleType

_ABSENT = object()


class _HidingNumpy:
    """Runs sqlite-utils' own loader with numpy and pandas hidden.

    sqlite-utils imports numpy (and tries pandas) at import time only to map their scalar
    types; numpy is installed here for matplotlib, and importing it costs about 0.1–0.2 s of
    every start-up. The journal never hands numpy values to sqlite-utils, so they are hidden for
    the duration of that one import (a ``None`` entry in ``sys.modules`` makes ``import``
    raise ImportError) and then put back exactly as they were.
    """

    def __init__(self, loader: object) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)  # type: ignore[attr-defined]

    def exec_module(self, module: ModuleType) -> None:
        hidden = {name: sys.modules.get(name, _ABSENT) for name in ("numpy", "pandas")}
        for name, found in hidden.items():
            if found is _ABSENT:
                sys.modules[name] = None  # type: ignore[assignment]
        try:
            self._loader.exec_module(module)  # type: ignore[attr-defined]
        finally:
            for name, found in hidden.items():
                if found is _ABSENT and sys.modules.get(name, _ABSENT) is None:
                    del sys.modules[name]


class _SqliteUtilsWithoutNumpy:
    """Finds sqlite_utils the usual way, once, and hands it a loader that hides numpy (plain
    classes: importing importlib.abc would cost more than the rest of a quick command)."""

    def find_spec(self, name: str, path: object = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if name != "sqlite_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _HidingNumpy(spec.loader)  # type: ignore[assignment]
        return spec


if "sqlite_utils" not in sys.modules and not any(
        isinstance(finder, _SqliteUtilsWithoutNumpy) for finder in sys.meta_path):
    sys.meta_path.insert(0, _SqliteUtilsWithoutNumpy())
