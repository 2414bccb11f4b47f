"""The README documents every command and every window shortcut that exists."""

from __future__ import annotations

import re
from pathlib import Path

from empathy_journal.cli.parser import build_parser, command_modules

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_subcommand_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    names = [m.__name__.rsplit(".", 1)[1].removesuffix("_command") for m in command_modules()]
    assert names, "no subcommands found"
    for name in names:
        assert f"empathy-journal {name}" in text, f"README does not document '{name}'"


def test_every_global_option_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    options = {opt for action in build_parser()._actions for opt in action.option_strings
               if opt.startswith("--") and opt != "--help"}
    for option in options:
        assert option in text, f"README does not document {option}"


def test_readme_links_point_at_files_that_exist() -> None:
    text = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" not in target:
            assert (README.parent / target).exists(), f"README links to missing {target}"
