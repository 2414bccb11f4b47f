"""An older journal opened in the window shows the progress of its schema update."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from empathy_journal.storage.migrations import applied_migration_names, known_migration_names
from empathy_journal.ui.safety.migration_progress import MigrationProgress
from empathy_journal.ui.safety.safe_start import start_journal

FIXTURES = Path(__file__).parent / "fixtures"


def _started(path: Path, progress: MigrationProgress) -> list[str]:
    started = start_journal(path, can_ask=False, progress=progress)
    try:
        assert started.journal.repository.entry_count() == 3  # every fixture entry kept
        return applied_migration_names(started.journal.db)
    finally:
        started.journal.close()
        if started.instance is not None:
            started.instance.release()


def test_the_search_index_rebuild_of_an_older_journal_is_shown(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURES / "journal-0005_coping_technique_minutes.sqlite", path)
    progress = MigrationProgress()
    assert _started(path, progress) == known_migration_names()
    whats = {what for what, _, _ in progress.seen}
    assert whats == {"Updating the search index"}
    assert progress.seen[-1][1] == progress.seen[-1][2] > 0  # it ended at 100 %
    assert progress.dialog is None  # closed once done


def test_a_current_journal_shows_no_progress(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURES / "journal-0005_coping_technique_minutes.sqlite", path)
    _started(path, MigrationProgress())  # brought up to date once
    progress = MigrationProgress()
    _started(path, progress)
    assert progress.seen == [] and progress.dialog is None


def test_the_dialog_says_what_happens_and_cannot_be_cancelled(qtbot: QtBot) -> None:
    progress = MigrationProgress()
    progress("Updating the search index", 3, 10)
    dialog = progress.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.labelText().startswith("Updating the search index for this version")
    assert "a copy was made first" in dialog.labelText()
    assert (dialog.value(), dialog.maximum()) == (3, 10)
    progress("Updating the search index", 10, 10)
    assert progress.dialog is None
