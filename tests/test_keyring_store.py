"""Remembering the passphrase: used when a keyring exists, quietly skipped when none does."""

from __future__ import annotations

import importlib
import importlib.metadata
import subprocess
import sys
import types
from pathlib import Path

import pytest
from cli_journal import NEW_ENV, PASS_ENV, run_in

from empathy_journal.ui.safety import keyring_store


class _FailKeyring:
    priority = 0


class _MemoryKeyring:
    priority = 5

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, account: str) -> str | None:
        return self.saved.get((service, account))

    def set_password(self, service: str, account: str, password: str) -> None:
        self.saved[service, account] = password

    def delete_password(self, service: str, account: str) -> None:
        del self.saved[service, account]


class _FileKeyring(_MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: a file on disk, never to hold a passphrase."""

    __module__ = "keyrings.alt.file"
    priority = 1


class _LockedKeyring(_MemoryKeyring):
    def get_password(self, service: str, account: str) -> str | None:
        raise RuntimeError("the collection is locked and the prompt was dismissed")

    def set_password(self, service: str, account: str, password: str) -> None:
        raise RuntimeError("the collection is locked and the prompt was dismissed")


class _Chainer:
    """Stands for keyring.backends.chainer.ChainerBackend: its viable backends, best first."""

    priority = 10

    def __init__(self, *backends: object) -> None:
        self.backends = list(backends)


def _install_fake_keyring(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    root = types.ModuleType("keyring")
    backends = types.ModuleType("keyring.backends")
    fail = types.ModuleType("keyring.backends.fail")
    fail.Keyring = _FailKeyring  # type: ignore[attr-defined]
    root.get_keyring = lambda: backend  # type: ignore[attr-defined]
    for name, module in (("keyring", root), ("keyring.backends", backends),
                         ("keyring.backends.fail", fail)):
        monkeypatch.setitem(sys.modules, name, module)


def test_without_a_keyring_nothing_is_remembered_and_nothing_fails(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # the package cannot be imported
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


def test_a_keyring_in_a_plain_file_is_never_used(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    backend = _FileKeyring()
    _install_fake_keyring(monkeypatch, backend)
    assert not keyring_store.keyring_available()
    assert keyring_store.remember_passphrase(tmp_path / "journal.sqlite", "secret") is False
    assert backend.saved == {}


def test_of_several_keyrings_the_best_secure_one_is_used_alone(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secure, in_a_file = _MemoryKeyring(), _FileKeyring()
    _install_fake_keyring(monkeypatch, _Chainer(in_a_file, _FailKeyring(), secure))
    assert keyring_store.remember_passphrase(tmp_path / "journal.sqlite", "secret")
    assert list(secure.saved.values()) == ["secret"] and in_a_file.saved == {}
    _install_fake_keyring(monkeypatch, _Chainer(in_a_file))
    assert not keyring_store.keyring_available()


def test_a_locked_keyring_that_refuses_is_quietly_not_used(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _install_fake_keyring(monkeypatch, _LockedKeyring())
    journal = tmp_path / "journal.sqlite"
    assert keyring_store.remember_passphrase(journal, "secret") is False
    assert keyring_store.remembered_passphrase(journal) is None


def test_keyring_is_installed_with_the_app() -> None:
    """A fresh `pip install` brings keyring and, on Linux, its Secret Service backend."""
    requirements = importlib.metadata.requires("empathy-journal") or []
    assert any(requirement.split(";")[0].startswith("keyring") for requirement in requirements)
    # Every platform's backend module imports anywhere (each checks its platform when asked).
    importlib.import_module("keyring.backends.macOS")
    importlib.import_module("keyring.backends.Windows")
    if sys.platform.startswith("linux"):
        secret_service = importlib.import_module("keyring.backends.SecretService")
        assert secret_service.secretstorage is not None, "SecretStorage (and jeepney) missing"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux's keyring")
def test_the_real_keyring_without_a_session_bus_is_quietly_unavailable(tmp_path: Path) -> None:
    """No D-Bus session (CI, a container, ssh): keyring finds no backend, nothing is offered."""
    code = ("from pathlib import Path; from empathy_journal.ui.safety import keyring_store as k; "
            "p = Path('journal.sqlite'); "
            "print(k.keyring_available(), k.remember_passphrase(p, 's'), k.remembered_passphrase(p))")
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}  # no DBUS_SESSION_BUS_ADDRESS
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=60, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, "False False None\n", "")


def test_the_command_line_passphrase_change_updates_a_remembered_passphrase(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    backend = _MemoryKeyring()
    _install_fake_keyring(monkeypatch, backend)
    journal = data_dir / "journal.sqlite"
    monkeypatch.setenv(PASS_ENV, "first secret")
    assert run_in(data_dir, "passphrase", "set") == 0
    assert keyring_store.remembered_passphrase(journal) is None  # nothing was remembered
    keyring_store.remember_passphrase(journal, "first secret")  # as the unlock dialog does

    monkeypatch.setenv(NEW_ENV, "second secret")
    assert run_in(data_dir, "passphrase", "change") == 0
    assert keyring_store.remembered_passphrase(journal) == "second secret"
    assert "keyring was updated" in capsys.readouterr().out

    monkeypatch.setenv(PASS_ENV, "second secret")
    assert run_in(data_dir, "passphrase", "remove") == 0
    assert backend.saved == {}
    assert "keyring was forgotten" in capsys.readouterr().out


def test_a_change_without_a_remembered_passphrase_leaves_the_keyring_alone(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    backend = _MemoryKeyring()
    _install_fake_keyring(monkeypatch, backend)
    monkeypatch.setenv(PASS_ENV, "first secret")
    assert run_in(data_dir, "passphrase", "set") == 0
    monkeypatch.setenv(NEW_ENV, "second secret")
    assert run_in(data_dir, "passphrase", "change") == 0
    assert backend.saved == {} and "keyring" not in capsys.readouterr().out
