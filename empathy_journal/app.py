"""Composition root of the window: QApplication, the journal, the main window."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (filled in by the foundation's UI work)."""
    raise NotImplementedError
