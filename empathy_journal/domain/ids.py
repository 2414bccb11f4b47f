"""New record ids: random (version 4) UUID text, made without importing ``uuid`` at start-up."""

from __future__ import annotations

import os


def fresh_uuid(random_bytes: bytes | None = None) -> str:
    """A new random id, the same text as ``str(uuid.uuid4())`` (36 lowercase characters).

    ``uuid`` imports ``platform`` (a few ms on the start-up path, where the window makes the
    blank entry's id), so the version and variant bits are set here as ``uuid.UUID(bytes=...,
    version=4)`` sets them, in about half uuid4's time (importers make one per entry).
    random_bytes (16) stands in for ``os.urandom(16)`` in tests.
    """
    raw = os.urandom(16) if random_bytes is None else random_bytes
    if len(raw) != 16:
        raise ValueError("a UUID is made of 16 bytes")
    digits = raw.hex()  # the version digit replaced, the variant's two bits set: 10xx
    return (f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-"
            f"{'89ab'[int(digits[16], 16) & 3]}{digits[17:20]}-{digits[20:]}")
