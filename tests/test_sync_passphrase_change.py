"""A passphrase changed on one computer: it keeps syncing, the others are told plainly and,
once they have the new passphrase, keep syncing too; the folder never holds anything unsealed."""

from __future__ import annotations

from pathlib import Path

from sync_devices import Device

from empathy_journal.sync.files import derive_key, folder_salt, header_key_id

CANARY = "Quetzalcoatl-canary"


def folder_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_a_changed_passphrase_keeps_syncing_and_the_others_follow(tmp_path: Path):
    shared = tmp_path / "Sync"
    laptop = Device(shared, tmp_path / "laptop.sqlite", passphrase="one")
    desktop = Device(shared, tmp_path / "desktop.sqlite", passphrase="one")
    laptop.write("Before the change.")
    laptop.sync()
    desktop.sync()
    assert laptop.session.safety.change_encryption("change", "one", "two") is None
    after = laptop.write(f"After the change {CANARY}.")
    outcome = laptop.sync()  # the old key is remembered: this computer goes on syncing
    assert outcome.report.sent >= 1 and not outcome.warnings
    journal_id = outcome.journal_id
    new_id = derive_key("two", folder_salt(journal_id)).key_id
    own = shared / journal_id / outcome.device_id
    assert {header_key_id(p.read_bytes()) for p in own.iterdir()} == {new_id}  # resealed

    told = desktop.sync()
    assert told.report.other_passphrase >= 1
    assert any("another computer changed the journal's passphrase" in w for w in told.warnings)
    assert desktop.session.entry(after.uuid) is None  # it waits in the folder
    mine = desktop.write("Written on the desktop meanwhile.")
    desktop.sync()
    laptop.sync()
    assert laptop.session.entry(mine.uuid) is not None  # the old key still opens its files

    assert desktop.session.safety.change_encryption("change", "one", "two") is None
    caught_up = desktop.sync()
    assert caught_up.report.other_passphrase == 0 and not caught_up.warnings
    assert desktop.session.entry(after.uuid).body == f"After the change {CANARY}."
    laptop.sync()
    assert laptop.records() == desktop.records()
    assert CANARY.encode() not in folder_bytes(shared)

    # A computer that only ever knew the new passphrase joins and reads everything.
    joiner = Device(shared, tmp_path / "third.sqlite", passphrase="two")
    joined = joiner.sync()
    assert joined.report.other_passphrase == 0 and joiner.records() == laptop.records()
    for device in (laptop, desktop, joiner):
        device.close()


def test_removing_the_passphrase_forgets_the_sync_keys(tmp_path: Path):
    shared = tmp_path / "Sync"
    laptop = Device(shared, tmp_path / "laptop.sqlite", passphrase="one")
    laptop.write("Hello.")
    laptop.sync()
    assert laptop.session.setting("sync.keys")
    assert laptop.session.safety.change_encryption("remove", "one", None) is None
    assert laptop.session.setting("sync.keys") is None
    laptop.close()


def test_two_passphrase_changes_with_nothing_new_between_write_new_file_names(tmp_path: Path):
    """Resealing never rewrites a complete file under its old name: a computer that knows only
    the newest passphrase gets the new snapshot even from a tool that passes on new names only."""
    shared = tmp_path / "Sync"
    laptop = Device(shared, tmp_path / "laptop.sqlite", passphrase="one")
    written = laptop.write(f"Only on the laptop {CANARY}.")
    outcome = laptop.sync()
    own = shared / outcome.journal_id / outcome.device_id
    seen: dict[str, bytes] = {p.name: p.read_bytes() for p in own.iterdir()}
    for passphrase, new in (("one", "two"), ("two", "three")):
        assert laptop.session.safety.change_encryption("change", passphrase, new) is None
        laptop.sync()
        for path in own.iterdir():
            data = path.read_bytes()
            assert seen.setdefault(path.name, data) == data, f"{path.name} was rewritten"
    assert len(seen) == 3  # the first change file and one snapshot for each new key

    # A desktop that joins knowing only "three", through a tool that delivers each name once.
    view = tmp_path / "desktop-view"
    (view / outcome.journal_id / outcome.device_id).mkdir(parents=True)
    (view / outcome.journal_id / "journal.json").write_bytes(
        (shared / outcome.journal_id / "journal.json").read_bytes())
    for name, data in seen.items():
        (view / outcome.journal_id / outcome.device_id / name).write_bytes(data)
    desktop = Device(view, tmp_path / "desktop.sqlite", passphrase="three")
    desktop.session.set_setting("sync.journal_id", outcome.journal_id)
    desktop.sync()
    assert desktop.body(written.uuid) == f"Only on the laptop {CANARY}."
    assert CANARY.encode() not in folder_bytes(shared)
    for device in (laptop, desktop):
        device.close()
