"""Three computers, one folder carried by a pretend sync tool that delivers files late, out of
order, half-written or as conflict copies: every edit survives (as the entry, inside a merge,
or as a conflict copy) and all three end with the same journal.

Each edit writes a marker word no one wrote before. A marker may only go missing when a
computer that had it removed it on purpose (rewrote its line, or emptied the trash holding
it). After delivering everything and syncing until nobody writes anything new, every other
marker ever written must be in some entry of every journal, and the journals must be equal.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid as uuid_module
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sync_devices import Device

from empathy_journal.sync.records import read_payloads

DEVICES = 3
MARKER = re.compile(r"\bm\d+\b")


class SyncMachine(RuleBasedStateMachine):
    """The rules are what people and sync tools do; the check is a full exchange."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        journal_id = str(uuid_module.uuid4())
        self.devices = []
        for n in range(DEVICES):
            device = Device(self.root / f"view-{n}")
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

    def marker(self) -> str:
        self.markers += 1
        name = f"m{self.markers}"
        self.written.add(name)
        return name

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
            self.devices[n].write(f"{self.marker()}\n")

    @rule(n=st.integers(0, DEVICES - 1), pick=st.integers(0, 1000), how=st.sampled_from(
        ["append", "prepend", "rewrite"]), line=st.integers(0, 20))
    def edit(self, n: int, pick: int, how: str, line: int) -> None:
        uuids = self.entries_on(n)
        if not uuids:
            self.devices[n].write(f"{self.marker()}\n")
            return
        device = self.devices[n]
        uuid = uuids[pick % len(uuids)]
        lines = (device.body(uuid) or "").splitlines(keepends=True)
        new = f"{self.marker()}\n"
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
        self.devices[n].sync()
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
                self.devices[n].sync()
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
