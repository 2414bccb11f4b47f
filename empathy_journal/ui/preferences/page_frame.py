"""The frame every Preferences page shares: a title, a line saying what the page is for, the
form, why it cannot be changed now (when it cannot), and what went wrong with a change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from empathy_journal.ui.safe_text import plain_label
from empathy_journal.ui.widgets.form_parts import hint_label


class PreferencesPage(QWidget):
    """One page of Preferences; its fields go in ``form`` through :meth:`add_row`."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        heading = QLabel(title, objectName="PageTitle")
        self.intro = hint_label(intro)
        self.reason_label = plain_label(wordWrap=True, objectName="PageReason")
        self.reason_label.setAccessibleName(self.tr("Why these cannot be changed now"))
        self.reason_label.hide()
        self.body = QFrame(objectName="Card")
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(18, 16, 18, 16)
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = plain_label(wordWrap=True, objectName="ErrorText")
        self.problem.setAccessibleName(self.tr("What went wrong"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(8)
        for part in (heading, self.intro, self.reason_label, self.body, self.problem):
            layout.addWidget(part)
        layout.addStretch(1)

    def add_row(self, label: str, field: QWidget, hint: str | None = None, *,
                buddy: QWidget | None = None) -> None:
        """A labelled field, with a grey line under it when hint is given; the label's access
        key moves to buddy (by default the field)."""
        text = QLabel(label)
        text.setBuddy(buddy or field)
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        if hint is not None:
            inner.addWidget(hint_label(hint))
        self.form.addRow(text, column)

    def set_reason(self, reason: str | None) -> None:
        """Disable the form and say why (None: it can be changed)."""
        self.body.setEnabled(reason is None)
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(reason is not None)

    def say_problem(self, problem: str | None) -> None:
        """Say what went wrong with the last change (None: nothing did)."""
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
