"""PassphraseDialog: encrypt the journal, change its passphrase or remove encryption; auto-lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.preferences import AUTO_LOCK_MINUTES
from empathy_journal.ui.safe_text import plain_label

# run(action, current, new) performs "set", "change" or "remove"; None on success, else why not.
Run = Callable[[str, "str | None", "str | None"], "str | None"]

def _password_field(name: str) -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """The journal's encryption settings; each action reports its result inline."""

    def __init__(self, *, encrypted: bool, run: Run, auto_lock_minutes: int,
                 can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.encrypted = encrypted
        self.setWindowTitle(self.tr("Passphrase and lock"))
        self.current = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.confirm = _password_field(self.tr("New passphrase again"))
        self.remember = QCheckBox(self.tr("Remember it in this computer's keyring"))
        self.remember.setVisible(can_remember)
        self.auto_lock = QSpinBox(minimum=0, maximum=AUTO_LOCK_MINUTES.stop - 1,
                                  suffix=self.tr(" min"), value=auto_lock_minutes)
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        form = self.form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Again"), self.confirm)
        form.addRow("", self.remember)
        form.addRow(self.tr("Lock after idle"), self.auto_lock)
        self.message = plain_label(wordWrap=True)
        self.message.setAccessibleName(self.tr("Passphrase result"))
        self.message.hide()
        buttons = QDialogButtonBox()
        self.primary = QPushButton(objectName="Primary")
        buttons.addButton(self.primary, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove = QPushButton(self.tr("Remove encryption"))
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.primary.clicked.connect(self.apply_new_passphrase)
        self.remove.clicked.connect(self.remove_encryption)
        layout = QVBoxLayout(self)
        forgotten = self.tr("A forgotten passphrase cannot be recovered by anyone. Without it the "
                            "journal and its backups cannot be read.")
        layout.addWidget(QLabel(forgotten, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show_state()

    def _show_state(self) -> None:
        """Fields and buttons for the journal as it is now: encrypted or not."""
        self.form.setRowVisible(self.current, self.encrypted)
        self.primary.setText(self.tr("Change passphrase") if self.encrypted
                             else self.tr("Encrypt journal"))
        self.remove.setVisible(self.encrypted)

    def apply_new_passphrase(self) -> None:
        """Encrypt (or re-key) with the new passphrase once both fields agree."""
        new, again = self.new.text(), self.confirm.text()
        if not new:
            self._say(self.tr("Type a new passphrase."))
            return
        if new != again:
            self._say(self.tr("The two new passphrases differ. Nothing was changed."))
            return
        action = "change" if self.encrypted else "set"
        self._finish(action, self._run(action, self.current.text() or None, new))

    def remove_encryption(self) -> None:
        """Store the journal unencrypted again (needs the current passphrase)."""
        self._finish("remove", self._run("remove", self.current.text() or None, None))

    def _finish(self, action: str, problem: str | None) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()
        if problem is not None:
            self._say(problem)
            return
        self.encrypted = action != "remove"
        self._show_state()
        self._say({"set": self.tr("The journal and its backups are now encrypted."),
                   "change": self.tr("The passphrase was changed for the journal and its "
                                     "backups."),
                   "remove": self.tr("The journal and its backups are stored unencrypted "
                                     "again.")}[action])

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
