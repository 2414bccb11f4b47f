"""HelpWindow: F1 help in the journal's own look: the three journeys, then the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from empathy_journal import APP_NAME

JOURNEYS_HELP = """<h2>Using your journal</h2>
<p>Everything stays on this computer and saves as you type. There is no Save button.</p>
<h3>In the evening (about three minutes)</h3>
<ol><li>The journal opens on today, with the cursor in the text. A prompt above it offers a
question; <i>Another prompt</i> changes it.</li>
<li>Write. Markdown works: <code># heading</code>, <code>**bold**</code>, <code>*italic*</code>,
<code>- lists</code> (Return continues them), <code>#tags</code>.</li>
<li>On the right, rate mood, energy and stress; pick a few precise emotion words (search, or
choose a corner of the mood meter: pleasant or unpleasant, high or low energy); tick the
practices you did today.</li></ol>
<h3>After a hard conversation (about five minutes)</h3>
<p><b>New conversation debrief</b> opens a form beside the text: who, what happened, what you
felt, what they might have felt (the amber section), what they needed, what you heard them say,
what you would do differently, and a follow-up. Later, in <b>People</b>, record whether your
guess about their feelings was right.</p>
<h3>At the end of the month (about ten minutes)</h3>
<p><b>Insights</b> shows mood and stress over the month, the year day by day, your most
frequent emotions and theirs, and what helped. Click a point to open that day. Export the
month as a PDF or Markdown report.</p>
<h3>If something goes wrong</h3>
<p>Deleted entries go to the trash first (Undo appears for a few seconds). File ▸ Backups
lists the verified copies of your journal; restoring one keeps the current journal aside.</p>
"""


class HelpWindow(QDialog):
    """A themed, non-modal window with the journeys and the shortcut table."""

    def __init__(self, shortcuts_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} help")
        self.setModal(False)
        self.text = QTextBrowser(objectName="HelpText")
        self.text.setAccessibleName("Help")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(JOURNEYS_HELP + shortcuts_html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(round(line * 44), round(line * 40))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
