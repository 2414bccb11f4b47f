"""The journal file: SQLite through sqlite-utils, migrations, the repository and file safety."""

import sys

_ABSENT = object()


def _import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with its optional numpy/pandas support switched off.

    sqlite-utils imports numpy (and tries pandas) at import time only to map their scalar
    types; numpy is installed here for matplotlib, and importing it costs about 0.1–0.2 s of
    every start-up. The journal never hands numpy values to sqlite-utils, so it is hidden for
    the duration of that one import (a ``None`` entry in ``sys.modules`` makes ``import``
    raise ImportError) and then put back exactly as it was.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = {name: sys.modules.get(name, _ABSENT) for name in ("numpy", "pandas")}
    for name, module in hidden.items():
        if module is _ABSENT:
            sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name, module in hidden.items():
            if module is _ABSENT and sys.modules.get(name, _ABSENT) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()
