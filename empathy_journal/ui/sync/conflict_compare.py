"""The calm conflict banner and the side-by-side compare of an entry's two versions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.entry import Entry
from empathy_journal.session.sync_state import plain_title
from empathy_journal.ui.dates import clock_time, long_date, short_date
from empathy_journal.ui.safe_text import escaped, plain_label


def entry_name(entry: Entry) -> str:
    """How the banner names an entry: its title, else its day."""
    title = plain_title(entry.title).strip()
    return title or QCoreApplication.translate("ConflictCompareDialog", "The entry of {day}").format(
        day=long_date(entry.local_date))


class ConflictBanner(QFrame):
    """A quiet strip over the text while conflict copies wait: the sentence and Compare."""

    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.setAccessibleName(self.tr("Sync conflict"))
        self.text = plain_label(wordWrap=True)
        self.compare = QPushButton(self.tr("Compare"))
        self.compare.setObjectName("Primary")
        self.compare.clicked.connect(self.compare_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def banner_text(self, names: list[str]) -> str:
        """``Sam's talk was edited on two computers`` (or how many were)."""
        if len(names) == 1:
            return self.tr("{name} was edited on two computers").format(name=names[0])
        return self.tr("%n entries were edited on two computers", "", len(names))

    def show_names(self, names: list[str]) -> None:
        """Show the banner for these entries (none: hide it)."""
        if not names:
            self.hide()
            return
        self.text.setText(self.tr("{conflict} — both versions are kept. Compare them and "
                                  "choose when you like.").format(conflict=self.banner_text(names)))
        self.show()


def _ratings(entry: Entry) -> str:
    rated = ((QCoreApplication.translate("ConflictCompareDialog", "mood {value}"), entry.mood),
             (QCoreApplication.translate("ConflictCompareDialog", "energy {value}"), entry.energy),
             (QCoreApplication.translate("ConflictCompareDialog", "stress {value}"), entry.stress))
    parts = [text.format(value=value) for text, value in rated if value is not None]
    return " · ".join(parts) or QCoreApplication.translate("ConflictCompareDialog", "no ratings")


def _feelings(entry: Entry, words: dict[str, str]) -> str:
    return ", ".join(f"{words.get(tag.emotion_id, tag.emotion_id)} {tag.intensity}"
                     for tag in entry.emotions) or QCoreApplication.translate(
        "ConflictCompareDialog", "none")


def version_html(entry: Entry, other: Entry, tint: str, words: dict[str, str]) -> str:
    """One version for the compare: what it says, its lines the other lacks tinted."""
    import difflib  # here: the banner is built at start-up, the compare only when opened

    mine, theirs = entry.body.splitlines(), other.body.splitlines()
    matcher = difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False)
    lines = []
    for tag, first, last, _, _ in matcher.get_opcodes():
        for line in mine[first:last]:
            text = escaped(line) or "&nbsp;"
            if tag == "equal":
                lines.append(f"<p style='margin:0'>{text}</p>")
            else:
                lines.append(f"<p style='margin:0; background:{tint}'>{text}</p>")
    untitled = escaped(QCoreApplication.translate("ConflictCompareDialog", "no title"))
    title = escaped(plain_title(entry.title)) or f"<i>{untitled}</i>"
    saved = ""
    if entry.updated_utc:
        local = entry.updated_utc.astimezone()
        saved = escaped(QCoreApplication.translate("ConflictCompareDialog", "Saved {day}, {time}")
                        .format(day=short_date(local.date()), time=clock_time(local)))
    about = QCoreApplication.translate("ConflictCompareDialog", "{ratings} · feelings: {feelings}")
    about = about.format(ratings=_ratings(entry), feelings=_feelings(entry, words))
    return (f"<h3 style='margin-bottom:2px'>{title}</h3><p style='margin-top:0'><small>{saved}"
            f"<br>{escaped(about)}</small></p>" + "".join(lines))


class ConflictCompareDialog(QDialog):
    """The entry and its conflict copy side by side; Keep this one / Keep both / Later.

    ``keep(choice)`` gets "original", "copy" or "both" and returns an error sentence or None.
    """

    def __init__(self, original: Entry, copy: Entry, keep: Callable[[str], str | None],
                 tint: str, words: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keep = keep
        self.setWindowTitle(self.tr("Compare the two versions"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr("{name} was changed on two computers before they had seen each other's "
                    "change, in the same place. Both versions are kept until you choose; lines "
                    "only one version has are tinted.").format(name=entry_name(original)),
            wordWrap=True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        self.original_view, self.keep_original = self._column(
            columns, self.tr("In the entry"), version_html(original, copy, tint, words))
        self.copy_view, self.keep_copy = self._column(
            columns, self.tr("In the conflict copy"), version_html(copy, original, tint, words))
        layout.addLayout(columns, 1)
        self.problem = plain_label(wordWrap=True)
        self.problem.hide()
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        hint = QLabel(self.tr("The version you do not keep goes to the trash (you can restore "
                              "it)."), objectName="Hint", wordWrap=True)
        row.addWidget(hint, 1)
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.keep_both.setToolTip(self.tr("Keep the copy as an entry of its own"))
        self.later = QPushButton(self.tr("Decide later"))
        row.addWidget(self.keep_both)
        row.addWidget(self.later)
        layout.addLayout(row)
        self.keep_original.clicked.connect(lambda: self._choose("original"))
        self.keep_copy.clicked.connect(lambda: self._choose("copy"))
        self.keep_both.clicked.connect(lambda: self._choose("both"))
        self.later.clicked.connect(self.reject)

    def _column(self, columns: QHBoxLayout, heading: str, html: str
                ) -> tuple[QTextBrowser, QPushButton]:
        column = QVBoxLayout()
        column.addWidget(QLabel(heading, objectName="SectionTitle"))
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.document().setDocumentMargin(12)
        view.setHtml(html)
        column.addWidget(view, 1)
        button = QPushButton(self.tr("Keep this one"))
        button.setObjectName("Primary")
        column.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        columns.addLayout(column, 1)
        return view, button

    def _choose(self, choice: str) -> None:
        problem = self._keep(choice)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()
