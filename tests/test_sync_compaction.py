"""Folder growth: each computer folds its own files into a snapshot that keeps what the other
computers may still need (and leaves out what they have all read past)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_devices import Device

from empathy_journal.sync import engine
from empathy_journal.sync.files import decode


@pytest.fixture(autouse=True)
def compact_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "COMPACT_AFTER", 3)


def snapshot_vids(device: Device) -> set[str]:
    own = device.folder.rglob("snapshot-*.ejs")
    mine = [p for p in own if p.parent.name in (device.session.setting("sync.device") or "")]
    assert len(mine) == 1
    return {v["vid"] for v in decode(mine[0].read_bytes(), key=None).versions}


def versions_of(device: Device, key: str) -> set[str]:
    db = device.session.journal.db
    return {r[0] for r in db.execute("SELECT vid FROM sync_versions WHERE key = ?", [key])}


def test_what_everyone_has_read_past_leaves_the_folder_and_a_newcomer_still_converges(
        tmp_path: Path):
    shared = tmp_path / "Sync"
    laptop, desktop = Device(shared), Device(shared)
    entry = laptop.write("0")
    laptop.sync()
    desktop.sync()
    for n in range(1, 8):  # the desktop reads every edit before the next one
        laptop.write(f"{n}", uuid=entry.uuid)
        laptop.sync()
        desktop.sync()
    laptop.write("8", uuid=entry.uuid)
    laptop.sync()
    kept = snapshot_vids(laptop)
    assert len(kept & versions_of(laptop, entry.uuid)) < len(versions_of(laptop, entry.uuid))
    newcomer = Device(shared)
    newcomer.sync()
    desktop.sync()
    assert newcomer.body(entry.uuid) == desktop.body(entry.uuid) == "8"
    assert newcomer.records() == laptop.records() == desktop.records()


def test_a_version_another_computer_may_still_build_on_stays(tmp_path: Path):
    shared = tmp_path / "Sync"
    laptop, desktop = Device(shared), Device(shared)
    entry = laptop.write("line one\nline two\n")
    laptop.sync()
    desktop.sync()  # the desktop has the first version, and nothing after it
    for n in range(6):
        laptop.write(f"line one\nline two\nlaptop {n}\n", uuid=entry.uuid)
        laptop.sync()
    first = next(iter(versions_of(desktop, entry.uuid)))
    assert first in snapshot_vids(laptop)  # the desktop's edits will name it as their base
    desktop.write("desktop line\nline one\nline two\n", uuid=entry.uuid)  # based on it
    desktop.sync()
    laptop.sync()
    desktop.sync()
    merged = "desktop line\nline one\nline two\nlaptop 5\n"
    assert laptop.body(entry.uuid) == desktop.body(entry.uuid) == merged
    newcomer = Device(shared)
    newcomer.sync()
    assert newcomer.body(entry.uuid) == merged
    assert newcomer.records() == laptop.records()


def test_the_folder_stays_small_over_many_edits(tmp_path: Path):
    shared = tmp_path / "Sync"
    laptop, desktop = Device(shared), Device(shared)
    entry = laptop.write("x" * 2000)
    laptop.sync()
    desktop.sync()
    for n in range(30):
        laptop.write("x" * 2000 + f" {n}", uuid=entry.uuid)
        laptop.sync()
        desktop.sync()
    device = json.loads(laptop.session.setting("sync.device"))["id"]
    own = [p for p in shared.rglob("*") if p.is_file() and p.parent.name == device]
    assert 1 <= len(own) <= engine.COMPACT_AFTER + 1
    assert len(versions_of(laptop, entry.uuid)) == 31  # each journal keeps its history
