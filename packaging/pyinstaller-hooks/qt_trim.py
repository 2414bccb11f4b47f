"""Which Qt plugins and translations the bundle leaves out (used by the hooks beside this file).

PyInstaller's own Qt hooks collect every plugin of a module; these hooks take the same
collection and drop what a desktop journal never loads, before PyInstaller follows the
plugins' library dependencies (so what only those plugins need is not bundled either).
"""

from __future__ import annotations

import fnmatch
from pathlib import PurePath

# Plugins relative to Qt's plugins folder. Kept: platforms xcb, wayland, offscreen, minimal;
# image formats; the xdg-desktop-portal theme (dark mode and file dialogs under Flatpak);
# input methods (compose, ibus); icon engines; xcb GL integrations; wayland-*.
DROPPED_PLUGINS = (
    "platforms/libqeglfs.so", "platforms/libqlinuxfb.so", "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so", "platforms/libqvnc.so",
    "egldeviceintegrations/*", "generic/*",
    # Loads the system's GTK 3 against the bundle's older GLib and pulls the GTK stack in.
    "platformthemes/libqgtk3.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    # The app opens no network connection (QtNetwork is only for the local single-instance socket).
    "networkinformation/*", "tls/*",
)
# Qt's own translations (standard buttons, dialogs): only the app's languages besides English.
KEPT_TRANSLATION_LANGUAGES = ("de",)


def _plugin_path(source: str) -> str | None:
    parts = PurePath(source).parts
    if "plugins" not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index("plugins")
    return "/".join(parts[at + 1:])


def keep_binary(entry: tuple[str, str]) -> bool:
    plugin = _plugin_path(entry[0])
    return plugin is None or not any(fnmatch.fnmatch(plugin, pattern) for pattern in DROPPED_PLUGINS)


def keep_data(entry: tuple[str, str]) -> bool:
    name = PurePath(entry[0]).name
    if not name.endswith(".qm"):
        return True
    return any(name.endswith(f"_{language}.qm") for language in KEPT_TRANSLATION_LANGUAGES)
