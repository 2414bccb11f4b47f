"""Access keys for menu items: each item of a menu gets its own underlined letter (Alt+F, N)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def give_access_keys(menu: QMenu) -> None:
    """Put an ``&`` before a letter of every item that has none: the first letter of a word
    when it is free, else any free letter. Submenus are left alone: the templates menu is
    rebuilt as templates change."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    taken = {_key_of(a.text()) for a in actions} - {None}
    for action in actions:
        text = action.text()
        if _key_of(text) is None:
            position = _free_position(text, taken)
            if position is not None:
                taken.add(text[position].lower())
                action.setText(f"{text[:position]}&{text[position:]}")


def _key_of(text: str) -> str | None:
    """The access key already in text, if any ("&&" is a plain ampersand)."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def _free_position(text: str, taken: set[str]) -> int | None:
    starts = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or text[i - 1] == " ")]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in starts]
    for index in starts + others:
        if text[index].lower() not in taken:
            return index
    return None
