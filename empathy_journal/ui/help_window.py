"""HelpWindow: F1 help in the journal's own look: the three journeys, then the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from empathy_journal import APP_NAME

# The page's blocks: (tag, sentence); the sentences are translated when the page is made, the
# markup around them stays here ("ol" holds the list's items).
JOURNEYS = (
    ("h2", QT_TRANSLATE_NOOP("HelpWindow", "Using your journal")),
    ("p", QT_TRANSLATE_NOOP("HelpWindow", "Everything stays on this computer and saves as you "
                            "type. There is no Save button.")),
    ("h3", QT_TRANSLATE_NOOP("HelpWindow", "In the evening (about three minutes)")),
    ("ol", (
        QT_TRANSLATE_NOOP("HelpWindow", "The journal opens on today, with the cursor in the "
                          "text. A prompt above it offers a question; <i>Another prompt</i> "
                          "changes it."),
        QT_TRANSLATE_NOOP("HelpWindow", "Write. Markdown works: <code># heading</code>, "
                          "<code>**bold**</code>, <code>*italic*</code>, <code>- lists</code> "
                          "(Return continues them), <code>#tags</code>."),
        QT_TRANSLATE_NOOP("HelpWindow", "On the right, rate mood, energy and stress; pick a "
                          "few precise emotion words (search, or choose a corner of the mood "
                          "meter: pleasant or unpleasant, high or low energy); tick the "
                          "practices you did today."),
    )),
    ("h3", QT_TRANSLATE_NOOP("HelpWindow", "After a hard conversation (about five minutes)")),
    ("p", QT_TRANSLATE_NOOP("HelpWindow", "<b>New conversation debrief</b> opens a form beside "
                            "the text: who, what happened, what you felt, what they might have "
                            "felt (the amber section), what they needed, what you heard them "
                            "say, what you would do differently, and a follow-up. Later, in "
                            "<b>People</b>, record whether your guess about their feelings was "
                            "right.")),
    ("h3", QT_TRANSLATE_NOOP("HelpWindow", "At the end of the month (about ten minutes)")),
    ("p", QT_TRANSLATE_NOOP("HelpWindow", "<b>Insights</b> shows mood and stress over the "
                            "month, the year day by day, your most frequent emotions and "
                            "theirs, and what helped. Click a point to open that day. Export "
                            "the month as a PDF or Markdown report.")),
    ("h3", QT_TRANSLATE_NOOP("HelpWindow", "If something goes wrong")),
    ("p", QT_TRANSLATE_NOOP("HelpWindow", "Deleted entries go to the trash first (Undo appears "
                            "for a few seconds). File ▸ Backups lists the verified copies of "
                            "your journal; restoring one keeps the current journal aside.")),
)


def journeys_help() -> str:
    """The three journeys and what to do when something goes wrong, in the window's language."""
    parts = []
    for tag, text in JOURNEYS:
        if isinstance(text, tuple):
            items = "".join(f"<li>{QCoreApplication.translate('HelpWindow', item)}</li>"
                            for item in text)
            parts.append(f"<ol>{items}</ol>")
        else:
            parts.append(f"<{tag}>{QCoreApplication.translate('HelpWindow', text)}</{tag}>")
    return "".join(parts)


class HelpWindow(QDialog):
    """A themed, non-modal window with the journeys and the shortcut table."""

    def __init__(self, shortcuts_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} help").format(app=APP_NAME))
        self.setModal(False)
        self.text = QTextBrowser(objectName="HelpText")
        self.text.setAccessibleName(self.tr("Help"))
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(journeys_help() + shortcuts_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(round(line * 44), round(line * 40))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
