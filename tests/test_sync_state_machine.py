"""Three computers, one folder carried by a pretend sync tool that delivers files late, out of
order, half-written or as conflict copies: every edit survives (as the entry, inside a merge,
or as a conflict copy) and all three end with the same journal.

Each edit writes a marker word no one wrote before. A marker may only go missing when a
computer that had it removed it on purpose (rewrote its line, or emptied the trash holding
it). After delivering everything and syncing until nobody writes anything new, every other
marker ever written must be in some entry of every journal, and the journals must be equal.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import uuid as uuid_module
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sync_devices import Device

from empathy_journal.sync import known_keys
from empathy_journal.sync.files import CIPHER, MAGIC, derive_key, folder_salt, header_key_id
from empathy_journal.sync.folder import DESCRIPTION, JournalFolder
from empathy_journal.sync.records import read_payloads

DEVICES = 3
MARKER = re.compile(r"\bm\d+\b")


class SyncMachine(RuleBasedStateMachine):
    """The rules are what people and sync tools do; the check is a full exchange."""

    JOURNAL_ID: str | None = None  # None: a new journal id for every example

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        journal_id = self.JOURNAL_ID or str(uuid_module.uuid4())
        self.devices = []
        for n in range(DEVICES):
            device = self.open_device(n)
            device.session.set_setting("sync.journal_id", journal_id)
            self.devices.append(device)
        self.network: dict[str, bytes] = {}  # relative path → bytes, every file ever written
        self.markers = 0
        self.written: set[str] = set()
        self.removed: set[str] = set()

    def teardown(self) -> None:
        for device in self.devices:
            device.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- helpers -----------------------------------------------------------------------------

    def open_device(self, n: int) -> Device:
        """Computer n's journal (in memory here) and its view of the folder."""
        return Device(self.root / f"view-{n}")

    def sync_device(self, n: int) -> None:
        """Computer n syncs with its view of the folder."""
        self.devices[n].sync()

    def marker(self) -> str:
        self.markers += 1
        name = f"m{self.markers}"
        self.written.add(name)
        return name

    def line(self) -> str:
        """A line of text holding a new marker."""
        return f"{self.marker()}\n"

    def entries_on(self, n: int) -> list[str]:
        return sorted(read_payloads(self.devices[n].session.journal.db, "entry"))

    def harvest(self, n: int) -> None:
        """What the sync tool picks up from a computer's view: the files it wrote."""
        view = self.devices[n].folder
        for path in view.rglob("*"):
            if path.is_file() and not path.name.endswith(".tmp"):
                relative = str(path.relative_to(view))
                self.network.setdefault(relative, path.read_bytes())

    def own(self, n: int, relative: str) -> bool:
        device = self.devices[n]
        mine = device.session.setting("sync.device")
        return mine is not None and relative.split("/")[1] in mine

    # -- what people do ----------------------------------------------------------------------

    @rule(n=st.integers(0, DEVICES - 1), pick=st.integers(0, 1000))
    def write_new(self, n: int, pick: int) -> None:
        """A new entry, unless the computer has a few already: then an edit (few entries,
        so edits on different computers meet often)."""
        if len(self.entries_on(n)) >= 3:
            self.edit(n, pick, "append", 0)
        else:
            self.devices[n].write(self.line())

    @rule(n=st.integers(0, DEVICES - 1), pick=st.integers(0, 1000), how=st.sampled_from(
        ["append", "prepend", "rewrite"]), line=st.integers(0, 20))
    def edit(self, n: int, pick: int, how: str, line: int) -> None:
        uuids = self.entries_on(n)
        if not uuids:
            self.devices[n].write(self.line())
            return
        device = self.devices[n]
        uuid = uuids[pick % len(uuids)]
        lines = (device.body(uuid) or "").splitlines(keepends=True)
        new = self.line()
        if how == "append" or not lines:
            lines.append(new)
        elif how == "prepend":
            lines.insert(0, new)
        else:
            at = line % len(lines)
            self.removed.update(MARKER.findall(lines[at]))
            lines[at] = new
        device.write("".join(lines), uuid=uuid)

    @rule(n=st.integers(0, DEVICES - 1), pick=st.integers(0, 1000))
    def trash(self, n: int, pick: int) -> None:
        uuids = self.entries_on(n)
        if uuids:
            self.devices[n].session.trash(uuids[pick % len(uuids)])

    @rule(n=st.integers(0, DEVICES - 1))
    def restore_all(self, n: int) -> None:
        session = self.devices[n].session
        for summary in session.trashed_entries():
            session.restore(summary.uuid)

    @rule(n=st.integers(0, DEVICES - 1))
    def empty_trash(self, n: int) -> None:
        session = self.devices[n].session
        for summary in session.trashed_entries():
            self.removed.update(MARKER.findall(self.devices[n].body(summary.uuid) or ""))
        session.empty_trash()

    # -- what the sync tool does -------------------------------------------------------------

    @rule(n=st.integers(0, DEVICES - 1))
    def sync(self, n: int) -> None:
        self.sync_device(n)
        self.harvest(n)

    @precondition(lambda self: bool(self.network))
    @rule(n=st.integers(0, DEVICES - 1), pick=st.integers(0, 10_000),
          how=st.sampled_from(["whole", "whole", "half", "conflict copy"]))
    def deliver(self, n: int, pick: int, how: str) -> None:
        relative = sorted(self.network)[pick % len(self.network)]
        if self.own(n, relative):
            return  # a sync tool never brings a computer its own files back changed
        data = self.network[relative]
        target = self.devices[n].folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if how == "half":
            target.write_bytes(data[: len(data) // 2])
        elif how == "conflict copy" and relative.endswith(".ejc"):
            target.with_name(target.name.replace(".ejc", ".sync-conflict-20260101-0-X.ejc")
                             ).write_bytes(data)
        else:
            target.write_bytes(data)

    @rule(n=st.integers(0, DEVICES - 1))
    def deliver_all_and_sync(self, n: int) -> None:
        """A sync tool that caught up with everything for one computer."""
        self.bring_everything(n)
        self.sync(n)

    def bring_everything(self, n: int) -> None:
        for relative, data in self.network.items():
            if not self.own(n, relative):
                target = self.devices[n].folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists() or target.read_bytes() != data:
                    target.write_bytes(data)

    # -- the check ---------------------------------------------------------------------------

    def exchange_everything(self) -> None:
        for _ in range(8):
            before = dict(self.network)
            for n in range(DEVICES):
                self.bring_everything(n)
                self.sync_device(n)
                self.harvest(n)
            if self.network == before:
                return
        raise AssertionError("syncing never settled: computers keep writing new versions")

    @invariant()
    def nothing_is_lost_and_all_converge(self) -> None:
        if self.markers % 7 != 6:  # a full exchange now and then, and always at the end
            return
        self.check()

    def check(self) -> None:
        self.exchange_everything()
        first = self.devices[0].records()
        for device in self.devices[1:]:
            assert device.records() == first
        present = set()
        for payload in first["entry"].values():
            present.update(MARKER.findall(payload["body"]))
        missing = self.written - self.removed - present
        assert not missing, f"edits lost: {sorted(missing)}"


class CheckedAtTheEnd(SyncMachine):
    def teardown(self) -> None:
        try:
            self.check()
        finally:
            super().teardown()


_FAST = settings(max_examples=15, stateful_step_count=30, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])
_SLOW = settings(max_examples=300, stateful_step_count=60, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])

TestThreeComputers = CheckedAtTheEnd.TestCase
TestThreeComputers.settings = _FAST


@pytest.mark.slow
class TestThreeComputersLonger(CheckedAtTheEnd.TestCase):  # type: ignore[name-defined,misc]
    settings = _SLOW


# -- the same three computers, encrypted, while the passphrase changes ---------------------------

CANARY = "Quetzalcoatl"  # in every line written; never in any byte of the folder
REAL_KDF_ITER, FAST_KDF_ITER = 256_000, 2_000  # SQLCipher's rounds: the default, and for tests


def _set_default_kdf_iter(rounds: int) -> None:
    """SQLCipher's key derivation rounds for journals opened from now on (this process only)."""
    connection = sqlcipher3.connect(":memory:")
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {rounds}")
    connection.close()


def conflict_original(name: str) -> str:
    """The name of the file a sync tool's conflict copy was made of."""
    return re.sub(r"\.sync-conflict-[^.]*", "", name)


class EncryptedSyncMachine(CheckedAtTheEnd):
    """Three encrypted journals with one passphrase; the person changes it on one computer and
    types the newest one on another, in any order between edits, syncs and deliveries.

    A computer that does not know a file's key applies nothing of it, says how many files wait,
    and reads them once it knows the passphrase; no file in the folder ever holds plain text. At
    the end every computer learns the newest passphrase, and the plain machine's check holds.
    """

    # One journal id for every example: the folder key of each passphrase is a memory-hard
    # derivation from it, done once per run (derive_key's cache) instead of once per example.
    JOURNAL_ID = "5b7d1f2e-3c4a-4e8b-9f60-7a1d2c3b4e5f"
    MOST_PASSPHRASES = 6

    def __init__(self) -> None:
        _set_default_kdf_iter(FAST_KDF_ITER)
        self.passphrases = ["passphrase 0"]
        self.knows = [self.passphrases[0]] * DEVICES  # the passphrase of each computer's journal
        super().__init__()
        for n in range(DEVICES):  # setting sync up: every computer syncs once
            self.sync(n)

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            _set_default_kdf_iter(REAL_KDF_ITER)

    def open_device(self, n: int) -> Device:
        return Device(self.root / f"view-{n}", self.root / f"journal-{n}.sqlite",
                      passphrase=self.knows[n])

    def line(self) -> str:
        return f"{CANARY} {self.marker()}\n"

    def key_id(self, passphrase: str) -> str:
        return derive_key(passphrase, folder_salt(self.JOURNAL_ID)).key_id

    def device_id(self, n: int) -> str | None:
        stored = self.devices[n].session.setting("sync.device")
        return None if stored is None else str(json.loads(stored)["id"])

    def unreadable(self, n: int) -> set[tuple[str, str]]:
        """Other computers' files in n's view sealed with a key n's journal never had."""
        known = {key.key_id for key in known_keys(self.devices[n].session.journal.db)}
        known.add(self.key_id(self.knows[n]))
        place, mine = JournalFolder(self.devices[n].folder, self.JOURNAL_ID), self.device_id(n)
        found = set()
        for device in place.devices():
            if device == mine:
                continue
            for path in place.files(device):
                named = header_key_id(path.read_bytes()[:1024])
                if named is not None and named not in known:
                    found.add((device, path.name))
        return found

    def assert_sealed(self, paths: list[Path]) -> None:
        """No file holds the canary, and every change file and snapshot is sealed."""
        for path in paths:
            data = path.read_bytes()
            assert CANARY.encode() not in data, f"plain text in the folder: {path.name}"
            if path.name != DESCRIPTION and data.startswith(MAGIC):
                header = json.loads(data[len(MAGIC):data.index(b"\n", len(MAGIC))])
                assert header["cipher"] == CIPHER and header["key"], path.name

    # -- what the person does with the passphrase --------------------------------------------

    @precondition(lambda self: len(self.passphrases) < self.MOST_PASSPHRASES)
    @rule(n=st.integers(0, DEVICES - 1))
    def change_passphrase(self, n: int) -> None:
        """Passphrase ▸ Change on computer n, from the passphrase it has to a new one."""
        new = f"passphrase {len(self.passphrases)}"
        self.become(n, new)
        self.passphrases.append(new)

    @rule(n=st.integers(0, DEVICES - 1))
    def learn_passphrase(self, n: int) -> None:
        """The person gives computer n's journal the newest passphrase (what the warning asks)."""
        if self.knows[n] != self.passphrases[-1]:
            self.become(n, self.passphrases[-1])

    def become(self, n: int, passphrase: str) -> None:
        problem = self.devices[n].session.safety.change_encryption(
            "change", self.knows[n], passphrase)
        assert problem is None, problem
        self.knows[n] = passphrase

    # -- syncing, checked --------------------------------------------------------------------

    def sync_device(self, n: int) -> None:
        device = self.devices[n]
        waiting = self.unreadable(n)
        if waiting:
            event("a computer synced with files waiting for a newer passphrase")
        outcome = device.sync()
        assert outcome.report.other_passphrase == len(waiting)
        told = any("another computer changed the journal's passphrase" in warning
                   for warning in outcome.warnings)
        assert told == bool(waiting), outcome.warnings
        assert not outcome.report.unopenable, outcome.warnings
        read = set(device.session.journal.db.execute("SELECT device, name FROM sync_files"))
        assert not waiting & read  # nothing of them applied: they are read once it can
        own = device.folder / self.JOURNAL_ID
        self.assert_sealed([own / DESCRIPTION, *JournalFolder(
            device.folder, self.JOURNAL_ID).files(outcome.device_id)])

    @invariant()
    def nothing_is_lost_and_all_converge(self) -> None:
        """The full exchange of the plain machine, now and then when every computer knows the
        newest passphrase (before that, some files wait in the folder)."""
        if self.markers % 7 == 6 and len(set(self.knows)) == 1:
            self.check()

    def check(self) -> None:
        for n in range(DEVICES):
            self.learn_passphrase(n)
        super().check()
        # What no computer can read is only what its writer has since folded into a snapshot
        # sealed with the newest key (the sync tool here never passes deletions on).
        views = {self.device_id(n): self.devices[n].folder for n in range(DEVICES)}
        for n in range(DEVICES):
            place = JournalFolder(self.devices[n].folder, self.JOURNAL_ID)
            for device, name in self.unreadable(n):
                kept = JournalFolder(views[device], self.JOURNAL_ID).files(device)
                assert conflict_original(name) not in {p.name for p in kept}, (device, name)
            self.assert_sealed([p for p in place.path.rglob("*") if p.is_file()])


_ENCRYPTED_FAST = settings(max_examples=5, stateful_step_count=25, deadline=None,
                           suppress_health_check=[HealthCheck.too_slow])
_ENCRYPTED_SLOW = settings(max_examples=200, stateful_step_count=50, deadline=None,
                           suppress_health_check=[HealthCheck.too_slow])

TestThreeEncryptedComputers = EncryptedSyncMachine.TestCase
TestThreeEncryptedComputers.settings = _ENCRYPTED_FAST


@pytest.mark.slow
class TestThreeEncryptedComputersLonger(EncryptedSyncMachine.TestCase):  # type: ignore[name-defined,misc]
    settings = _ENCRYPTED_SLOW
