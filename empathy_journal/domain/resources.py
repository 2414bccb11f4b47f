"""Locates the data files shipped in ``resources/`` whether installed, editable or frozen."""

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


def resource_path(name: str) -> Path:
    """Path of a file in the resources folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / name
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "resources", package.parent / "resources"):  # installed; source
        if (folder / name).exists():
            return folder / name
    from importlib import resources as importlib_resources  # a zip, or other loaders

    try:
        candidate = Path(str(importlib_resources.files("empathy_journal.resources") / name))
        if candidate.exists():
            return candidate
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources" / name


@cache
def load_json_resource(name: str) -> Any:
    """Parsed contents of a JSON resource (read once per process)."""
    return json.loads(resource_path(name).read_text(encoding="utf-8"))
