"""The summary card's rich text: key numbers bold, the person's own words left as written."""

from __future__ import annotations

from empathy_journal.ui.widgets.insights_summary import summary_html

UUID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"


def test_counts_averages_and_changes_are_bold_but_years_are_not():
    lines = ["29 entries on 21 days in November 2026.",
             "Average mood 6.2 of 10 (−0.5 vs. October 2026).",
             "Average stress 4 of 10 (±0 vs. October 2026)."]
    assert summary_html(lines, {}) == (
        '<div style="line-height: 145%;"><b>29</b> entries on <b>21</b> days in November 2026.'
        "<br>Average mood <b>6.2</b> of 10 (<b>−0.5</b> vs. October 2026)."
        "<br>Average stress <b>4</b> of 10 (<b>±0</b> vs. October 2026).</div>")


def test_quoted_headlines_and_follow_up_text_are_never_emphasised():
    lines = ["Hardest day: Wed 11 Nov, mood 4: “3 days of meetings”",
             "1 open follow-up; next: Call 2 days before the move with Leo."]
    assert summary_html(lines, {"Hardest day: Wed 11 Nov": UUID}) == (
        f'<div style="line-height: 145%;"><a href="entry:{UUID}">Hardest day: Wed 11 Nov</a>, '
        "mood <b>4</b>: “3 days of meetings”"
        "<br><b>1</b> open follow-up; next: Call 2 days before the move with Leo.</div>")


def test_a_uuid_that_is_not_one_never_becomes_a_link():
    hostile = "x\"><img src=\"file:///etc/hostname\"><a href=\"entry:y"
    html = summary_html(["Best day: Mon 4 Mar, mood 9"], {"Best day: Mon 4 Mar": hostile})
    assert html == ('<div style="line-height: 145%;">Best day: Mon 4 Mar, mood <b>9</b></div>')
