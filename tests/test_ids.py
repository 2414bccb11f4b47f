"""fresh_uuid makes the same text as str(uuid.uuid4()) from the same random bytes."""

from __future__ import annotations

import os
import uuid

import pytest

from empathy_journal.domain.ids import fresh_uuid


@pytest.mark.parametrize("raw", [bytes(16), b"\xff" * 16, bytes(range(16)),
                                 *(os.urandom(16) for _ in range(200))])
def test_the_text_is_uuid4s_for_the_same_bytes(raw: bytes) -> None:
    assert fresh_uuid(raw) == str(uuid.UUID(bytes=raw, version=4))


def test_known_bytes_give_known_text() -> None:
    assert fresh_uuid(bytes(16)) == "00000000-0000-4000-8000-000000000000"
    assert fresh_uuid(b"\xff" * 16) == "ffffffff-ffff-4fff-bfff-ffffffffffff"


def test_a_fresh_id_reads_back_as_a_version_4_uuid() -> None:
    made = fresh_uuid()
    parsed = uuid.UUID(made)
    assert (str(parsed), parsed.version, parsed.variant) == (made, 4, uuid.RFC_4122)
    assert fresh_uuid() != made


def test_only_sixteen_bytes_make_an_id() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        fresh_uuid(bytes(15))
