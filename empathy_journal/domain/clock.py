"""The local time zone by IANA name and helpers to show an instant in an entry's own zone."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _valid_zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def local_zone_name() -> str:
    """The IANA name of this computer's zone (TZ, then /etc/localtime), else 'UTC'."""
    from_env = _valid_zone(os.environ.get("TZ", "").lstrip(":"))
    if from_env:
        return from_env
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        found = _valid_zone(target.split("zoneinfo/", 1)[1])
        if found:
            return found
    return "UTC"


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """moment shown in the zone it was written in (UTC if the zone is unknown)."""
    try:
        return moment.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        return moment
