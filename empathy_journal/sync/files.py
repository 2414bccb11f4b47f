"""Change files and snapshots: one writer each, written whole, checksummed, maybe encrypted.

A file is ``MAGIC``, one header line of JSON (journal id, device id, sequence number, body
length and SHA-256, cipher), then the body: zlib-compressed JSON ``{"versions": [...]}``,
or, for an encrypted journal, a random 12-byte nonce and that text sealed with
ChaCha20-Poly1305 under the folder key, with the magic and header as associated data (a
file cannot be passed off under another journal, device or number). Nothing in a header
says anything about the journal's content, names or dates.

Writing is ``.NAME.tmp`` → fsync → rename, so a reader never sees a file of ours half
written; a file still arriving through a sync tool fails its length or checksum and is
ignored until it is complete.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"EJSYNC1\n"
CIPHER = "chacha20poly1305"
NONCE_BYTES = 12
# scrypt with 64 MiB of memory: slow to guess on any hardware, a fraction of a second here.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 16, 8, 1


class SyncFileError(Exception):
    """A file in the sync folder that cannot be used (yet)."""


class IncompleteFile(SyncFileError):
    """Not (yet) a whole file: still arriving, cut off, or not one of ours."""


class UnopenableFile(SyncFileError):
    """A whole file that this key does not open: another passphrase, or altered."""


@dataclass(frozen=True)
class FolderKey:
    """The key that seals a journal's files in the folder."""

    key: bytes

    def check_value(self) -> str:
        """A value that shows whether a passphrase is right without revealing anything."""
        return hmac.new(self.key, b"empathy-journal sync key check", hashlib.sha256).hexdigest()

    @property
    def key_id(self) -> str:
        """The short name of this key in the headers of the files it seals (reveals nothing)."""
        return hmac.new(self.key, b"empathy-journal sync key id", hashlib.sha256).hexdigest()[:16]


def header_key_id(data: bytes) -> str | None:
    """The key id a file's header names (None: a plain file, or one written before key ids)."""
    if not data.startswith(MAGIC):
        return None
    end = data.find(b"\n", len(MAGIC))
    try:
        value = json.loads(data[len(MAGIC):end if end >= 0 else len(data)]).get("key")
    except (ValueError, AttributeError):
        return None
    return str(value) if value else None


def folder_salt(journal_id: str) -> bytes:
    """The scrypt salt of a journal: fixed by its random id, so every computer derives the same
    key and writes the same ``journal.json`` even when two of them write it at once."""
    return hashlib.sha256(b"empathy-journal sync salt\0" + journal_id.encode()).digest()[:16]


@lru_cache(maxsize=8)
def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> FolderKey:
    """The folder key from a passphrase (scrypt, memory-hard)."""
    key = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                         maxmem=256 * n * r + 1024 * 1024)
    return FolderKey(key)


@dataclass(frozen=True)
class SyncFile:
    """What one file holds."""

    journal: str
    device: str
    seq: int
    kind: str
    versions: list[dict[str, Any]]
    digest: str
    seen: dict[str, int]  # the writer had read every device's files up to these numbers


def encode(journal: str, device: str, seq: int, versions: list[dict[str, Any]], *,
           key: FolderKey | None, kind: str = "changes", seen: dict[str, int] | None = None
           ) -> bytes:
    """The bytes of a change file (or snapshot) holding versions (and, sealed with them, how
    far the writer had read the other computers' files)."""
    body: dict[str, Any] = {"versions": versions}
    if seen:
        body["seen"] = seen
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")
    packed = zlib.compress(text, 6)
    header = {"journal": journal, "device": device, "seq": seq, "kind": kind,
              "cipher": CIPHER if key else None}
    if key is not None:
        header["key"] = key.key_id
    if key is not None:
        nonce = secrets.token_bytes(NONCE_BYTES)
        # The length and checksum are of the sealed body, so they go in after sealing; the
        # associated data is the header without them.
        aad = MAGIC + json.dumps(header, sort_keys=True).encode()
        body = nonce + ChaCha20Poly1305(key.key).encrypt(nonce, packed, aad)
    else:
        body = packed
    header.update(length=len(body), sha256=hashlib.sha256(body).hexdigest())
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + body


def decode(data: bytes, *, key: FolderKey | None) -> SyncFile:
    """What a file holds; IncompleteFile while it is not whole, UnopenableFile when the key
    does not open it."""
    if not data.startswith(MAGIC):
        raise IncompleteFile("not a change file")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise IncompleteFile("no header")
    try:
        header = json.loads(data[len(MAGIC):end])
        length, digest = int(header.pop("length")), str(header.pop("sha256"))
        journal, device, seq = str(header["journal"]), str(header["device"]), int(header["seq"])
        kind = str(header.get("kind", "changes"))
    except (ValueError, KeyError, TypeError) as error:
        raise IncompleteFile(f"unreadable header ({error})") from None
    body = data[end + 1:]
    if len(body) != length or hashlib.sha256(body).hexdigest() != digest:
        raise IncompleteFile("length or checksum does not match (still arriving?)")
    if header.get("cipher"):
        if key is None:
            raise UnopenableFile("the file is encrypted and this journal is not")
        aad = MAGIC + json.dumps(header, sort_keys=True).encode()
        try:
            packed = ChaCha20Poly1305(key.key).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:],
                                                       aad)
        except InvalidTag:
            raise UnopenableFile("this passphrase does not open the file") from None
    else:
        if key is not None:
            raise UnopenableFile("the file is not encrypted, but the journal is")
        packed = body
    try:
        content = json.loads(zlib.decompress(packed))
        versions = content["versions"]
        seen = {str(k): int(v) for k, v in dict(content.get("seen") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error) as error:
        raise UnopenableFile(f"the content cannot be read ({error})") from None
    return SyncFile(journal, device, seq, kind, versions, digest, seen)


def write_whole(path: Path, data: bytes) -> None:
    """Write ``.NAME.tmp``, fsync it, rename it to NAME and fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough there
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
