"""Shared fixtures: offscreen Qt, fresh journals, and the automatic ``gui`` marker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# Tests read English whatever this machine speaks; tests/test_translations.py switches to German.
os.environ["EMPATHY_JOURNAL_LANGUAGE"] = "en"
# keyring is a dependency: no test may read or write the developer's real keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from empathy_journal.storage.journal import Journal

# The data_dir fixture (a two-entry journal for the safety commands) lives in cli_journal.py.
pytest_plugins = ["cli_journal"]

GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "main_window"}
# Tests that run only when the -m expression names their marker: the crash loops and the
# bundle build (a separate step of .ci/run each).
OPT_IN_MARKERS = ("slow", "bundle")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui`` so ``-m 'not gui'`` runs the rest,
    and leave ``slow`` and ``bundle`` tests out unless the ``-m`` expression names them
    (``-m slow``, ``-m bundle``)."""
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
    for marker in OPT_IN_MARKERS:
        if marker in config.getoption("markexpr", ""):
            continue
        left_out = [item for item in items if item.get_closest_marker(marker)]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = [item for item in items if not item.get_closest_marker(marker)]


@pytest.fixture
def memory_journal() -> Iterator[Journal]:
    """A journal in memory, with the built-in vocabulary."""
    journal = Journal.open(None)
    yield journal
    journal.close()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a file-backed test journal lives."""
    return tmp_path / "data" / "journal.sqlite"


@pytest.fixture
def file_journal(journal_path: Path) -> Iterator[Journal]:
    """A journal in a real file (WAL, synchronous=FULL)."""
    journal = Journal.open(journal_path)
    yield journal
    journal.close()


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Speak German below the window (gettext) for one test; English again after it."""
    from empathy_journal.domain.translation import use_language

    monkeypatch.delenv("EMPATHY_JOURNAL_LANGUAGE", raising=False)
    assert use_language("de") == "de"
    yield
    use_language("en")


@pytest.fixture
def window_in_german(qapp, german: None) -> Iterator[None]:
    """The window speaks German for one test (both catalogs), English again after it."""
    from PySide6.QtCore import QLocale

    from empathy_journal.ui.translators import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


_ENGLISH: list[object] = []  # the English plural catalog, installed once for the whole run


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application speaking English as the app does: with the English catalog's
    plural forms ("1 entry" from "%n entries")."""
    from empathy_journal.ui.translators import install_translators

    if not _ENGLISH:
        _ENGLISH.extend(install_translators(qapp, "en"))
    return qapp
