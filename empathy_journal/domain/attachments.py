"""Photos and files attached to an entry: the record, size limits, safe names, sniffed types."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from empathy_journal.domain.translation import _, decimal, ngettext

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_ENTRY_BYTES = 100 * 1024 * 1024
MAX_NAME_CHARS = 120
UNREADABLE_NAME = "unreadable attachment"
OTHER_TYPE = "application/octet-stream"

# Leading bytes → media type; the extension of a name is never trusted for what a file is.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"fLaC", "audio/flac"),
)
EXTENSIONS = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/bmp": ".bmp",
    "image/webp": ".webp", "image/heic": ".heic", "image/tiff": ".tif",
    "application/pdf": ".pdf", "application/zip": ".zip", "audio/ogg": ".ogg",
    "audio/mpeg": ".mp3", "audio/flac": ".flac", "audio/wav": ".wav", "audio/mp4": ".m4a",
    "video/mp4": ".mp4", "video/quicktime": ".mov", "text/plain": ".txt",
}
# Image types this app draws itself (thumbnails and the viewer).
SHOWN_IMAGES = frozenset({"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"})
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


class AttachmentRefused(ValueError):
    """A file that cannot be attached; ``str(error)`` is a whole sentence saying nothing was."""


@dataclass(frozen=True)
class AttachmentFile:
    """A file to attach as it arrives (a drop, a paste, an import): a name and its bytes.

    ``uuid`` and ``created_utc`` are kept when given (an Empathy Journal export, a sync).
    """

    file_name: str
    data: bytes
    uuid: str | None = None
    created_utc: datetime | None = None


@dataclass(frozen=True)
class Attachment:
    """One file attached to an entry, without its bytes (they are read on demand).

    ``readable`` is False for a stored row whose values or bytes do not check out; such a
    row shows as "unreadable attachment" and can still be removed.
    """

    uuid: str
    entry_id: int
    file_name: str
    media_type: str
    byte_size: int
    sha256: str
    created_utc: datetime | None
    readable: bool = True

    @property
    def is_image(self) -> bool:
        """True for a photo this app can show."""
        return self.readable and self.media_type in SHOWN_IMAGES

    @property
    def shown_name(self) -> str:
        """The name to show (the unreadable label for a damaged row)."""
        return self.file_name if self.readable else UNREADABLE_NAME


def digest(data: bytes) -> str:
    """The SHA-256 of data, as stored beside the bytes."""
    return hashlib.sha256(data).hexdigest()


def _iso_media(data: bytes) -> str | None:
    brand = data[8:12]
    if data[4:8] != b"ftyp":
        return None
    if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
        return "image/heic"
    if brand in (b"qt  ",):
        return "video/quicktime"
    if brand in (b"M4A ", b"M4B "):
        return "audio/mp4"
    return "video/mp4"


def sniff_media_type(data: bytes) -> str:
    """The media type the bytes say they are (application/octet-stream when they say nothing)."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    iso = _iso_media(data)
    if iso:
        return iso
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < 4090:  # not merely a character cut at the end of the sample
            return OTHER_TYPE
    return "text/plain" if data and b"\x00" not in data[:4096] else OTHER_TYPE


def safe_file_name(name: str, media_type: str = OTHER_TYPE) -> str:
    """A name safe to show and to write as one file anywhere: no folders, no control or
    reserved characters, not hidden, at most MAX_NAME_CHARS; "attachment" plus the type's
    extension when nothing is left."""
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip().strip(".").strip()
    if not base or set(base) <= {"_"}:
        base = "attachment" + EXTENSIONS.get(media_type, "")
    if len(base) > MAX_NAME_CHARS:
        stem, dot, extension = base.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            base = stem[:MAX_NAME_CHARS - len(extension) - 1] + "." + extension
        else:
            base = base[:MAX_NAME_CHARS]
    return base


def size_text(byte_size: int) -> str:
    """A size as people read it: 812 bytes, 14 KB, 3.2 MB."""
    if byte_size < 1024:
        return ngettext("{count} byte", "{count} bytes", byte_size).format(count=byte_size)
    if byte_size < 1024 * 1024:
        return _("{size} KB").format(size=f"{byte_size / 1024:.0f}")
    return _("{size} MB").format(size=decimal(byte_size / (1024 * 1024)))


def check_size(name: str, byte_size: int, entry_total: int) -> None:
    """Refuse a file over MAX_FILE_BYTES, or one that takes the entry over MAX_ENTRY_BYTES."""
    if byte_size == 0:
        raise AttachmentRefused(_("“{name}” is empty, so it was not attached. Nothing was "
                                  "attached.").format(name=name))
    if byte_size > MAX_FILE_BYTES:
        raise AttachmentRefused(
            _("“{name}” is {size}; a file can be at most {most}. Nothing was attached.").format(
                name=name, size=size_text(byte_size), most=size_text(MAX_FILE_BYTES)))
    if entry_total + byte_size > MAX_ENTRY_BYTES:
        raise AttachmentRefused(
            _("“{name}” ({size}) would take this entry's attachments over {most}. Nothing was "
              "attached.").format(name=name, size=size_text(byte_size),
                                  most=size_text(MAX_ENTRY_BYTES)))
