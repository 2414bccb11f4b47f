"""Remembering a journal's passphrase in the system keyring, quietly doing nothing without one."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

SERVICE = "empathy-journal"


def _keyring() -> Any | None:
    """The keyring module when a usable backend exists, else None (never raises)."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as FailKeyring

        backend = keyring.get_keyring()
        if isinstance(backend, FailKeyring) or getattr(backend, "priority", 1) <= 0:
            return None
        return keyring
    except Exception:  # no package, no D-Bus, a locked or broken backend: all mean "none"
        return None


def _account(journal_path: Path) -> str:
    return hashlib.sha256(str(journal_path.resolve()).encode()).hexdigest()[:32]


def keyring_available() -> bool:
    """True when the passphrase can be remembered on this system."""
    return _keyring() is not None


def remembered_passphrase(journal_path: Path) -> str | None:
    """The remembered passphrase of a journal, or None."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, _account(journal_path))
    except Exception:
        return None


def remember_passphrase(journal_path: Path, passphrase: str) -> bool:
    """Store the passphrase in the keyring; False when there is no keyring to store it in."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, _account(journal_path), passphrase)
    except Exception:
        return False
    return True


def forget_passphrase(journal_path: Path) -> None:
    """Remove a remembered passphrase (nothing happens when there is none)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, _account(journal_path))
    except Exception:
        return
