"""Attachments in and out: Day One media, the own JSON (v2) round trip, Markdown, and sync."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_devices import Device
from test_attachments import NOW, png, saved_entry

from empathy_journal.interchange.dayone_media import MediaReport, entry_media, media_index
from empathy_journal.interchange.errors import ImportFormatError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import read_source
from empathy_journal.session.attachments import AttachmentFile
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
MEDIA_ZIP = FIXTURES / "dayone-with-media.zip"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _files(session: JournalSession) -> list[tuple[str, str, str, bytes | None]]:
    """(entry title, file name, media type, bytes) of every attachment, in a stable order."""
    found = []
    for uuid, title in session.journal.db.execute("SELECT uuid, title FROM entries "
                                                  "ORDER BY created_utc"):
        for attachment in session.attachments.of(uuid):
            found.append((title, attachment.file_name, attachment.media_type,
                          session.attachments.data(attachment.uuid)))
    return found


def test_dayone_zip_media_become_attachments(tmp_path: Path) -> None:
    batch = read_source(MEDIA_ZIP)
    assert batch.notes == [
        "Journals: Portugal.",
        "2 photos, 1 PDF will be attached to their entries.",
        "1 media file named by entries is not in the ZIP and cannot be attached."]
    session = JournalSession(Journal.open(None))
    result = session.import_batch(batch)
    assert (result.added, result.attached) == (2, 3)
    assert result.message.endswith("3 photos or files attached.")
    assert _files(session) == [
        ("Beach day", "Day One photo 1.png", "image/png", png(6, 4, (30, 110, 180))),
        ("Beach day", "Day One photo 2.png", "image/png", png(5, 5, (90, 90, 90))),
        ("Beach day", "Tide table.pdf", "application/pdf", PDF)]
    beach = session.journal.db.execute("SELECT body FROM entries WHERE title = 'Beach day'"
                                       ).fetchone()[0]
    assert beach == "The sea was wild."  # the media markers left the text
    again = session.import_batch(read_source(MEDIA_ZIP))
    assert (again.unchanged, again.attached) == (2, 0)  # importing twice adds nothing
    assert len(_files(session)) == 3
    session.close()


def test_a_dayone_json_alone_says_its_media_stay_behind() -> None:
    notes = read_source(FIXTURES / "dayone.json").notes
    assert notes[1] == ("1 photo or other media file is not imported: media are in Day One's "
                        "ZIP export, not in this JSON file (import the ZIP to keep them).")


def _zip_with(members: dict[str, bytes]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return zipfile.ZipFile(buffer)


_md5 = st.text("0123456789abcdefABCDEF", min_size=30, max_size=34)
_names = st.one_of(
    st.builds(lambda f, m, e: f"{f}/{m}.{e}", st.sampled_from(
        ["photos", "videos", "audios", "pdfs", "photos/..", "../photos", "/photos", "other"]),
        _md5, st.sampled_from(["jpeg", "png", "pdf", "", "x" * 9, "../x"])),
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
            min_size=1, max_size=40))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(_names, max_size=8),
       items=st.lists(st.fixed_dictionaries({
           "md5": st.one_of(_md5, st.none(), st.integers(), st.just("../../../etc/passwd")),
           "type": st.one_of(st.sampled_from(["jpeg", "png", "../../x", ""]), st.integers()),
           "filename": st.one_of(st.none(), st.text(max_size=300), st.integers())}), max_size=6),
       key=st.sampled_from(["photos", "videos", "audios", "pdfAttachments", "other"]))
def test_media_paths_only_ever_name_media_members(names: list[str], items: list[dict],
                                                  key: str) -> None:
    """Whatever the ZIP and the entry say, only ``<folder>/<md5>.<ext>`` members are read,
    each at most once per mention, and nothing raises."""
    archive = _zip_with({name: b"x" for name in names if not name.endswith("/")})
    index = media_index(archive.infolist())
    assert all(".." not in m.name and not m.name.startswith("/") for m in index.values())
    report = MediaReport()
    files = entry_media(Path("export.zip"), {key: items}, index, None, report)
    mentioned = len(items) if key != "other" else 0
    assert report.found + report.missing + report.too_big == mentioned
    assert len(files) == report.found
    assert all(isinstance(f.file_name, str) and f.file_name for f in files)


def test_a_huge_declared_size_is_not_read(tmp_path: Path) -> None:
    photo = png()
    md5 = hashlib.md5(photo).hexdigest()
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"photos/{md5}.png", photo)
    with zipfile.ZipFile(path) as archive:
        index = media_index(archive.infolist())
    report = MediaReport()
    record = {"photos": [{"md5": md5, "type": "png"}]}
    assert entry_media(path, record, index, None, report, limit=len(photo) - 1) == []
    assert report.too_big == 1
    assert report.notes() == ["1 media file over 25.0 MB is not attached (the most one "
                              "attachment can be)."]
    lying = {k: replace_size(v) for k, v in index.items()}  # the directory claims 1 byte
    [file] = entry_media(path, record, lying, None, MediaReport(), limit=len(photo) - 1)
    with pytest.raises(ImportFormatError, match="unpacks to more than"):
        file.read()


def replace_size(member):
    from dataclasses import replace
    return replace(member, declared_size=1)


def _export(session: JournalSession, dest: Path) -> str:
    export_journal(session.journal.db, dest, "json", now=NOW)
    return dest.read_text(encoding="utf-8")


def test_json_round_trip_with_attachments_is_exact(tmp_path: Path) -> None:
    source = JournalSession(Journal.open(None))
    uuid = saved_entry(source)
    source.attachments.attach(uuid, [AttachmentFile("lake.png", png(9, 9)),
                                     AttachmentFile("list.txt", "milk, 卵".encode())], now=NOW)
    saved_entry(source, "no files here")
    first = _export(source, tmp_path / "a.json")
    document = json.loads(first)
    assert document["version"] == 2
    [with_files] = [e for e in document["entries"] if "attachments" in e]
    assert sorted((a["file_name"], a["media_type"], base64.b64decode(a["data"]))
                  for a in with_files["attachments"]) == [("lake.png", "image/png", png(9, 9)),
                                                    ("list.txt", "text/plain",
                                                     "milk, 卵".encode())]
    target = JournalSession(Journal.open(None))
    result = target.import_batch(read_source(tmp_path / "a.json"))
    assert (result.added, result.attached) == (2, 2)
    assert _export(target, tmp_path / "b.json") == first
    assert target.import_batch(read_source(tmp_path / "a.json")).attached == 0
    source.close()
    target.close()


def test_changed_attachment_bytes_are_refused_by_name(tmp_path: Path) -> None:
    source = JournalSession(Journal.open(None))
    source.attachments.attach(saved_entry(source), [AttachmentFile("lake.png", png())])
    document = json.loads(_export(source, tmp_path / "a.json"))
    document["entries"][0]["attachments"][0]["data"] = base64.b64encode(b"other").decode()
    (tmp_path / "a.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"entry 1, attachment 1: its bytes do not match"):
        read_source(tmp_path / "a.json")
    source.close()


def test_a_newer_format_version_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text('{"format": "empathy-journal", "version": 3, "entries": []}',
                    encoding="utf-8")
    with pytest.raises(ImportFormatError) as refused:
        read_source(path)
    assert str(refused.value) == (
        "new.json: it was written by a newer version of Empathy Journal (format version 3; "
        "this version reads up to 2); please update the app. Nothing was imported; your "
        "journal is unchanged.")


def test_markdown_export_writes_files_beside_the_note_and_links_them(tmp_path: Path) -> None:
    session = JournalSession(Journal.open(None))
    uuid = saved_entry(session)
    session.attachments.attach(uuid, [AttachmentFile("lake view.png", png()),
                                      AttachmentFile("lake view.png", png(2, 2)),
                                      AttachmentFile("tides.pdf", PDF)], now=NOW)
    export_journal(session.journal.db, tmp_path / "notes", "markdown")
    [note] = (tmp_path / "notes" / "2026" / "05").glob("*.md")
    folder = note.with_suffix("")
    assert sorted(p.name for p in folder.iterdir()) == ["lake view (2).png", "lake view.png",
                                                        "tides.pdf"]
    assert (folder / "lake view.png").read_bytes() == png()
    assert (folder / "tides.pdf").read_bytes() == PDF
    linked = note.read_text(encoding="utf-8").split("## Attachments\n\n", 1)[1]
    assert linked.splitlines() == ["![lake view.png](2026-05-01/lake%20view.png)",
                                   "![lake view.png](2026-05-01/lake%20view%20%282%29.png)",
                                   "- [tides.pdf](2026-05-01/tides.pdf)"]
    export_journal(session.journal.db, tmp_path / "one.md", "markdown-single")
    single = (tmp_path / "one.md").read_text(encoding="utf-8")
    assert "## Attachments\n\n- lake view.png\n- lake view.png\n- tides.pdf\n" in single
    session.close()


def test_attachments_travel_by_sync_and_their_removal_too(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    a, b = Device(folder), Device(folder)
    entry = a.write("at the lake")
    [photo] = a.session.attachments.attach(entry.uuid, [AttachmentFile("lake.png", png())])
    a.sync()
    b.sync()
    assert [x.file_name for x in b.session.attachments.of(entry.uuid)] == ["lake.png"]
    assert b.session.attachments.data(photo.uuid) == png()
    assert any(entry.uuid in c.entries for c in b.announced)
    b.session.attachments.remove(photo.uuid)
    b.sync()
    a.sync()
    assert a.session.attachments.of(entry.uuid) == []
    assert a.records() == b.records()
    a.close()
    b.close()


def test_the_import_command_attaches_day_one_media(data_dir: Path, capsys) -> None:
    from cli_journal import run_in

    assert run_in(data_dir, "import", str(MEDIA_ZIP)) == 0
    assert capsys.readouterr().out == ("Imported 2 new entries, updated 0, 0 were already in "
                                       "the journal. 3 photos or files attached.\n")
    journal = Journal.open(data_dir / "journal.sqlite")
    count = journal.db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    journal.close()
    assert count == 3
