"""Run the installed ``empathy-journal`` console script in a sealed-off environment."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# Anything that could point the app at a real journal, a real screen or a real session.
_LEAKY_VARIABLES = (
    "EMPATHY_JOURNAL_DATA_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
    "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR",
    "DBUS_SESSION_BUS_ADDRESS",
)
STARTUP_TIMEOUT_S = 60  # generous: the CI machine is small and shared


def console_script(name: str = "empathy-journal") -> Path:
    """The console script installed next to this interpreter (the venv's ``bin``)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(f"{name} is not installed next to {sys.executable}; "
                                "run pip install -e '.[test]' first")
    return Path(found)


def sealed_env(home: Path, **extra: str) -> dict[str, str]:
    """os.environ without the user's data, screen or session; HOME is a fresh test folder."""
    env = {key: value for key, value in os.environ.items() if key not in _LEAKY_VARIABLES}
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_cli(args: Sequence[str], home: Path, env_extra: Mapping[str, str] | None = None,
            ) -> subprocess.CompletedProcess[str]:
    """Run ``empathy-journal ARGS`` to completion (offscreen Qt unless overridden)."""
    return subprocess.run(
        [str(console_script()), *args], env=sealed_env(home, **(env_extra or {})),
        capture_output=True, text=True, timeout=STARTUP_TIMEOUT_S, stdin=subprocess.DEVNULL,
        check=False,
    )


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under folder, relative, with a digest for files ("dir" for folders)."""
    return {
        str(item.relative_to(folder)): "dir" if item.is_dir() else file_digest(item)
        for item in sorted(folder.rglob("*"))
    }
