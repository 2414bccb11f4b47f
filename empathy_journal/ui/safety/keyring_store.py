"""Remembering a journal's passphrase in the system keyring, quietly doing nothing without one.

``keyring`` is a dependency: Secret Service on Linux (GNOME Keyring, KeePassXC, KWallet 6),
Keychain on macOS, Credential Locker on Windows. When no backend answers (no D-Bus session, no
keyring daemon, a minimal container) the unlock dialog simply does not offer to remember.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

SERVICE = "empathy-journal"

# Backends that keep secrets in an ordinary file (keyrings.alt's plaintext and file-encrypted
# ones): a passphrase written there would undo the journal's encryption, so they count as none.
_FILE_BACKEND_PACKAGES = ("keyrings.alt",)


def _secure(backend: Any) -> bool:
    from keyring.backends.fail import Keyring as FailKeyring

    if isinstance(backend, FailKeyring) or getattr(backend, "priority", 1) <= 0:
        return False
    package = type(backend).__module__
    return not any(package == name or package.startswith(name + ".") for name in _FILE_BACKEND_PACKAGES)


def _backend() -> Any | None:
    """The keyring backend to use, or None when none is usable (never raises).

    keyring's chainer (several backends at once) is looked into and its best secure backend
    used on its own, so a refused write can never fall through to a file backend.
    """
    try:
        import keyring

        chosen = keyring.get_keyring()
        candidates = getattr(chosen, "backends", None)
        if candidates is None:
            return chosen if _secure(chosen) else None
        return next((backend for backend in candidates if _secure(backend)), None)
    except Exception:  # no package, no D-Bus, a locked or broken backend: all mean "none"
        return None


def _account(journal_path: Path) -> str:
    return hashlib.sha256(str(journal_path.resolve()).encode()).hexdigest()[:32]


def keyring_available() -> bool:
    """True when the passphrase can be remembered on this system."""
    return _backend() is not None


def remembered_passphrase(journal_path: Path) -> str | None:
    """The remembered passphrase of a journal, or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _account(journal_path))
    except Exception:
        return None


def remember_passphrase(journal_path: Path, passphrase: str) -> bool:
    """Store the passphrase in the keyring; False when there is no keyring to store it in."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _account(journal_path), passphrase)
    except Exception:
        return False
    return True


def forget_passphrase(journal_path: Path) -> None:
    """Remove a remembered passphrase (nothing happens when there is none)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _account(journal_path))
    except Exception:
        return
