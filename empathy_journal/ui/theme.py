"""Calm light and dark palettes, one style sheet, and mood colours shared by every widget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from empathy_journal.domain.resources import resource_path
from empathy_journal.insights.theme import MINE_DARK, MINE_LIGHT, THEIRS, mood_hex, mood_ramp


@dataclass(frozen=True)
class Theme:
    """The colours of one theme."""

    name: str
    window: str
    surface: str
    raised: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    danger: str
    ok: str
    selection: str
    mine: str = MINE_LIGHT      # my feelings: the charts' "mine" colour
    theirs: str = THEIRS        # what they might have felt: the charts' "theirs" colour
    disabled: str = "#a9aeb2"   # text of a control that cannot be used now
    disabled_fill: str = "#ece8e1"

    @property
    def dark(self) -> bool:
        """True for the dark theme."""
        return self.name == "dark"


LIGHT = Theme("light", window="#f4f1ec", surface="#fbfaf7", raised="#ffffff", text="#2b2f33",
              muted="#6f767d", accent="#3f7f78", accent_text="#ffffff", border="#e2ddd4",
              danger="#b4543a", ok="#3f7f78", selection="#d5e8e4")
DARK = Theme("dark", window="#1d2124", surface="#23282b", raised="#2a3034", text="#e6e3de",
             muted="#9aa2a8", accent="#6fb3a9", accent_text="#10211f", border="#343b40",
             danger="#e08a6f", ok="#6fb3a9", selection="#2f4a47", mine=MINE_DARK,
             disabled="#5f676d", disabled_fill="#202427")


def mood_colours(theme: Theme) -> tuple[str, ...]:
    """Mood 1–10 from low to high in theme: the one ramp of the window and the charts
    (``insights.theme.mood_ramp``), vermillion to blue, light enough on a dark window."""
    return mood_ramp(theme.dark)


def mood_colour(mood: float | None, theme: Theme | None = None) -> QColor | None:
    """The colour for a (mean) mood 1–10 in theme (the current one), or None when not rated."""
    if mood is None:
        return None
    return QColor(mood_hex(mood, (theme or current_theme()).dark))


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark theme (Qt 6.5+ colour scheme hint)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def palette_for(theme: Theme) -> QPalette:
    """A QPalette so native parts (menus, scroll bars) follow the theme."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window, QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.raised, QPalette.ColorRole.AlternateBase: theme.surface,
        QPalette.ColorRole.Text: theme.text, QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text, QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.raised, QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted, QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


HEADING_SCALE = 1.7  # the day heading, relative to the application font (17 pt at 10 pt)
TITLE_SCALE = 1.4    # the entry title (14 pt at 10 pt)


def base_point_size(app: QApplication) -> float:
    """The application font's size in points (from pixels at 96 dpi when set in pixels)."""
    font = app.font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return font.pixelSize() * 0.75 if font.pixelSize() > 0 else 10.0


def style_sheet(theme: Theme, base_pt: float = 10.0) -> str:
    """The application style sheet: generous spacing, soft borders, readable type.

    Font sizes are multiples of base_pt, the application font, so text follows the system
    font size (a style sheet size in fixed points would not).
    """
    t = theme
    icons = {name: _icon(name, theme) for name in ("check", "up", "down", "left", "right")}
    heading_pt, title_pt = round(base_pt * HEADING_SCALE, 1), round(base_pt * TITLE_SCALE, 1)
    return f"""
    QMainWindow, QWidget#JournalPage {{ background: {t.window}; }}
    QToolBar {{ background: {t.window}; border: none; padding: 6px 10px; spacing: 6px; }}
    QToolBar QToolButton {{ padding: 5px 10px; border-radius: 6px; color: {t.text}; }}
    QToolBar QToolButton:hover {{ background: {t.selection}; }}
    QToolBar QToolButton:checked {{ background: {t.selection}; color: {t.text}; }}
    QFrame#Card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
    QLabel#SectionTitle {{ color: {t.muted}; font-weight: 600; letter-spacing: 0.5px; }}
    QLabel#DayHeading {{ font-size: {heading_pt}pt; font-weight: 600; color: {t.text}; }}
    QLabel#Muted, QLabel#Hint {{ color: {t.muted}; }}
    QLabel#Prompt {{ color: {t.muted}; font-style: italic; }}
    QLineEdit#TitleEdit {{ font-size: {title_pt}pt; font-weight: 600; border: none;
        background: transparent; padding: 4px 0; color: {t.text}; }}
    QPlainTextEdit#BodyEdit {{ border: none; background: transparent; color: {t.text};
        selection-background-color: {t.selection}; selection-color: {t.text}; }}
    QLineEdit, QSpinBox, QDateEdit, QComboBox {{ background: {t.raised}; color: {t.text};
        border: 1px solid {t.border}; border-radius: 6px; padding: 4px 6px; }}
    QLineEdit:focus, QSpinBox:focus, QComboBox:focus {{ border: 1px solid {t.accent}; }}
    QListView, QListWidget {{ background: transparent; border: none; outline: none; }}
    QPushButton {{ background: {t.raised}; color: {t.text}; border: 1px solid {t.border};
        border-radius: 6px; padding: 5px 12px; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus {{ border: 1px solid {t.accent}; }}
    QPushButton#Primary {{ background: {t.accent}; color: {t.accent_text}; border: none; }}
    QToolButton#Flat {{ border: none; color: {t.muted}; padding: 2px 6px; border-radius: 4px; }}
    QToolButton#Flat:hover {{ background: {t.selection}; color: {t.text}; }}
    QSlider::groove:horizontal {{ height: 4px; background: {t.border}; border-radius: 2px; }}
    QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: 2px; }}
    QSlider::handle:horizontal {{ background: {t.raised}; border: 2px solid {t.accent};
        width: 14px; height: 14px; margin: -7px 0; border-radius: 9px; }}
    QSlider[rated="false"]::sub-page:horizontal {{ background: {t.border}; }}
    QSlider::handle:horizontal:focus {{ background: {t.selection}; }}
    QSlider[rated="false"]::handle:horizontal {{ background: transparent;
        border: 2px solid transparent; }}
    QSlider[rated="false"]::handle:horizontal:focus {{ border: 2px dashed {t.accent}; }}
    QStatusBar {{ background: {t.window}; color: {t.muted}; }}
    QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
    QLabel#SaveError {{ color: {t.danger}; font-weight: 600; }}
    QSplitter::handle {{ background: {t.window}; }}
    QScrollArea {{ background: transparent; border: none; }}
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {t.surface}; }}
    QCalendarWidget QToolButton {{ color: {t.text}; background: transparent; padding: 4px; }}
    QCalendarWidget QAbstractItemView {{ background: {t.surface}; color: {t.text};
        selection-background-color: transparent; selection-color: {t.text}; outline: none; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 3px; min-height: 30px; }}
    QScrollBar::handle:vertical:hover {{ background: {t.muted}; }}
    QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
    QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 3px; min-width: 30px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QListWidget::item {{ padding: 3px 4px; border-radius: 4px; color: {t.text}; }}
    QListWidget::item:selected {{ background: {t.selection}; color: {t.text}; }}
    QListWidget::item:hover {{ background: {t.surface}; }}
    QMenu {{ background: {t.raised}; color: {t.text}; border: 1px solid {t.border}; }}
    QMenu::item:selected {{ background: {t.selection}; }}
    QToolTip {{ background: {t.raised}; color: {t.text}; border: 1px solid {t.border};
        padding: 4px; }}
    QFrame#CalmColumn {{ background: {t.surface}; border: 1px solid {t.border};
        border-radius: 14px; }}
    QLabel#CalmHeading {{ font-size: {title_pt}pt; font-weight: 600; color: {t.text}; }}
    QLabel#CalmStep {{ font-size: {title_pt}pt; font-weight: 600; color: {t.accent}; }}
    QLabel#CalmDetail {{ color: {t.text}; padding: 0 12px; }}
    QLabel#CalmSaved {{ color: {t.ok}; font-weight: 600; }}
    QWidget#StressView QPushButton:focus, QDialog#MoodCheckIn QPushButton:focus {{
        border: 2px solid {t.accent}; }}
    QWidget#StressView QListWidget:focus, QDialog#MoodCheckIn QListWidget:focus {{
        border: 1px solid {t.accent}; border-radius: 6px; }}
    QWidget#StressView QCheckBox:focus {{ color: {t.accent}; }}
    {_controls(t, icons)}
    QListWidget#PreferencesPages {{ background: {t.surface}; border: none;
        border-right: 1px solid {t.border}; padding: 14px 8px; }}
    QListWidget#PreferencesPages::item {{ padding: 8px 12px; margin: 1px 0; border-radius: 6px; }}
    QListWidget#PreferencesPages::item:selected {{ background: {t.selection}; color: {t.text};
        font-weight: 600; }}
    QTimeEdit {{ background: {t.raised}; color: {t.text}; border: 1px solid {t.border};
        border-radius: 6px; padding: 4px 6px; }}
    QTimeEdit:focus {{ border: 1px solid {t.accent}; }}
    QTimeEdit {{ padding-right: 20px; }}
    QTimeEdit::up-button, QTimeEdit::down-button {{ subcontrol-origin: border; width: 18px;
        border: none; background: transparent; }}
    QTimeEdit::up-button {{ subcontrol-position: top right; }}
    QTimeEdit::down-button {{ subcontrol-position: bottom right; }}
    QTimeEdit::up-arrow {{ image: url({icons["up"]}); width: 9px; height: 9px; }}
    QTimeEdit::down-arrow {{ image: url({icons["down"]}); width: 9px; height: 9px; }}
    QTimeEdit::up-button:hover, QTimeEdit::down-button:hover {{ background: {t.selection}; }}
    QTimeEdit:disabled {{ background: {t.disabled_fill}; color: {t.disabled};
        border: 1px dashed {t.disabled}; }}
    QLabel#PageTitle {{ font-size: {title_pt}pt; font-weight: 600; color: {t.text}; }}
    QLabel#PageReason {{ background: {t.surface}; color: {t.text};
        border: 1px dashed {t.muted}; border-radius: 8px; padding: 8px 12px; }}
    """


def _icon(name: str, theme: Theme) -> str:
    """The path of a small icon drawn for theme (``resources/icons/<name>-<theme>.svg``),
    with forward slashes as style sheet urls want."""
    return resource_path(f"icons/{name}-{theme.name}.svg").as_posix()


def _controls(t: Theme, icons: dict[str, str]) -> str:
    """Check boxes, spin boxes and combo arrows drawn for the theme, every control's
    disabled look, and focus that always shows."""
    return f"""
    QCheckBox {{ spacing: 8px; color: {t.text}; }}
    QCheckBox::indicator, QListView::indicator, QGroupBox::indicator {{ width: 14px;
        height: 14px; border: 1px solid {t.muted}; border-radius: 3px; background: {t.raised}; }}
    QCheckBox::indicator:checked, QListView::indicator:checked {{ background: {t.accent};
        border-color: {t.accent}; image: url({icons["check"]}); }}
    QCheckBox::indicator:hover, QListView::indicator:hover {{ border-color: {t.accent}; }}
    QCheckBox::indicator:focus {{ border: 2px solid {t.accent}; }}
    QCheckBox::indicator:disabled {{ background: {t.disabled_fill}; border-color: {t.disabled}; }}
    QSpinBox, QDateEdit {{ padding-right: 20px; }}
    QSpinBox::up-button, QDateEdit::up-button, QSpinBox::down-button, QDateEdit::down-button {{
        subcontrol-origin: border; width: 18px; border: none; background: transparent; }}
    QSpinBox::up-button, QDateEdit::up-button {{ subcontrol-position: top right; }}
    QSpinBox::down-button, QDateEdit::down-button {{ subcontrol-position: bottom right; }}
    QSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({icons["up"]}); width: 9px;
        height: 9px; }}
    QSpinBox::down-arrow, QDateEdit::down-arrow, QComboBox::down-arrow {{
        image: url({icons["down"]}); width: 9px; height: 9px; }}
    QSpinBox::up-button:hover, QSpinBox::down-button:hover, QDateEdit::up-button:hover,
    QDateEdit::down-button:hover {{ background: {t.selection}; }}
    QComboBox {{ padding-right: 22px; }}
    QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding;
        subcontrol-position: center right; width: 20px; border: none;
        background: transparent; }}
    QComboBox QAbstractItemView {{ background: {t.raised}; color: {t.text};
        selection-background-color: {t.selection}; selection-color: {t.text};
        border: 1px solid {t.border}; }}
    QCalendarWidget QToolButton#qt_calendar_prevmonth {{ qproperty-icon: url({icons["left"]}); }}
    QCalendarWidget QToolButton#qt_calendar_nextmonth {{ qproperty-icon: url({icons["right"]}); }}
    QCalendarWidget QToolButton:hover {{ background: {t.selection}; border-radius: 4px; }}
    QCalendarWidget QToolButton:focus {{ border: 1px solid {t.accent}; border-radius: 4px; }}
    QToolButton:focus, QToolBar QToolButton:focus {{ border: 1px solid {t.accent};
        border-radius: 4px; }}
    QToolButton#Flat:focus {{ border: 1px solid {t.accent}; background: {t.selection};
        color: {t.text}; }}
    QToolButton#AttachmentTile {{ background: {t.raised}; color: {t.text};
        border: 1px solid {t.border}; border-radius: 8px; padding: 6px 4px 4px 4px; }}
    QToolButton#AttachmentTile:hover {{ background: {t.selection}; }}
    QToolButton#AttachmentTile:focus {{ border: 2px solid {t.accent}; }}
    QScrollArea#AttachmentScroll, QWidget#AttachmentRow {{ background: transparent;
        border: none; }}
    QListView:focus, QListWidget:focus, QTableView:focus, QTextBrowser:focus,
    QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {t.accent}; border-radius: 6px; }}
    QDateEdit:focus {{ border: 1px solid {t.accent}; }}
    QPushButton:disabled, QPushButton#Primary:disabled {{ background: {t.disabled_fill};
        color: {t.disabled}; border: 1px dashed {t.disabled}; }}
    QToolButton:disabled, QToolBar QToolButton:disabled {{ color: {t.disabled}; }}
    QLineEdit:disabled, QSpinBox:disabled, QDateEdit:disabled, QComboBox:disabled,
    QPlainTextEdit:disabled, QTextEdit:disabled {{ background: {t.disabled_fill};
        color: {t.disabled}; border: 1px dashed {t.disabled}; }}
    QCheckBox:disabled, QLabel:disabled, QRadioButton:disabled {{ color: {t.disabled}; }}
    QListView:disabled, QListWidget:disabled, QTableView:disabled {{ color: {t.disabled}; }}
    QSlider::handle:horizontal:disabled {{ border-color: {t.disabled};
        background: {t.disabled_fill}; }}
    QSlider::sub-page:horizontal:disabled {{ background: {t.disabled}; }}
    QMenu::item:disabled {{ color: {t.disabled}; }}
    QTableView {{ background: {t.raised}; color: {t.text}; border: 1px solid {t.border};
        border-radius: 6px; gridline-color: {t.border};
        selection-background-color: {t.selection}; selection-color: {t.text}; }}
    QHeaderView::section {{ background: {t.surface}; color: {t.muted}; border: none;
        border-bottom: 1px solid {t.border}; padding: 4px 6px; font-weight: 600; }}
    QDialog, QMessageBox {{ background: {t.window}; }}
    QFrame#Toast {{ background: {t.raised}; border: 1px solid {t.accent}; border-radius: 10px; }}
    QToolButton#SectionToggle {{ border: none; font-weight: 600; padding: 0; color: {t.muted}; }}
    QToolButton#SectionToggle[overdue="true"] {{ color: {t.danger}; }}
    QLabel#Definition {{ color: {t.muted}; padding: 2px 0; }}
    QLabel#ErrorText {{ color: {t.danger}; font-weight: 600; }}
    QTextBrowser#HelpText {{ background: {t.surface}; color: {t.text};
        border: 1px solid {t.border}; border-radius: 10px; padding: 12px; }}
    """


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application this theme."""
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme, base_point_size(app)))


def current_theme(app: QApplication | None = None) -> Theme:
    """The theme the application is using (dark if its window colour is dark)."""
    application = app or QApplication.instance()
    if application is None:
        return LIGHT
    return DARK if application.palette().color(QPalette.ColorRole.Window).lightness() < 128 \
        else LIGHT
