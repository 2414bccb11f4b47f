"""One sync of a journal with its folder: read what arrived, send what changed, merge, apply.

Runs inside the caller's transaction (the session's write), so a sync is applied whole or
not at all; this device's change file is written (and fsynced) before that transaction
commits, so a crash in between loses nothing: the next sync reads its own file back and finds
the journal already holding what the file says.

The model (see docs/sync.md): every saved state of a record is a version with an id, a
hybrid logical clock, its payload (None: removed for good) and the versions it supersedes.
A record's heads are its versions no other version supersedes. One head (or heads with equal
payloads): that is the record. Several: a conflict, merged three-way against their nearest
common ancestor; what cannot be merged is kept, for an entry as a linked conflict copy. A
removal never beats an edit made without seeing it: the edit stays.
"""

from __future__ import annotations

import json
import secrets
import time
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.translation import _
from empathy_journal.storage.sql import settings_value, store_setting
from empathy_journal.storage.sync_schema import CONFLICT_SOURCE
from empathy_journal.sync.files import (
    FolderKey,
    IncompleteFile,
    UnopenableFile,
    decode,
    encode,
    header_key_id,
    write_whole,
)
from empathy_journal.sync.folder import (
    SNAPSHOT_SUFFIX,
    JournalFolder,
    change_file_name,
    sequence_of,
    snapshot_name,
)
from empathy_journal.sync.merge import combine_text, merge_payloads
from empathy_journal.sync.records import (
    KINDS,
    TEXT_FIELDS,
    Payload,
    apply_payload,
    canonical,
    entry_day,
    payload_hash,
    read_payloads,
    revision_of,
)
from empathy_journal.sync.shared_records import SHARED_KINDS

if TYPE_CHECKING:
    from sqlite_utils import Database

SEQ_KEY, CLOCK_KEY, SEALED_KEY = "sync.seq", "sync.clock", "sync.sealed_with"
CONFLICT_NAMESPACE = uuid_module.UUID("5b0f3c52-6a43-4c1e-9a59-5f1f8d7e2c11")
COMPACT_AFTER = 200  # own change files before a snapshot replaces them
_MAX_PASSES = 6
PROGRESS_EVERY = 50  # records (or files) between two progress calls

# Called with (what is being done, how many done, how many in all) during a sync; it may
# raise (SyncCancelled) to stop the sync, which the caller's transaction then rolls back.
Progress = Callable[[str, int, int], None]


class SyncCancelled(Exception):
    """A sync stopped before it was done (the person pressed Cancel, or a write came first)."""


def _no_progress(step: str, done: int, total: int) -> None:
    return None


@dataclass
class SyncReport:
    """What one sync did."""

    received: int = 0  # versions from other computers, new to this journal
    sent: int = 0  # versions this computer wrote
    merged: int = 0  # records whose concurrent edits were merged
    conflicts: int = 0  # conflict copies made (edits that touched the same part)
    devices: int = 1  # computers writing to this journal's folder, this one included
    waiting: int = 0  # files not complete yet (still arriving): read on a later sync
    unopenable: int = 0  # whole files this passphrase does not open
    other_passphrase: int = 0  # files sealed under a passphrase this journal never had
    written: Path | None = None
    changed: dict[str, set[str]] = field(default_factory=dict)  # kind → keys applied here
    days: set[date] = field(default_factory=set)  # local dates whose entries changed here
    conflict_copies: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)


@dataclass(frozen=True)
class Version:
    """One version as stored in ``sync_versions``."""

    vid: str
    kind: str
    key: str
    parents: tuple[str, ...]
    device: str
    clock: int
    revision: int
    payload: Payload | None
    hash: str

    def to_file(self) -> dict[str, Any]:
        """The version as a change file carries it."""
        return {"vid": self.vid, "kind": self.kind, "key": self.key,
                "parents": list(self.parents), "device": self.device, "clock": self.clock,
                "revision": self.revision, "payload": self.payload}


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Sync:
    """The state of one sync run (use :func:`run_sync`)."""

    def __init__(self, db: Database, folder: JournalFolder, device: str, key: FolderKey | None,
                 now_ms: Callable[[], int], progress: Progress = _no_progress,
                 keys: list[FolderKey] | None = None, legacy: FolderKey | None = None) -> None:
        self.db, self.folder, self.device, self.key, self.now_ms = db, folder, device, key, now_ms
        self.progress = progress
        # Every key this journal has had (a passphrase changed here or elsewhere), by id; a
        # file without a key id was sealed with the folder's first key (legacy).
        self.keys = {k.key_id: k for k in [*(keys or []), *([key] if key else [])]}
        self.legacy = legacy or key
        self.report = SyncReport()
        self.created: list[Version] = []
        self.clock = int(settings_value(db, CLOCK_KEY) or 0)

    # -- versions ----------------------------------------------------------------------------

    def tick(self) -> int:
        """The next hybrid logical clock value: wall time, never behind anything seen."""
        self.clock = max(self.now_ms(), self.clock + 1)
        return self.clock

    def store(self, version: Version) -> bool:
        """Keep a version; False when it was already known."""
        found = self.db.execute("SELECT hash FROM sync_versions WHERE vid = ?",
                                [version.vid]).fetchone()
        if found:
            return False
        self.db.execute(
            "INSERT INTO sync_versions (vid, kind, key, parents, device, clock, revision, "
            "payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [version.vid, version.kind, version.key, json.dumps(list(version.parents)),
             version.device, version.clock, version.revision,
             None if version.payload is None else canonical(version.payload), version.hash])
        self.clock = max(self.clock, version.clock)
        return True

    def create(self, kind: str, key: str, parents: list[str], payload: Payload | None,
               revision: int) -> Version:
        """A new version written by this device."""
        version = Version(secrets.token_hex(12), kind, key, tuple(sorted(parents)), self.device,
                          self.tick(), revision, payload, payload_hash(payload))
        self.store(version)
        self.created.append(version)
        self.report.sent += 1
        return version

    def history(self, kind: str, key: str) -> dict[str, Version]:
        """Every known version of a record."""
        rows = self.db.execute(
            "SELECT vid, parents, device, clock, revision, payload, hash FROM sync_versions "
            "WHERE kind = ? AND key = ?", [kind, key]).fetchall()
        return {r[0]: Version(r[0], kind, key, tuple(json.loads(r[1])), r[2], r[3], r[4],
                              None if r[5] is None else json.loads(r[5]), r[6]) for r in rows}

    @staticmethod
    def heads(history: dict[str, Version]) -> list[Version]:
        """The versions nothing supersedes."""
        superseded = {p for v in history.values() for p in v.parents}
        return [v for v in history.values() if v.vid not in superseded]

    def state(self, kind: str, key: str) -> tuple[list[str], str] | None:
        """The versions the stored row stands for and its hash then (None: never synced)."""
        row = self.db.execute("SELECT versions, hash FROM sync_records WHERE kind = ? AND "
                              "key = ?", [kind, key]).fetchone()
        return (json.loads(row[0]), row[1]) if row else None

    def set_state(self, kind: str, key: str, versions: list[str], digest: str) -> None:
        """Record what the stored row stands for now."""
        self.db.execute(
            "INSERT INTO sync_records (kind, key, versions, hash) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET versions = excluded.versions, "
            "hash = excluded.hash", [kind, key, json.dumps(sorted(versions)), digest])

    # -- 1: what arrived ---------------------------------------------------------------------

    def read_folder(self) -> tuple[set[tuple[str, str]], int]:
        """Store the versions of every file not read before; the records they touch and the
        highest sequence number this device has used in the folder."""
        known = {(r[0], r[1]) for r in self.db.execute("SELECT device, name FROM sync_files")}
        touched: set[tuple[str, str]] = set()
        own_seq = 0
        devices = self.folder.devices()
        self.report.devices = len(set(devices) | {self.device})
        listed = [(device, path) for device in devices for path in self.folder.files(device)]
        for done, (device, path) in enumerate(listed):
            if device == self.device:
                own_seq = max(own_seq, sequence_of(path.name) or 0)
            if (device, path.name) in known:
                continue
            self.progress(_("Reading changes from other computers"), done, len(listed))
            try:
                data = path.read_bytes()
                named = header_key_id(data)
                key = self.legacy if named is None else self.keys.get(named)
                if named is not None and key is None:
                    self.report.other_passphrase += 1
                    continue
                read = decode(data, key=key)
            except OSError:
                self.report.waiting += 1
                continue
            except IncompleteFile:
                self.report.waiting += 1
                continue
            except UnopenableFile:
                self.report.unopenable += 1
                continue
            if read.journal != self.folder.journal_id:
                self.report.unopenable += 1
                continue
            for raw in read.versions:
                version = _version_from_file(raw)
                if version is None:
                    continue
                if self.store(version):
                    touched.add((version.kind, version.key))
                    if version.device != self.device:
                        self.report.received += 1
            self.db.execute("INSERT OR REPLACE INTO sync_files (device, name, digest) "
                            "VALUES (?, ?, ?)", [device, path.name, read.digest])
        return touched, own_seq

    # -- 2: what changed here ----------------------------------------------------------------

    def send_local_changes(self) -> set[tuple[str, str]]:
        """A version for every record changed here since it was last synced."""
        dirty = self.db.execute("SELECT DISTINCT kind, key FROM sync_dirty").fetchall()
        self.db.execute("DELETE FROM sync_dirty")
        dirty += self.scan_shared()
        by_kind: dict[str, list[str]] = {}
        for kind, key in dirty:
            if kind in KINDS and key is not None:
                by_kind.setdefault(kind, []).append(str(key))
        touched: set[tuple[str, str]] = set()
        total, done = sum(len(keys) for keys in by_kind.values()), 0
        for kind in KINDS:
            keys = by_kind.get(kind, [])
            if not keys:
                continue
            payloads = read_payloads(self.db, kind, keys)
            states = self._states(kind, keys)
            for key in keys:
                if done % PROGRESS_EVERY == 0:
                    self.progress(_("Preparing this computer's changes"), done, total)
                done += 1
                payload, state = payloads.get(key), states.get(key)
                if payload is None and state is None:
                    continue  # never synced and gone, or not a synced record (a built-in)
                digest = payload_hash(payload)
                if state is not None and state[1] == digest:
                    continue
                heads = self.heads(self.history(kind, key))
                same = [v.vid for v in heads if v.hash == digest]
                if same:  # already sent (a sync cut short) or the same edit made elsewhere
                    self.set_state(kind, key, same, digest)
                else:
                    revision = revision_of(self.db, kind, key) if payload is not None else max(
                        (v.revision for v in heads), default=0) + 1
                    made = self.create(kind, key, state[0] if state else [], payload, revision)
                    self.set_state(kind, key, [made.vid], digest)
                touched.add((kind, key))
        return touched

    def scan_shared(self) -> list[tuple[str, str]]:
        """The shared records (own words, templates, shared settings: no triggers) that differ
        from what was last synced, removed ones included."""
        changed = []
        for kind in SHARED_KINDS:
            now = {key: payload_hash(p) for key, p in read_payloads(self.db, kind).items()}
            synced = dict(self.db.execute("SELECT key, hash FROM sync_records WHERE kind = ?",
                                          [kind]).fetchall())
            gone = payload_hash(None)
            changed += [(kind, key) for key, digest in now.items() if synced.get(key) != digest]
            changed += [(kind, key) for key, digest in synced.items()
                        if key not in now and digest != gone]
        return changed

    def _states(self, kind: str, keys: list[str]) -> dict[str, tuple[list[str], str]]:
        rows = self.db.execute(
            "SELECT key, versions, hash FROM sync_records WHERE kind = ? AND key IN "
            "(SELECT value FROM json_each(?))", [kind, json.dumps(keys)]).fetchall()
        return {r[0]: (json.loads(r[1]), r[2]) for r in rows}

    # -- 3: one record per heads -------------------------------------------------------------

    def resolve(self, kind: str, key: str) -> set[tuple[str, str]]:
        """Make the stored record what its heads say (merging them when they differ); the
        records created on the way (conflict copies), to be resolved too."""
        history = self.history(kind, key)
        heads = self.heads(history)
        if not heads:
            return set()
        groups: dict[str, list[Version]] = {}
        for head in heads:
            groups.setdefault(head.hash, []).append(head)
        more: set[tuple[str, str]] = set()
        if len(groups) == 1:
            (group,) = groups.values()
            target, vids = group[0], [v.vid for v in group]
        else:
            target, more = self._merge(kind, key, history, list(groups.values()))
            vids = [target.vid]
        self._apply(kind, key, target, vids)
        return more

    def _merge(self, kind: str, key: str, history: dict[str, Version],
               groups: list[list[Version]]) -> tuple[Version, set[tuple[str, str]]]:
        def rank(group: list[Version]) -> tuple[int, str, str]:
            best = max(group, key=lambda v: (v.clock, v.device, v.vid))
            return best.clock, best.device, best.vid

        ordered = sorted(groups, key=rank, reverse=True)  # the winner first
        heads = [v for g in ordered for v in g]
        live = [g[0] for g in ordered if g[0].payload is not None]
        created: set[tuple[str, str]] = set()
        revision = max(v.revision for v in heads) + 1
        if not live:  # cannot happen (tombstones are all equal), but never guess
            return self.create(kind, key, [v.vid for v in heads], None, revision), created
        result = dict(live[0].payload or {})
        for other in live[1:]:
            base = _nearest_common(history, live[0].vid, other.vid)
            merged, conflicts = merge_payloads(kind, base.payload if base else None, result,
                                               other.payload or {})
            if conflicts and kind == "entry":
                copy_key = str(uuid_module.uuid5(CONFLICT_NAMESPACE, f"{key} {other.vid}"))
                if not self.history("entry", copy_key):
                    self.create("entry", copy_key, [], _conflict_copy(other.payload or {},
                                                                      key, other.vid), 1)
                    self.report.conflicts += 1
                    self.report.conflict_copies.append((copy_key, key))
                    created.add(("entry", copy_key))
            elif conflicts:
                for name in conflicts:
                    if name in TEXT_FIELDS.get(kind, ()):
                        merged[name] = combine_text(result.get(name) or "",
                                                    (other.payload or {}).get(name) or "")
            result = merged
        if len(live) > 1:
            self.report.merged += 1
        return self.create(kind, key, [v.vid for v in heads], result, revision), created

    def _apply(self, kind: str, key: str, target: Version, vids: list[str]) -> None:
        state = self.state(kind, key)
        if state is not None and state[1] == target.hash:
            if sorted(state[0]) != sorted(vids):
                self.set_state(kind, key, vids, target.hash)
            return
        if state is None and target.payload is None:
            exists = read_payloads(self.db, kind, [key])
            if not exists:
                self.set_state(kind, key, vids, target.hash)
                return
        before = entry_day(self.db, key) if kind == "entry" else None
        apply_payload(self.db, kind, key, target.payload, target.revision)
        stored = read_payloads(self.db, kind, [key]).get(key)
        self.set_state(kind, key, vids, payload_hash(stored))
        self.report.changed.setdefault(kind, set()).add(key)
        if kind == "entry":
            after = entry_day(self.db, key)
            self.report.days.update(d for d in (before, after) if d is not None)

    # -- 4: sending --------------------------------------------------------------------------

    def write_file(self, own_seq: int) -> None:
        """This run's versions as the device's next change file (nothing new: no file)."""
        if not self.created:
            return
        seq = max(own_seq, int(settings_value(self.db, SEQ_KEY) or 0)) + 1
        folder = self.folder.device_folder(self.device)
        path = folder / change_file_name(seq)
        data = encode(self.folder.journal_id, self.device, seq,
                      [v.to_file() for v in self.created], key=self.key, seen=self.seen())
        write_whole(path, data)
        self.report.written = path
        self._remember_own(path.name, data)
        store_setting(self.db, SEQ_KEY, str(seq))
        if len(self.folder.files(self.device)) > COMPACT_AFTER:
            self.compact(seq)

    def _remember_own(self, name: str, data: bytes) -> None:
        digest = decode(data, key=self.key).digest
        self.db.execute("INSERT OR REPLACE INTO sync_files (device, name, digest) "
                        "VALUES (?, ?, ?)", [self.device, name, digest])

    def seen(self) -> dict[str, int]:
        """How far this journal has read each other computer's files (their highest number)."""
        seen: dict[str, int] = {}
        for device, name in self.db.execute("SELECT device, name FROM sync_files "
                                            "WHERE device != ?", [self.device]):
            seen[device] = max(seen.get(device, 0), sequence_of(name) or 0)
        return seen

    def acknowledged(self) -> int | None:
        """The highest of this device's file numbers that every other computer had read when it
        wrote a file, counting only its files without a gap before them (a later file may
        arrive before an earlier one); None when no other computer writes here."""
        others = [d for d in self.folder.devices() if d != self.device]
        if not others:
            return None
        lowest: int | None = None
        for device in others:
            best = covered = 0
            for path in self.folder.files(device):
                number = sequence_of(path.name) or 0
                snapshot = SNAPSHOT_SUFFIX in path.name
                if not snapshot and number > covered + 1:
                    break  # a file not here yet: what follows may not be all it read
                try:
                    read = self._decode_any(path.read_bytes())
                except (OSError, IncompleteFile, UnopenableFile):
                    break
                covered = max(covered, number)
                best = max(best, read.seen.get(self.device, 0))
            lowest = best if lowest is None else min(lowest, best)
        return lowest

    def _decode_any(self, data: bytes):
        named = header_key_id(data)
        key = self.legacy if named is None else self.keys.get(named)
        if named is not None and key is None:
            raise UnopenableFile("sealed with a passphrase this journal never had")
        return decode(data, key=key)

    def needed_versions(self, seq: int) -> set[str] | None:
        """Of this device's versions, those the snapshot must keep (None: all).

        A version goes when a later version of this device replaces it, every other computer
        had read the file holding that later one, and no other computer's version names it
        as a parent (it may be the common ancestor of a merge). Each journal keeps every
        version in its own tables, so merges here never miss one.
        """
        acked = self.acknowledged()
        limit = seq if acked is None else acked
        written_in: dict[str, int] = {}
        for path in self.folder.files(self.device):
            number = sequence_of(path.name) or 0
            try:
                read = self._decode_any(path.read_bytes())
            except (OSError, IncompleteFile, UnopenableFile):
                return None  # cannot tell what an own file holds: keep everything
            for raw in read.versions:
                if isinstance(raw, dict) and "vid" in raw:
                    written_in.setdefault(str(raw["vid"]), number)
        for version in self.created:
            written_in.setdefault(version.vid, seq)
        own, named_by_others, replaced = set(), set(), set()
        for vid, device, parents in self.db.execute(
                "SELECT vid, device, parents FROM sync_versions"):
            if device == self.device:
                if vid in written_in:  # (one left out of an earlier snapshot stays out)
                    own.add(vid)
                if written_in.get(vid, seq + 1) <= limit:
                    replaced.update(json.loads(parents))
            else:
                named_by_others.update(json.loads(parents))
        return own - (replaced - named_by_others)

    def compact(self, seq: int) -> Path:
        """Replace this device's files up to seq by one snapshot of the versions still needed.

        Every version another computer may still need is in the snapshot (needed_versions), so
        a computer that has not read the removed files reads what it needs there: nothing
        depends on the others having caught up.
        """
        keep = self.needed_versions(seq)
        rows = self.db.execute(
            "SELECT vid, kind, key, parents, device, clock, revision, payload FROM "
            "sync_versions WHERE device = ? ORDER BY clock, vid", [self.device]).fetchall()
        versions = [{"vid": r[0], "kind": r[1], "key": r[2], "parents": json.loads(r[3]),
                     "device": r[4], "clock": r[5], "revision": r[6],
                     "payload": None if r[7] is None else json.loads(r[7])} for r in rows
                    if keep is None or r[0] in keep]
        path = self.folder.device_folder(self.device) / snapshot_name(seq)
        data = encode(self.folder.journal_id, self.device, seq, versions, key=self.key,
                      kind="snapshot", seen=self.seen())
        write_whole(path, data)
        self._remember_own(path.name, data)
        for old in self.folder.files(self.device):
            number = sequence_of(old.name)
            if old != path and number is not None and number <= seq:
                old.unlink(missing_ok=True)
                self.db.execute("DELETE FROM sync_files WHERE device = ? AND name = ?",
                                [self.device, old.name])
        return path

    def reseal_own_files(self, own_seq: int) -> None:
        """After this journal's passphrase changed, fold its own files into one snapshot sealed
        with the new key, so a computer that knows only the new passphrase reads them all (the
        old files go; nothing in the folder is ever unsealed)."""
        if self.key is None or settings_value(self.db, SEALED_KEY) == self.key.key_id:
            return
        seq = max(own_seq, int(settings_value(self.db, SEQ_KEY) or 0))
        if seq and any(header_key_id(_head(p)) != self.key.key_id
                       for p in self.folder.files(self.device)):
            # A number of its own: a file once complete is never rewritten under its name (a
            # second change of passphrase with nothing new in between would reuse the last
            # snapshot's name, and the sync tools that pass on only new names never deliver it).
            self.compact(seq + 1)
            store_setting(self.db, SEQ_KEY, str(seq + 1))
        store_setting(self.db, SEALED_KEY, self.key.key_id)

    def clean_leftovers(self) -> None:
        """Remove this device's own half-written ``.NAME.tmp`` files (a sync cut off)."""
        folder = self.folder.device_folder(self.device)
        if folder.is_dir():
            for leftover in folder.glob(".*.tmp"):
                leftover.unlink(missing_ok=True)


def run_sync(db: Database, folder: JournalFolder, device: str, *, key: FolderKey | None,
             now_ms: Callable[[], int] = _wall_ms, progress: Progress = _no_progress,
             keys: list[FolderKey] | None = None, legacy: FolderKey | None = None
             ) -> SyncReport:
    """Sync the journal with its folder, inside the caller's transaction; progress hears how
    far it is (and may stop it by raising, before any file is written). keys are the journal's
    earlier folder keys (its passphrase changed), legacy the key of files without a key id."""
    sync = Sync(db, folder, device, key, now_ms, progress, keys, legacy)
    sync.folder.device_folder(device).mkdir(parents=True, exist_ok=True)  # counted from now on
    sync.clean_leftovers()
    touched, own_seq = sync.read_folder()
    for _pass in range(_MAX_PASSES):
        touched |= sync.send_local_changes()
        if not touched:
            break
        more: set[tuple[str, str]] = set()
        ordered = sorted(touched, key=lambda item: (KINDS.index(item[0]), item[1]))
        for done, (kind, key) in enumerate(ordered):
            if done % PROGRESS_EVERY == 0:
                progress(_("Bringing the changes together"), done, len(ordered))
            more |= sync.resolve(kind, key)
        touched = more
    progress(_("Writing this computer's changes"), 1, 1)
    sync.write_file(own_seq)
    sync.reseal_own_files(own_seq)
    store_setting(db, CLOCK_KEY, str(sync.clock))
    return sync.report


def _head(path: Path) -> bytes:
    """The first bytes of a file: its magic and header."""
    try:
        with path.open("rb") as handle:
            return handle.read(1024)
    except OSError:
        return b""


def _nearest_common(history: dict[str, Version], first: str, second: str) -> Version | None:
    """The latest version both first and second descend from (None: no common history)."""
    def ancestors(vid: str) -> set[str]:
        seen, todo = set(), [vid]
        while todo:
            current = todo.pop()
            if current in seen or current not in history:
                continue
            seen.add(current)
            todo.extend(history[current].parents)
        return seen

    common = ancestors(first) & ancestors(second)
    if not common:
        return None
    # Of the common ancestors, those no other common ancestor descends from; the latest wins.
    inner = {p for vid in common for p in ancestors(vid) if p != vid}
    nearest = [history[v] for v in common - inner] or [history[v] for v in common]
    return max(nearest, key=lambda v: (v.clock, v.device, v.vid))


def _conflict_copy(payload: Payload, original: str, vid: str) -> Payload:
    """The other side of an entry's conflict, kept whole as an entry of its own."""
    copy = json.loads(canonical(payload))
    title = copy.get("title") or ""
    copy["title"] = f"{title} (conflict copy)" if title else "Conflict copy"
    copy["source_app"], copy["source_id"] = CONFLICT_SOURCE, f"{original} {vid}"
    return copy


def _version_from_file(raw: Any) -> Version | None:
    """A version read from a file, or None when it is not well formed (never trusted)."""
    try:
        kind, key = str(raw["kind"]), str(raw["key"])
        payload = raw["payload"]
        if kind not in KINDS or not key or not (payload is None or isinstance(payload, dict)):
            return None
        parents = tuple(str(p) for p in raw["parents"])
        return Version(str(raw["vid"]), kind, key, parents, str(raw["device"]),
                       int(raw["clock"]), int(raw["revision"]), payload, payload_hash(payload))
    except (KeyError, TypeError, ValueError):
        return None
