"""New record ids: random (version 4) UUID text, made without importing ``uuid`` at start-up."""

from __future__ import annotations

import os


def fresh_uuid(random_bytes: bytes | None = None) -> str:
    """A new random id, the same text as ``str(uuid.uuid4())`` (36 lowercase characters).

    ``uuid`` imports ``platform`` (a few ms on the start-up path, where the window makes the
    blank entry's id), so the version and variant bits are set here as ``uuid.UUID(bytes=...,
    version=4)`` sets them. random_bytes (16) stands in for ``os.urandom(16)`` in tests.
    """
    raw = os.urandom(16) if random_bytes is None else random_bytes
    if len(raw) != 16:
        raise ValueError("a UUID is made of 16 bytes")
    value = int.from_bytes(raw, "big")
    value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # variant: RFC 4122
    value = (value & ~(0xF000 << 64)) | (4 << 76)  # version 4
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
