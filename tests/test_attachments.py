"""Attachments: stored inside the journal, checked on read, kept through trash, encryption,
backup and restore, and announced by the session."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.attachments import (
    MAX_ENTRY_BYTES,
    MAX_FILE_BYTES,
    UNREADABLE_NAME,
    AttachmentRefused,
    safe_file_name,
    sniff_media_type,
)
from empathy_journal.domain.entry import new_entry
from empathy_journal.session.attachments import AttachmentFile
from empathy_journal.session.changes import Change
from empathy_journal.session.journal_session import EntryDraft, JournalSession
from empathy_journal.storage import crypto
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.restore import restore_backup

NOW = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)


def png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 90, 40)) -> bytes:
    """A real PNG image of one colour."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


def saved_entry(session: JournalSession, body: str = "A day at the lake") -> str:
    entry = replace(new_entry(date(2026, 5, 1), now=NOW), body=body)
    return session.save(EntryDraft(entry), now=NOW).entry.uuid


@pytest.fixture
def session(journal_path: Path) -> JournalSession:
    opened = JournalSession(Journal.open(journal_path))
    yield opened
    opened.close()


def test_attach_stores_the_bytes_sniffed_and_named_safely(session: JournalSession) -> None:
    uuid = saved_entry(session)
    heard: list[Change] = []
    session.subscribe(heard.append)
    photo = png()
    [stored] = session.attachments.attach(uuid, [AttachmentFile("../../lake photo.txt", photo)],
                                          now=NOW)
    assert (stored.file_name, stored.media_type, stored.byte_size) == (
        "lake photo.txt", "image/png", len(photo))
    assert stored.is_image
    assert [a.uuid for a in session.attachments.of(uuid)] == [stored.uuid]
    assert session.attachments.data(stored.uuid) == photo
    assert [c.attachments for c in heard] == [frozenset({uuid})]
    assert heard[0].touches_attachments(uuid) and not heard[0].touches_attachments("other")


def test_rename_and_remove_are_announced(session: JournalSession) -> None:
    uuid = saved_entry(session)
    [stored] = session.attachments.attach(uuid, [AttachmentFile("notes.txt", b"plain words")])
    heard: list[Change] = []
    session.subscribe(heard.append)
    renamed = session.attachments.rename(stored.uuid, "  a/b\\shopping:list?.txt ")
    assert renamed is not None and renamed.file_name == "shopping_list_.txt"
    assert renamed.media_type == "text/plain"
    assert session.attachments.remove(stored.uuid) is True
    assert session.attachments.remove(stored.uuid) is False
    assert session.attachments.of(uuid) == []
    assert [c.attachments for c in heard] == [frozenset({uuid})] * 2


def test_a_file_over_the_limit_is_refused_and_nothing_is_attached(
        session: JournalSession) -> None:
    uuid = saved_entry(session)
    too_big = b"\xff\xd8\xff" + bytes(MAX_FILE_BYTES - 2)
    with pytest.raises(AttachmentRefused) as refused:
        session.attachments.attach(uuid, [AttachmentFile("ok.txt", b"fine"),
                                          AttachmentFile("huge.jpg", too_big)])
    assert str(refused.value) == ("“huge.jpg” is 25.0 MB; a file can be at most 25.0 MB. "
                                  "Nothing was attached.")
    assert session.attachments.of(uuid) == []  # the small one was not kept either


def test_the_total_per_entry_is_refused_plainly(session: JournalSession) -> None:
    uuid = saved_entry(session)
    part = bytes(MAX_FILE_BYTES // 2) + b"x"  # not text, not an image: octet-stream
    count = MAX_ENTRY_BYTES // len(part)
    session.attachments.attach(uuid, [AttachmentFile(f"part {n}.bin", part)
                                      for n in range(count)])
    with pytest.raises(AttachmentRefused, match=r"would take this entry's attachments over "
                                                r"100\.0 MB\. Nothing was attached\.$"):
        session.attachments.attach(uuid, [AttachmentFile("one more.bin", part)])
    assert len(session.attachments.of(uuid)) == count


def test_an_empty_file_and_a_missing_entry_are_refused(session: JournalSession) -> None:
    uuid = saved_entry(session)
    with pytest.raises(AttachmentRefused, match="is empty"):
        session.attachments.attach(uuid, [AttachmentFile("empty.txt", b"")])
    with pytest.raises(AttachmentRefused, match="not in the journal"):
        session.attachments.attach("no-such-entry", [AttachmentFile("a.txt", b"a")])


def test_a_damaged_row_reads_as_an_unreadable_attachment(session: JournalSession) -> None:
    uuid = saved_entry(session)
    good, bad, odd = session.attachments.attach(uuid, [
        AttachmentFile("good.png", png()), AttachmentFile("bad.png", png(rgb=(1, 2, 3))),
        AttachmentFile("odd.txt", b"text")])
    db = session.journal.db
    with db.atomic():
        db.execute("UPDATE attachments SET data = ? WHERE uuid = ?", [b"not the photo", bad.uuid])
        db.execute("UPDATE attachments SET byte_size = 'many', created_utc = 5 WHERE uuid = ?",
                   [odd.uuid])
    shown = session.attachments.of(uuid)
    assert [(a.shown_name, a.readable) for a in shown] == [
        ("good.png", True), ("bad.png", True), (UNREADABLE_NAME, False)]
    assert session.attachments.data(good.uuid) == png()
    assert session.attachments.data(bad.uuid) is None  # its checksum does not match
    assert session.attachments.data(odd.uuid) is None
    assert session.attachments.remove(odd.uuid) is True  # a damaged one can still go


def test_trash_keeps_files_restore_brings_them_back_emptying_deletes(
        session: JournalSession) -> None:
    uuid = saved_entry(session)
    session.attachments.attach(uuid, [AttachmentFile("lake.png", png())])
    session.trash(uuid)
    assert [a.file_name for a in session.attachments.of(uuid)] == ["lake.png"]
    session.restore(uuid)
    assert [a.file_name for a in session.attachments.of(uuid)] == ["lake.png"]
    session.trash(uuid)
    session.empty_trash()
    count = session.journal.db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    assert count == 0


def test_saving_the_entry_again_keeps_its_files(session: JournalSession) -> None:
    uuid = saved_entry(session)
    session.attachments.attach(uuid, [AttachmentFile("lake.png", png())])
    entry = session.entry(uuid)
    assert entry is not None
    session.save(EntryDraft(replace(entry, body="Edited later")))
    assert [a.file_name for a in session.attachments.of(uuid)] == ["lake.png"]


def test_files_survive_encrypting_and_decrypting(journal_path: Path) -> None:
    session = JournalSession(Journal.open(journal_path))
    uuid = saved_entry(session)
    photo = png(40, 30)
    [stored] = session.attachments.attach(uuid, [AttachmentFile("lake.png", photo)])
    session.close()
    crypto.encrypt_journal(journal_path, "correct horse")
    assert photo not in journal_path.read_bytes()
    encrypted = JournalSession(Journal.open(journal_path, passphrase="correct horse"))
    assert encrypted.attachments.data(stored.uuid) == photo
    encrypted.close()
    crypto.remove_encryption(journal_path, "correct horse")
    plain = JournalSession(Journal.open(journal_path))
    assert plain.attachments.data(stored.uuid) == photo
    plain.close()


def test_files_survive_backup_and_restore(journal_path: Path) -> None:
    session = JournalSession(Journal.open(journal_path))
    uuid = saved_entry(session)
    photo = png(8, 8)
    [stored] = session.attachments.attach(uuid, [AttachmentFile("lake.png", photo)])
    backup = make_backup(session.journal.db, journal_path, now=NOW)
    session.attachments.remove(stored.uuid)
    session.close()
    restore_backup(backup, journal_path, now=NOW)
    restored = JournalSession(Journal.open(journal_path))
    assert restored.attachments.data(stored.uuid) == photo
    restored.close()


@pytest.mark.parametrize(("data", "expected"), [
    (png(), "image/png"), (b"\xff\xd8\xff\xe0rest", "image/jpeg"), (b"GIF89a..", "image/gif"),
    (b"%PDF-1.7\n", "application/pdf"), (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"\x00\x00\x00\x18ftypheic\x00", "image/heic"), (b"\x00\x00\x00\x18ftypisom", "video/mp4"),
    ("Grüße, 世界\n".encode(), "text/plain"), (b"\x00\x01\x02binary", "application/octet-stream"),
])
def test_the_media_type_comes_from_the_bytes(data: bytes, expected: str) -> None:
    assert sniff_media_type(data) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("photo.jpg", "photo.jpg"), ("C:\\Users\\me\\photo.jpg", "photo.jpg"),
    ("../../etc/passwd", "passwd"), ("..", "attachment.png"), ("\x00\x1f", "attachment.png"),
    (".hidden", "hidden"), ("a" * 300 + ".jpeg", "a" * 115 + ".jpeg"),
])
def test_names_are_sanitised(name: str, expected: str) -> None:
    assert safe_file_name(name, "image/png") == expected


def test_repair_carries_over_files_attached_after_the_backup(journal_path: Path) -> None:
    from empathy_journal.storage.recovery import open_checked
    from empathy_journal.storage.salvage import salvage_journal

    session = JournalSession(Journal.open(journal_path))
    uuid = saved_entry(session)
    damaged = saved_entry(session, "the apology zebra")
    make_backup(session.journal.db, journal_path, now=NOW)
    photo = png(12, 12)
    [stored] = session.attachments.attach(uuid, [AttachmentFile("after.png", photo)])
    session.close()
    data = bytearray(journal_path.read_bytes())
    data[data.index(b"apology zebra")] ^= 0x02  # the text still reads, its checksum fails
    journal_path.write_bytes(bytes(data))
    salvaged = salvage_journal(journal_path, now=NOW)
    copy = JournalSession(Journal.open(salvaged.target))
    assert copy.attachments.data(stored.uuid) == photo
    copy.close()
    journal, repair, _ = open_checked(journal_path, hashes=True, now=NOW, tz=UTC)
    assert repair is not None
    repaired = JournalSession(journal)
    assert repaired.attachments.data(stored.uuid) == photo  # attached after the backup
    assert repaired.entry(damaged) is not None
    repaired.close()
