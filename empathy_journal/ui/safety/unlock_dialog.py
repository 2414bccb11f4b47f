"""UnlockDialog: asks for an encrypted journal's passphrase at start, and says when it is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.ui.safe_text import escaped, plain_label

# attempt(passphrase) returns None when the journal opened, else a plain reason to show.
Attempt = Callable[[str], "str | None"]


class UnlockDialog(QDialog):
    """Passphrase entry that stays open (with the reason shown) until an attempt succeeds."""

    def __init__(self, journal_name: str, attempt: Attempt, *, can_remember: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(self.tr("Unlock your journal"))
        intro = QLabel(self.tr("{name} is encrypted. Enter its passphrase to open it.").format(
            name=f"<b>{escaped(journal_name)}</b>"))
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setVisible(can_remember)
        self.error_label = plain_label(wordWrap=True, objectName="ErrorText")
        self.error_label.setAccessibleName(self.tr("Unlock problem"))
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        self.unlock_button.setObjectName("Primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        for widget in (intro, self.passphrase_edit, self.remember, self.error_label, buttons):
            layout.addWidget(widget)
        # Wide enough for a sentence, and growing downwards with a long error (never clipped).
        self.setMinimumWidth(round(self.fontMetrics().averageCharWidth() * 56))
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinAndMaxSize)
        self.passphrase = ""

    def try_unlock(self) -> None:
        """Try the typed passphrase; accept on success, else show why and let them retry."""
        typed = self.passphrase_edit.text()
        if not typed:
            self._show_error(self.tr("Type the passphrase first."))
            return
        problem = self._attempt(typed)
        if problem is None:
            self.passphrase = typed
            self.accept()
            return
        self.passphrase_edit.clear()
        self._show_error(problem)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.passphrase_edit.setFocus()
