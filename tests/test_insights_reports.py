"""Markdown and PDF reports, chart files, and the ``report`` command."""

from __future__ import annotations

import re
import warnings
from datetime import date
from pathlib import Path

import pytest
from insights_helpers import add_check_in, add_coping, add_debrief, add_entry, add_person

from empathy_journal.cli import main
from empathy_journal.domain.analytics.period import Period
from empathy_journal.insights.export import (
    ReportCancelledError,
    ReportError,
    save_chart,
)
from empathy_journal.insights.markdown_report import markdown_report
from empathy_journal.insights.pdf_report import drawable, pdf_pages
from empathy_journal.insights.report import write_report
from empathy_journal.insights.review import load_review
from empathy_journal.insights.review_charts import CHART_KEYS, build_chart
from empathy_journal.insights.theme import LIGHT
from empathy_journal.storage.journal import Journal

MARCH = Period.month(2024, 3)
WRITTEN_ON = date(2024, 4, 1)


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.fixture
def march_journal(memory_journal: Journal) -> Journal:
    journal = memory_journal
    add_entry(journal, date(2024, 2, 12), mood=5, stress=5)
    add_entry(journal, date(2024, 3, 4), mood=8, stress=2, title="Lunch with Ana",
              mine=["grateful"], theirs=["tense"], hour=13)
    late = add_entry(journal, date(2024, 3, 5), mood=4, stress=7, body="Late deploy.",
                     mine=["frustrated", "grateful"])
    add_debrief(journal, late, add_person(journal, "Ana"), check="partly",
                follow_up="Ask Ana how the deploy went", due="2024-04-03")
    add_coping(journal, "walk", "A walk", date(2024, 3, 5), 7, 4)
    add_check_in(journal, "who5", date(2024, 2, 25), [3, 3, 2, 2, 3])  # 13 → 52 %
    add_check_in(journal, "who5", date(2024, 3, 10), [4, 3, 3, 2, 4])  # 16 → 64 %
    add_check_in(journal, "pss10", date(2024, 3, 10), [3, 2, 3, 1, 2, 2, 3, 1, 2, 1])  # 22
    return journal


def test_markdown_report_holds_the_same_numbers_as_the_charts(march_journal):
    text = markdown_report(load_review(march_journal, MARCH), WRITTEN_ON)
    assert text.startswith("# Empathy Journal: March 2024\n\n- 2 entries on 2 days in March 2024.")
    for block in (
        "| Average mood (1–10) | 6 | 5 | +1 |\n| Average stress (0–10) | 4.5 | 5 | −0.5 |",
        "| grateful | 2 | 0 |\n| frustrated | 1 | 0 |\n| tense | 0 | 1 |",
        "| Mon | 8 | 2 | 1 |\n| Tue | 4 | 7 | 1 |",
        "| Afternoon (12–18) | 8 | 2 | 1 |\n| Evening (18–24) | 4 | 7 | 1 |",
        "| A walk | 1 | 7 | 4 | −3 | too few sessions yet |",
        "| Sun 10 Mar 2024 | WHO-5 wellbeing | 64 % (16 of 25): good |",
        "| Sun 10 Mar 2024 | PSS-10 perceived stress | 22 of 40: moderate stress |",
        "not a test and not a diagnosis",
        "| Ana | 1 | 0 | 1 | 0 | 50% |",
        "| Mar 2024 | 2 | 3 | 0% | 2 of 4 |",
        "- Ask Ana how the deploy went (Ana), due Wed 3 Apr 2024",
        "No practices, tags or values marked yet.",
        "_Written by Empathy Journal on 1 April 2024.",
    ):
        assert block in text


def test_markdown_report_of_an_empty_month_is_kind(memory_journal):
    text = markdown_report(load_review(memory_journal, MARCH), WRITTEN_ON)
    assert "- Nothing written in March 2024 yet." in text
    assert "No feelings named yet." in text and "None open." in text


def test_pdf_report_has_a_summary_page_then_the_charts(march_journal, tmp_path):
    steps: list[tuple[int, int]] = []
    target = write_report(march_journal, MARCH, tmp_path / "march.pdf", written_on=WRITTEN_ON,
                          progress=lambda done, total: steps.append((done, total)))
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) == 4
    assert b"Empathy Journal: March 2024" in pdf  # the document title
    assert steps == [(n, len(CHART_KEYS) + 1) for n in range(1, len(CHART_KEYS) + 2)]
    assert list(tmp_path.iterdir()) == [target]


def test_pdf_pages_place_every_chart_with_data_and_name_the_rest(march_journal):
    pages = pdf_pages(load_review(march_journal, MARCH), LIGHT, WRITTEN_ON)
    assert len(pages) == 4
    assert sum(len(page.axes) for page in pages) == len(CHART_KEYS) - 1
    summary = pages[0].texts[1].get_text()
    assert summary.startswith("2 entries on 2 days in March 2024.\nAverage mood 6 of 10")
    assert "WHO-5 wellbeing on Sun 10 Mar 2024: 64 % (16 of 25): good." in summary
    assert summary.endswith("\nNot drawn yet, for lack of data: Mood on days with and without….")


def test_pdf_of_an_empty_month_is_one_page_that_says_so(memory_journal, tmp_path):
    target = write_report(memory_journal, MARCH, tmp_path / "empty.pdf", written_on=WRITTEN_ON)
    assert page_count(target.read_bytes()) == 1


def test_a_cancelled_report_leaves_no_file(march_journal, tmp_path):
    with pytest.raises(ReportCancelledError, match="no file was written"):
        write_report(march_journal, MARCH, tmp_path / "march.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_report_needs_a_pdf_or_md_ending(march_journal, tmp_path):
    with pytest.raises(ReportError, match=r"'march\.docx' has neither ending\. Nothing was written"):
        write_report(march_journal, MARCH, tmp_path / "march.docx")
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_a_plain_error(march_journal, tmp_path):
    with pytest.raises(ReportError, match="Your journal was not changed"):
        write_report(march_journal, MARCH, tmp_path / "missing" / "march.md")


@pytest.mark.parametrize(("name", "magic"), [("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml"),
                                             ("chart.pdf", b"%PDF")])
def test_each_chart_saves_as_an_image(march_journal, tmp_path, name, magic):
    chart = build_chart(load_review(march_journal, MARCH), "mood-stress")
    assert save_chart(chart, tmp_path / name).read_bytes().startswith(magic)


def test_a_chart_file_needs_a_known_ending(march_journal, tmp_path):
    chart = build_chart(load_review(march_journal, MARCH), "emotions")
    with pytest.raises(ReportError, match="Charts can be saved as png, svg, pdf"):
        save_chart(chart, tmp_path / "chart.gif")


def test_report_command_writes_markdown_from_the_journal_file(tmp_path, capsys):
    path = tmp_path / "journal.sqlite"
    journal = Journal.open(path)
    add_entry(journal, date(2024, 3, 4), mood=7, stress=3)
    journal.close()
    output = tmp_path / "march.md"
    code = main(["--journal", str(path), "report", "--month", "2024-03", "--output",
                 str(output)])
    assert code == 0
    assert capsys.readouterr().out == f"Wrote the March 2024 report to {output}\n"
    assert "| Average mood (1–10) | 7 | – | – |" in output.read_text(encoding="utf-8")


def test_report_command_explains_failures_in_one_line(tmp_path, capsys):
    code = main(["--journal", str(tmp_path / "none.sqlite"), "report", "--month", "2024-03",
                 "--output", str(tmp_path / "x.md")])
    assert code == 1
    assert capsys.readouterr().err == (
        f"empathy-journal: There is no journal at {tmp_path / 'none.sqlite'}. "
        "Nothing was changed.\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--month", "March", "--output", "x.md"])
    assert exit_info.value.code == 2
    assert "'March' is not a month; write it as YYYY-MM" in capsys.readouterr().err
    assert not Path("x.md").exists()


def test_report_command_reads_an_encrypted_journal_with_its_passphrase(tmp_path, monkeypatch,
                                                                       capsys):
    path = tmp_path / "secret.sqlite"
    journal = Journal.open(path, passphrase="correct horse")
    add_entry(journal, date(2024, 3, 4), mood=9, stress=1, mine=["grateful"])
    journal.close()
    monkeypatch.setenv("EMPATHY_JOURNAL_PASSPHRASE", "correct horse")
    output = tmp_path / "march.md"
    assert main(["--journal", str(path), "report", "--month", "2024-03", "--output",
                 str(output)]) == 0
    assert "| grateful | 1 | 0 |" in output.read_text(encoding="utf-8")


def test_pdf_names_missing_charts_with_their_own_capitals(memory_journal):
    pages = pdf_pages(load_review(memory_journal, Period.month(2020, 1)), LIGHT, WRITTEN_ON)
    summary = pages[0].texts[1].get_text().replace("\n", " ")
    assert "Not drawn yet, for lack of data: Mood and stress, January 2020; Feelings named " in (
        summary)
    assert "; How precisely I named my feelings; " in summary


def test_an_emoji_in_a_name_is_left_out_of_the_pdf_without_a_warning(memory_journal,
                                                                     tmp_path):
    entry = add_entry(memory_journal, date(2024, 3, 5), mood=4, stress=7, body="x")
    add_debrief(memory_journal, entry, add_person(memory_journal, "Sam 🐢"), check="partly",
                follow_up="Follow up on what we agreed", due="2024-04-03")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        pages = pdf_pages(load_review(memory_journal, MARCH), LIGHT, WRITTEN_ON)
        write_report(memory_journal, MARCH, tmp_path / "march.pdf", written_on=WRITTEN_ON)
    assert [str(w.message) for w in seen if "Glyph" in str(w.message)] == []
    assert ("1 open follow-up; next: Follow up on what we agreed with Sam, due Wed 3 Apr."
            in pages[0].texts[1].get_text().splitlines())


@pytest.mark.parametrize(("text", "drawn"), [
    ("Sam 🐢, hi", "Sam, hi"), ("🐢 Sam", "Sam"), ("Café – “naïve”", "Café – “naïve”"),
])
def test_drawable_drops_what_the_font_cannot_draw(text, drawn):
    assert drawable(text) == drawn


def test_missing_glyph_warnings_are_kept_off_the_terminal_while_drawing():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from empathy_journal.insights.pdf_report import _quiet_missing_glyphs

    def glyph_warnings(quiet: bool) -> int:
        figure = Figure()
        figure.text(0.5, 0.5, "Sam 🐢")
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            if quiet:
                with _quiet_missing_glyphs():
                    FigureCanvasAgg(figure).draw()
            else:
                FigureCanvasAgg(figure).draw()
        return sum("missing from" in str(w.message) for w in seen)

    assert glyph_warnings(quiet=False) == 1
    assert glyph_warnings(quiet=True) == 0
