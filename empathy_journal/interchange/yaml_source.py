"""YAML read safely for importers: the safe loader only, every failure as one plain line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from empathy_journal.domain.translation import _
from empathy_journal.interchange.errors import ImportFormatError

try:  # LibYAML when it is installed (RedNotebook writes its files with it), else pure Python
    _LOADER: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _LOADER = yaml.SafeLoader


def load_yaml(path: Path, text: str, where: str = "", *, first_line: int = 1) -> Any:
    """text parsed as YAML with the safe loader (no Python objects, no code); damage refused
    in one line naming the line and column (counted from first_line)."""
    try:
        return yaml.load(text, Loader=_LOADER)  # a safe loader: no Python objects
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = (error.problem or error.context or _("it cannot be read")).rstrip(".")
        place = (_(" at line {line}, column {column}").format(
            line=mark.line + first_line, column=mark.column + 1) if mark is not None else "")
        raise ImportFormatError(path, where, _("the YAML is damaged ({problem}{place})").format(
                                               problem=problem,
                                               place=place)
                                ) from error
    except yaml.reader.ReaderError as error:
        code = ord(error.character) if isinstance(error.character, str) else error.character
        raise ImportFormatError(path, where, _("the YAML holds a character it does not allow "
                                               "(#x{code:04x} at character {value})").format(
                                               code=code,
                                               value=error.position + 1)
                                ) from error
    except yaml.YAMLError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "unreadable"
        raise ImportFormatError(path, where, _("the YAML is damaged ({first})").format(
            first=first)) from error
    except RecursionError as error:
        raise ImportFormatError(path, where, _("the YAML is nested too deeply to be a journal")
                                ) from error
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError) as error:
        # e.g. a date like 2024-02-30, or a !!timestamp that is not one
        raise ImportFormatError(path, where, _("the YAML holds a value that cannot be read ({error})").format(
                                               error=error)) from error
