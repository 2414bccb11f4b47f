"""The XDG autostart entry that starts the journal after login, so reminders can come."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from empathy_journal import APP_ID, APP_NAME

RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def autostart_path(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart/<app id>.desktop (~/.config when unset or not absolute)."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> list[str]:
    """How this installation is started: the bundle's executable, the console script beside
    this Python, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("empathy-journal")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "empathy_journal"]


def _exec_argument(argument: str) -> str:
    """One argument of an Exec key, quoted as the Desktop Entry Specification asks."""
    argument = argument.replace("%", "%%")
    if not RESERVED & set(argument):
        return argument
    for char in ('\\', '"', "`", "$"):
        argument = argument.replace(char, "\\" + char)
    # the key's value is itself an escaped string: every backslash is written twice
    return '"' + argument.replace("\\", "\\\\") + '"'


def autostart_entry(command: list[str]) -> str:
    """The desktop entry text that runs command at login."""
    exec_line = " ".join(_exec_argument(a) for a in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Start the journal after login so its reminders can come",
        f"Exec={exec_line}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def set_autostart(enabled: bool, environ: Mapping[str, str] | None = None,
                  command: list[str] | None = None) -> Path:
    """Write (enabled) or remove the autostart entry; OSError when the folder refuses."""
    path = autostart_path(environ)
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(autostart_entry(command or launch_command()), encoding="utf-8")
    partial.replace(path)
    return path
