"""Remembering the passphrase: used when a keyring exists, quietly skipped when none does."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from empathy_journal.ui.safety import keyring_store


class _FailKeyring:
    priority = 0


class _MemoryKeyring:
    priority = 5

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}


def _install_fake_keyring(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    root = types.ModuleType("keyring")
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = _FailKeyring  # type: ignore[attr-defined]
    root.get_keyring = lambda: backend  # type: ignore[attr-defined]
    store = getattr(backend, "saved", {})
    root.get_password = lambda service, account: store.get((service, account))  # type: ignore[attr-defined]
    root.set_password = lambda s, a, p: store.__setitem__((s, a), p)  # type: ignore[attr-defined]
    root.delete_password = lambda s, a: store.pop((s, a))  # type: ignore[attr-defined]
    for name, module in (("keyring", root), ("keyring.backends", backends),
                         ("keyring.backends.fail", fail)):
        monkeypatch.setitem(sys.modules, name, module)


def test_without_a_keyring_nothing_is_remembered_and_nothing_fails(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # the package is not installed
    journal = tmp_path / "journal.sqlite"
    assert not keyring_store.keyring_available()
    assert keyring_store.remember_passphrase(journal, "secret") is False
    assert keyring_store.remembered_passphrase(journal) is None
    keyring_store.forget_passphrase(journal)


def test_a_failing_backend_counts_as_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_keyring(monkeypatch, _FailKeyring())
    assert not keyring_store.keyring_available()


def test_a_working_keyring_remembers_and_forgets(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backend = _MemoryKeyring()
    _install_fake_keyring(monkeypatch, backend)
    journal = tmp_path / "journal.sqlite"
    assert keyring_store.remember_passphrase(journal, "secret")
    assert keyring_store.remembered_passphrase(journal) == "secret"
    [(service, account)] = backend.saved
    assert service == "empathy-journal" and str(tmp_path) not in account
    keyring_store.forget_passphrase(journal)
    assert keyring_store.remembered_passphrase(journal) is None
    keyring_store.forget_passphrase(journal)  # forgetting twice is fine
