"""Bulk work (reading or writing a whole import) without pauses of the cyclic garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Hold the cyclic garbage collector off for the block (as it was after).

    A 50-year import makes some 100,000 entries, dicts and lists that are all still in use,
    and the collector went through them again and again as they were made (about a tenth of
    the import); they hold no cycles, so nothing is left for it to find. Reference counting
    frees everything as usual meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
