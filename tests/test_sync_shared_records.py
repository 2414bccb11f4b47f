"""What travels beside the entries: own emotion words, own templates, shared journal settings
(and never the device-local ones)."""

from __future__ import annotations

from pathlib import Path

from sync_devices import Device

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.domain.entry import EmotionTag
from empathy_journal.sync.shared_records import SHARED_SETTINGS


def two(tmp_path: Path) -> tuple[Device, Device]:
    return Device(tmp_path / "Sync"), Device(tmp_path / "Sync")


def add_word(device: Device, word: str, label: str) -> None:
    with device.session.writing():
        device.session.journal.db.execute(
            "INSERT INTO emotions (id, label, family, pleasantness, energy, definition, builtin)"
            " VALUES (?, ?, 'calm', 0.4, -0.2, 'my own word', 0)", [word, label])
    device.session.journal.forget_emotions()


def test_an_own_emotion_word_travels_with_the_entries_that_use_it(tmp_path: Path):
    laptop, desktop = two(tmp_path)
    add_word(laptop, "hygge", "Hygge")
    entry = laptop.write("A warm evening.", emotions=[EmotionTag("hygge", 4)])
    laptop.sync()
    announced = len(desktop.announced)
    desktop.sync()
    assert "hygge" in {e.id: e.label for e in desktop.session.emotions()}
    arrived = desktop.session.entry(entry.uuid)
    assert arrived is not None and [t.emotion_id for t in arrived.emotions] == ["hygge"]
    assert desktop.announced[announced].whole_journal  # the views offer the new word
    # the same word edited there comes back
    with desktop.session.writing():
        desktop.session.journal.db.execute(
            "UPDATE emotions SET definition = 'cosy, together' WHERE id = 'hygge'")
    desktop.sync()
    laptop.sync()
    row = laptop.session.journal.db.execute(
        "SELECT definition, builtin FROM emotions WHERE id = 'hygge'").fetchone()
    assert row == ("cosy, together", 0)


def test_a_removed_word_still_used_is_hidden_not_broken(tmp_path: Path):
    laptop, desktop = two(tmp_path)
    add_word(laptop, "hygge", "Hygge")
    laptop.sync()
    desktop.sync()
    desktop.write("Mine.", emotions=[EmotionTag("hygge", 2)])
    with laptop.session.writing():
        laptop.session.journal.db.execute("DELETE FROM emotions WHERE id = 'hygge'")
    laptop.sync()
    desktop.sync()
    row = desktop.session.journal.db.execute(
        "SELECT hidden FROM emotions WHERE id = 'hygge'").fetchone()
    assert row == (1,)


def test_own_templates_travel_change_and_go(tmp_path: Path):
    laptop, desktop = two(tmp_path)
    made = laptop.session.templates.add_template("Evening", "What went well?")
    laptop.sync()
    desktop.sync()
    found = {t.uuid: t for t in desktop.session.templates.templates()}
    assert found[made.uuid].body == "What went well?" and not found[made.uuid].builtin
    assert desktop.announced[-1].templates
    with desktop.session.writing():
        desktop.session.journal.db.execute(
            "UPDATE templates SET body = 'What went well? What did I learn?' WHERE uuid = ?",
            [made.uuid])
    desktop.sync()
    laptop.sync()
    assert {t.uuid: t.body for t in laptop.session.templates.templates()}[made.uuid] == (
        "What went well? What did I learn?")
    assert laptop.session.templates.delete_template(made.uuid)
    laptop.sync()
    desktop.sync()
    assert made.uuid not in {t.uuid for t in desktop.session.templates.templates()}


def test_shared_settings_travel_and_device_local_ones_stay(tmp_path: Path):
    laptop, desktop = two(tmp_path)
    laptop.sync()
    desktop.sync()
    laptop.session.set_setting("security.auto_lock_minutes", "5")
    laptop.session.set_setting("backup.keep_daily", "30")
    laptop.session.set_setting("prompts.rotation", "[]")
    laptop.sync()
    desktop.sync()
    assert desktop.session.setting("security.auto_lock_minutes") == "5"
    assert desktop.session.setting("backup.keep_daily") is None
    assert desktop.session.setting("prompts.rotation") is None
    assert desktop.session.setting("sync.device") != laptop.session.setting("sync.device")
    assert desktop.announced[-1].settings == frozenset({"security.auto_lock_minutes"})
    assert set(SHARED_SETTINGS) >= {"check_ins.schedule", "security.auto_lock_minutes"}


def test_a_check_in_schedule_set_on_one_computer_is_the_schedule_on_the_other(tmp_path: Path):
    laptop, desktop = two(tmp_path)
    schedule = laptop.session.wellbeing.schedule()
    changed = Schedule({**schedule.every_days, "who5": 7})
    laptop.session.wellbeing.set_schedule(changed)
    laptop.sync()
    desktop.sync()
    assert desktop.session.wellbeing.schedule().every("who5") == 7
    assert desktop.announced[-1].check_ins
