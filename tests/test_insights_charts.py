"""Each chart builder, asserted on its artists' data and on what a click at a spot opens."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from matplotlib.dates import date2num

from empathy_journal.domain.analytics.comparisons import MarkerComparison, SideBySide
from empathy_journal.domain.analytics.emotion_stats import EmotionCount, MonthGranularity
from empathy_journal.domain.analytics.outcomes import AccuracyGroup, CopingEffect
from empathy_journal.domain.analytics.patterns import Bucket
from empathy_journal.domain.analytics.records import DayMeans
from empathy_journal.domain.analytics.series import daily_series, year_calendar
from empathy_journal.domain.perspective import Accuracy
from empathy_journal.domain.vocabulary import Quadrant
from empathy_journal.insights.chart import Target
from empathy_journal.insights.emotion_charts import emotions_chart, granularity_chart
from empathy_journal.insights.outcome_charts import coping_chart, markers_chart, perspective_chart
from empathy_journal.insights.rating_charts import calendar_chart, mood_stress_chart, rhythm_chart
from empathy_journal.insights.theme import DARK, LIGHT, theme_for


def ydata(line) -> list[float | None]:
    return [None if math.isnan(v) else float(v) for v in line.get_ydata()]


def test_mood_and_stress_each_have_their_own_panel_with_points_and_rolling_lines():
    series = daily_series([DayMeans(date(2024, 3, 1), 4, None, 6),
                           DayMeans(date(2024, 3, 3), 8, None, 2)],
                          date(2024, 3, 1), date(2024, 3, 4))
    chart = mood_stress_chart(series, LIGHT)
    mood_axes, stress_axes = chart.figure.axes
    mood, mood_avg = mood_axes.get_lines()
    stress, stress_avg = stress_axes.get_lines()
    assert ydata(mood) == [4, None, 8, None]
    assert ydata(mood_avg) == [4, 4, 6, 6]
    assert ydata(stress) == [6, None, 2, None]
    assert ydata(stress_avg) == [6, 6, 4, 4]
    assert (mood_axes.get_ylabel(), stress_axes.get_ylabel()) == ("Mood", "Stress")
    assert [t.get_text() for t in mood_axes.get_legend().get_texts()] == [
        "A day's rating", "7-day average"]
    assert mood.get_color() == LIGHT.mood and stress.get_color() == LIGHT.stress
    assert stress.get_marker() == "s"
    third = date2num(date(2024, 3, 3))
    for axes in (mood_axes, stress_axes):
        assert chart.target_at(axes, third + 0.3, 5) == Target("Sun 3 Mar: mood 8, stress 2",
                                                               days=(date(2024, 3, 3),))
    assert chart.target_at(mood_axes, third - 1, 5).label == "Sat 2 Mar: not rated"
    assert chart.target_at(mood_axes, third + 5, 5) is None
    assert chart.target_at(None, 1, 1) is None


def test_equal_mood_and_stress_never_hide_one_point_behind_the_other():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    series = daily_series([DayMeans(date(2024, 3, 5), 5, None, 5)],
                          date(2024, 3, 1), date(2024, 3, 31))
    chart = mood_stress_chart(series, LIGHT)
    FigureCanvasAgg(chart.figure).draw()
    mood_axes, stress_axes = chart.figure.axes
    renderer = chart.figure.canvas.get_renderer()
    mood_box = mood_axes.get_window_extent(renderer)
    stress_box = stress_axes.get_window_extent(renderer)
    assert stress_box.y1 < mood_box.y0  # stress below mood: the two fives are apart
    day = date2num(date(2024, 3, 5))
    mood_y = mood_axes.transData.transform((day, 5))[1]
    stress_y = stress_axes.transData.transform((day, 5))[1]
    assert mood_y - stress_y > mood_box.height / 2


def test_a_year_is_drawn_week_by_week_not_as_a_dot_a_day():
    ratings = [DayMeans(date(2026, 1, 1), 4, None, 8), DayMeans(date(2026, 1, 3), 6, None, 6),
               DayMeans(date(2026, 1, 7), 9, None, 1)]
    series = daily_series(ratings, date(2026, 1, 1), date(2026, 12, 31))
    chart = mood_stress_chart(series, LIGHT, "Mood and stress, 2026")
    assert chart.title == "Mood and stress, 2026, week by week"
    mood_axes, stress_axes = chart.figure.axes
    (mood,), (stress,) = mood_axes.get_lines(), stress_axes.get_lines()
    assert len(mood.get_xdata()) == 53
    assert ydata(mood)[:3] == [5.0, 9.0, None]
    assert ydata(stress)[:3] == [7.0, 1.0, None]
    assert chart.target_at(mood_axes, date2num(date(2026, 1, 2)), 5) == Target(
        "Week of Thu 1 Jan: mood 5, stress 7 (2 days rated)",
        days=(date(2026, 1, 1), date(2026, 1, 3)))
    assert chart.target_at(stress_axes, date2num(date(2026, 1, 11)), 5).days == (
        date(2026, 1, 7),)
    assert chart.target_at(mood_axes, date2num(date(2026, 1, 14)), 5) == Target(
        "Week of Mon 12 Jan: not rated")


def test_a_months_chart_labels_plain_day_numbers_and_names_the_month_once():
    series = daily_series([DayMeans(date(2026, 11, 5), 6, None, 3)],
                          date(2026, 11, 1), date(2026, 11, 30))
    chart = mood_stress_chart(series, LIGHT)
    chart.figure.canvas.draw()
    axes = chart.figure.axes[1]  # the dates are written under the lower (stress) panel
    assert [t.get_text() for t in axes.get_xticklabels()] == [
        "1", "5", "9", "13", "17", "21", "25", "29"]
    assert axes.get_xlabel() == "November 2026"
    assert axes.xaxis.get_offset_text().get_text() == ""


def test_a_quarters_chart_labels_months_and_the_year_once():
    series = daily_series([DayMeans(date(2026, 2, 5), 6)], date(2026, 1, 1), date(2026, 3, 31))
    chart = mood_stress_chart(series, DARK)
    chart.figure.canvas.draw()
    axes = chart.figure.axes[1]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["Jan", "Feb", "Mar"]
    assert axes.get_xlabel() == "2026"


def test_a_period_without_ratings_says_so_instead_of_drawing_empty_axes():
    chart = mood_stress_chart(daily_series([], date(2024, 3, 1), date(2024, 3, 31)), LIGHT)
    assert chart.is_empty
    assert chart.figure.axes == []
    texts = [t.get_text() for t in chart.figure.texts]
    assert texts[1].startswith("No ratings in this period yet.")


def test_calendar_chart_colours_each_rated_day_and_finds_the_day_under_a_square():
    calendar = year_calendar([DayMeans(date(2024, 1, 3), 9), DayMeans(date(2024, 12, 31), 2)],
                             2024)
    chart = calendar_chart(calendar, DARK)
    mesh = chart.figure.axes[0].collections[0]
    values = mesh.get_array()
    assert values.shape == (7, 53)
    assert values[2, 0] == 9 and values[1, 52] == 2  # Wednesday 3 Jan, Tuesday 31 Dec
    assert int(values.count()) == 2  # every other day is masked (drawn as an empty cell)
    axes = chart.figure.axes[0]
    assert chart.target_at(axes, 0.5, 2.4) == Target("Wed 3 Jan 2024: mood 9",
                                                     days=(date(2024, 1, 3),))
    assert chart.target_at(axes, 0.5, 3.5).label == "Thu 4 Jan 2024: no mood rating"
    assert chart.target_at(axes, 52.5, 3.5) is None  # after 31 December


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_calendar_days_without_a_rating_are_hollow_outlined_squares_with_a_legend(theme):
    from matplotlib.colors import to_hex

    calendar = year_calendar([DayMeans(date(2024, 1, 3), 1)], 2024)
    chart = calendar_chart(calendar, theme)
    axes = chart.figure.axes[0]
    mesh, unrated = axes.collections
    assert to_hex(mesh.cmap.get_bad()) == theme.background  # cells outside the year: nothing
    squares = unrated.get_paths()
    assert len(squares) == 365  # 2024 has 366 days, one of them rated
    assert to_hex(unrated.get_edgecolor()[0]) == theme.empty_edge
    assert to_hex(unrated.get_facecolor()[0]) == theme.empty_cell
    first = squares[0].get_extents()  # Monday 1 January: week 0, row 0, inset inside its cell
    assert (first.x0, first.y0, first.x1, first.y1) == pytest.approx((0.14, 0.14, 0.86, 0.86))
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["No mood rating that day"]


def test_rhythm_chart_draws_mood_and_stress_bars_per_group():
    buckets = [Bucket("Mon", 7.0, 2.0, 2, 1, ("a", "b")), Bucket("Tue", None, None, 0, 0, ())]
    chart = rhythm_chart(buckets, LIGHT, "By day of the week", "weekdays")
    axes = chart.figure.axes[0]
    heights = [bar.get_height() for bar in axes.patches]
    assert heights == [7.0, 0, 2.0, 0]
    assert chart.target_at(axes, 0.1, 3) == Target(
        "Mon: mood 7, stress 2 (2 entries)", entry_uuids=("a", "b"))


def test_emotions_chart_bars_mine_and_theirs_in_order_of_use():
    counts = [EmotionCount("tense", "tense", 3, 1, -0.5, ("a", "b")),
              EmotionCount("calm", "calm", 0, 2, 0.6, ("c",))]
    chart = emotions_chart(counts, LIGHT)
    axes = chart.figure.axes[0]
    assert [bar.get_width() for bar in axes.patches] == [3, 0, 1, 2]
    assert [t.get_text() for t in axes.get_yticklabels()] == ["tense", "calm"]
    assert chart.target_at(axes, 1, 1.1) == Target("calm: felt 0×, seen in others 2×",
                                                   entry_uuids=("c",))
    assert emotions_chart([], LIGHT).is_empty


def test_granularity_chart_shows_words_as_bars_and_vague_share_as_a_line():
    quadrants = dict.fromkeys(Quadrant, 1)
    months = [MonthGranularity(date(2024, 2, 1), 10, 8, 0.2, quadrants),
              MonthGranularity(date(2024, 3, 1), 4, 4, 0.0, quadrants)]
    chart = granularity_chart(months, LIGHT)
    bars_axes, share_axes = chart.figure.axes
    assert [bar.get_height() for bar in bars_axes.patches] == [8, 4]
    assert list(share_axes.get_lines()[0].get_ydata()) == [20.0, 0.0]
    assert chart.target_at(share_axes, 1.2, 50).label == (
        "Mar 2024: 4 different words, 0% vague, 4 of 4 quadrants")


def side(with_mean, with_days, without_mean, without_days) -> SideBySide:
    return SideBySide(with_mean, with_days, without_mean, without_days)


def test_markers_chart_only_draws_comparisons_with_enough_days():
    listened = MarkerComparison("practice", "listened", "Listened", side(7.0, 3, 4.0, 3),
                                side(None, 0, None, 0), (date(2024, 3, 1),))
    rare = MarkerComparison("tag", "work", "#work", side(3.0, 1, 6.0, 5),
                            side(None, 0, None, 0), (date(2024, 3, 4),))
    chart = markers_chart([listened, rare], LIGHT)
    axes = chart.figure.axes[0]
    without, with_ = axes.get_lines()[-2:]
    assert (list(without.get_xdata()), list(with_.get_xdata())) == ([4.0], [7.0])
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Listened"]
    assert chart.target_at(axes, 5, 0) == Target(
        "Listened: mood 7 on 3 days with, 4 on 3 days without", days=(date(2024, 3, 1),))
    assert markers_chart([rare], LIGHT).empty_message.startswith("Not enough days yet")


def test_coping_chart_draws_an_arrow_per_technique_from_before_to_after():
    effects = [CopingEffect("box", "Box breathing", 2, 7.0, 3.0, (date(2024, 3, 2),))]
    chart = coping_chart(effects, LIGHT)
    axes = chart.figure.axes[0]
    arrow = axes.texts[0]
    assert (arrow.xy, arrow.xyann) == ((3.0, 0), (7.0, 0))
    assert chart.target_at(axes, 5, 0.2) == Target(
        "Box breathing: stress 7 → 3 on average over 2 sessions; too few sessions yet",
        days=(date(2024, 3, 2),))
    assert [t.get_text() for t in axes.get_yticklabels()] == ["Box breathing (2 sessions)"]


def test_coping_chart_names_the_median_drop_and_its_range_from_three_sessions():
    effects = [CopingEffect("box", "Box breathing", 4, 7.75, 3.5, (date(2024, 3, 2),),
                            drops=(5, 1, 3, 7)),
               CopingEffect("walk", "A walk", 2, 6.0, 5.0, (date(2024, 3, 3),), drops=(1, 1))]
    axes = coping_chart(effects, LIGHT).figure.axes[0]
    notes = [t.get_text() for t in axes.texts if t.get_text()]
    assert notes == ["median drop 4 (from 1 to 7)", "too few sessions yet"]


def test_check_ins_chart_draws_each_questionnaire_with_its_bands():
    from empathy_journal.domain.analytics.records import CheckIn
    from empathy_journal.insights.check_in_charts import check_ins_chart

    moment = datetime(2024, 3, 10, 19, tzinfo=UTC)
    taken = [CheckIn("a", "who5", moment, date(2024, 3, 10), (4, 3, 3, 2, 4), 16),
             CheckIn("b", "pss10", moment, date(2024, 3, 10), (2,) * 10, 20),
             CheckIn("c", "empathy", moment, date(2024, 3, 10),
                     (5, 4, 4, 2, 1, 3, 4, 4, 3, 2), 38)]
    chart = check_ins_chart(taken, date(2023, 4, 1), date(2024, 3, 31), LIGHT)
    who5, pss, empathy = chart.figure.axes
    assert list(who5.get_lines()[0].get_ydata()) == [64]
    assert list(pss.get_lines()[0].get_ydata()) == [20]
    assert [list(line.get_ydata()) for line in empathy.get_lines()] == [[4.4], [3.2]]
    assert len(who5.patches) == 2 and len(pss.patches) == 3 and not empathy.patches
    x = who5.get_lines()[0].get_xdata()[0]
    assert chart.target_at(who5, x + 3, 50) == Target(
        "Sun 10 Mar 2024: WHO-5 wellbeing 64 % (16 of 25): good", days=(date(2024, 3, 10),))
    assert chart.target_at(who5, x + 60, 50) is None
    assert check_ins_chart([], date(2024, 3, 1), date(2024, 3, 31), LIGHT).is_empty


def test_perspective_chart_bars_show_the_share_right_per_month():
    trend = [(date(2024, 3, 1), AccuracyGroup("Mar 2024", Accuracy(1, 1, 1), ("a", "b", "c"))),
             (date(2024, 4, 1), AccuracyGroup("Apr 2024", Accuracy(1, 0, 0), ("d",)))]
    chart = perspective_chart(trend, LIGHT)
    axes = chart.figure.axes[0]
    assert [bar.get_height() for bar in axes.patches] == [50.0, 100.0]
    assert [t.get_text() for t in axes.texts] == ["n=3", "n=1"]
    assert chart.target_at(axes, 0, 10) == Target(
        "Mar 2024: 1 right, 1 partly, 1 wrong (50%)", entry_uuids=("a", "b", "c"))


@pytest.mark.parametrize(("background", "dark"), [("#1d2124", True), ("#fbfaf7", False)])
def test_theme_for_follows_the_window_background(background, dark):
    theme = theme_for(background, "#777777")
    assert theme.is_dark is dark
    assert (theme.background, theme.mood) == (background, DARK.mood if dark else LIGHT.mood)


def test_redrawing_into_the_same_figure_replaces_the_old_chart():
    series = daily_series([DayMeans(date(2024, 3, 1), 5)], date(2024, 3, 1), date(2024, 3, 2))
    first = mood_stress_chart(series, LIGHT)
    again = emotions_chart([], DARK, into=first.figure)
    assert again.figure is first.figure
    assert again.figure.axes == [] and again.is_empty
    assert again.figure.get_facecolor()[:3] == pytest.approx((30 / 255, 31 / 255, 34 / 255))


def test_importing_the_insights_package_does_not_import_matplotlib():
    code = ("import sys, empathy_journal.insights.review_charts, empathy_journal.insights.report;"
            "print('matplotlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def _legend_charts():
    series = daily_series([DayMeans(date(2024, 3, 1), 4, None, 6)],
                          date(2024, 3, 1), date(2024, 3, 31))
    counts = [EmotionCount(f"w{i}", f"word {i}", 9 - i, i, 0.0, ()) for i in range(8)]
    buckets = [Bucket(name, 9, 9, 1, 1, ()) for name in ("Mon", "Tue", "Wed")]
    return [lambda figure: mood_stress_chart(series, LIGHT, into=figure),
            lambda figure: emotions_chart(counts, LIGHT, into=figure),
            lambda figure: rhythm_chart(buckets, LIGHT, "By day", "weekdays", into=figure)]


@pytest.mark.parametrize("width", [8.0, 5.6])  # 5.6 in: a half card at 1180 px
@pytest.mark.parametrize("build", range(3))
def test_legends_sit_above_the_plot_beside_the_title_never_over_the_data(width, build):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = _legend_charts()[build](Figure(figsize=(width, 3.6))).figure
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()
    axes = figure.axes[0]
    legend = axes.get_legend()
    box, page, plot = legend.get_window_extent(renderer), figure.bbox, axes.bbox
    assert page.x0 <= box.x0 and box.x1 <= page.x1 and box.y1 <= page.y1
    assert box.y0 >= plot.y1 - 1  # above the plot area: no bar or point under it
    title = axes._left_title.get_window_extent(renderer)
    assert title.x1 < box.x0  # the title on the left, the legend on the right


def test_every_cards_title_starts_at_the_same_distance_from_the_left_edge():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    starts = set()
    for build in _legend_charts():
        figure = build(Figure(figsize=(6.0, 3.6)))
        FigureCanvasAgg(figure.figure).draw()
        renderer = figure.figure.canvas.get_renderer()
        starts.add(round(figure.figure.axes[0]._left_title.get_window_extent(renderer).x0))
    assert len(starts) == 1


def test_a_month_switch_keeps_the_two_panels_and_draws_only_the_new_days():
    march = daily_series([DayMeans(date(2024, 3, 5), 4, None, 6)],
                         date(2024, 3, 1), date(2024, 3, 31))
    april = daily_series([DayMeans(date(2024, 4, 2), 9, None, 1)],
                         date(2024, 4, 1), date(2024, 4, 30))
    figure = mood_stress_chart(march, LIGHT).figure
    panels = list(figure.axes)
    again = mood_stress_chart(april, LIGHT, "Mood and stress, April 2024", into=figure)
    assert list(again.figure.axes) == panels  # the same axes, not new ones
    mood, _average = panels[0].get_lines()
    assert ydata(mood)[:3] == [None, 9, None] and len(mood.get_xdata()) == 30
    assert len(panels[0].get_lines()) == 2 and len(panels[1].get_lines()) == 2
    assert panels[0].get_legend() is not None
    assert again.target_at(panels[1], date2num(date(2024, 4, 2)), 5).days == (date(2024, 4, 2),)
    mood_stress_chart(april, DARK, into=figure)  # other colours: built anew
    assert list(figure.axes) != panels
    emptied = mood_stress_chart(daily_series([], date(2024, 5, 1), date(2024, 5, 31)), DARK,
                                into=figure)
    assert emptied.is_empty and figure.axes == []
    rebuilt = mood_stress_chart(april, DARK, into=figure)
    assert len(rebuilt.figure.axes) == 2 and len(rebuilt.figure.axes[0].get_lines()) == 2


def test_redrawn_bars_replace_the_old_ones_with_one_legend_entry_each():
    def buckets(mood: float) -> list[Bucket]:
        return [Bucket(name, mood, 2, 1, 1, ()) for name in ("Mon", "Tue")]

    figure = rhythm_chart(buckets(4), LIGHT, "By day", "weekdays").figure
    (axes,) = figure.axes
    again = rhythm_chart(buckets(8), LIGHT, "By day", "weekdays", into=figure)
    assert again.figure.axes == [axes]
    assert [p.get_height() for p in axes.patches] == [8, 8, 2, 2]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["Mood", "Stress"]
