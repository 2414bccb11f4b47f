"""A private Xvfb server for the end-to-end window tests (the smoke test and the bundle's)."""

from __future__ import annotations

import os
import select
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

START_TIMEOUT_S = 20


@contextmanager
def xvfb_display() -> Iterator[str]:
    """Run Xvfb on a free display number and yield it, e.g. ``":3"``."""
    reader, writer = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(writer), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(writer,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(writer)
    try:
        ready, _, _ = select.select([reader], [], [], START_TIMEOUT_S)
        number = os.read(reader, 32).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not report a display number"
        yield f":{number}"
    finally:
        os.close(reader)
        server.terminate()
        server.wait(timeout=10)
