"""FRCP 6(a)/6(d) arithmetic: a table of hand-checked periods, rules, hours and properties.

Every expected date below was worked out by hand from a calendar, not printed by the code.
Federal holidays used (observed dates): 2025: Jan 1, Jan 20, Feb 17, May 26, Jun 19, Jul 4,
Sep 1, Oct 13, Nov 11, Nov 27, Dec 25. 2026: Jan 1, Jan 19, Feb 16, May 25, Jun 19, Jul 3 (for
Sat Jul 4), Sep 7, Oct 12, Nov 11, Nov 26, Dec 25. 2027: Jan 1, Jan 18, Feb 15, May 31, Jun 18
(for Sat Jun 19), Jul 5 (for Sun Jul 4), Sep 6, Oct 11, Nov 11, Nov 25, Dec 24 (for Sat Dec 25),
Dec 31 (for Sat Jan 1, 2028). Declared: 2024-12-24, 2025-01-09, 2025-12-24, 2025-12-26.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casetracker.frcp import (
    Calendar,
    Direction,
    Service,
    apply_rule,
    compute,
    compute_hours,
    explain_hours,
)
from casetracker.models import DeadlineKind
from casetracker.rules import declared_days, default_calendar, find_rule, load_rules, rule_chain

F, B = Direction.FORWARD, Direction.BACKWARD
E, M, P, C = Service.ELECTRONIC, Service.MAIL, Service.PERSONAL, Service.CLERK
CAL = default_calendar()


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# (trigger, days, direction, service, expected due) — one comment per row: what it proves.
PERIODS = [
    # -- each federal holiday of 2025 as the last day rolls to the next business day --
    ("2024-12-18", 14, F, E, "2025-01-02"),  # New Year's Day (Wed) -> Thu; crosses the year
    ("2025-01-06", 14, F, E, "2025-01-21"),  # MLK Day (Mon) -> Tue
    ("2025-02-03", 14, F, E, "2025-02-18"),  # Washington's Birthday (Mon) -> Tue
    ("2025-05-12", 14, F, E, "2025-05-27"),  # Memorial Day (Mon) -> Tue
    ("2025-06-05", 14, F, E, "2025-06-20"),  # Juneteenth (Thu) -> Fri
    ("2025-06-20", 14, F, E, "2025-07-07"),  # Independence Day (Fri) then weekend -> Mon
    ("2025-08-18", 14, F, E, "2025-09-02"),  # Labor Day (Mon) -> Tue
    ("2025-09-29", 14, F, E, "2025-10-14"),  # Columbus Day (Mon) -> Tue
    ("2025-10-28", 14, F, E, "2025-11-12"),  # Veterans Day (Tue) -> Wed
    ("2025-11-13", 14, F, E, "2025-11-28"),  # Thanksgiving (Thu) -> Fri: day after is no holiday
    ("2025-12-11", 14, F, E, "2025-12-29"),  # Christmas, then declared Dec 26, weekend -> Mon
    # -- each federal holiday of 2026 --
    ("2025-12-18", 14, F, E, "2026-01-02"),  # New Year's Day 2026 (Thu) -> Fri, across the year
    ("2026-01-05", 14, F, E, "2026-01-20"),  # MLK Day (Mon) -> Tue
    ("2026-02-02", 14, F, E, "2026-02-17"),  # Washington's Birthday (Mon) -> Tue
    ("2026-05-11", 14, F, E, "2026-05-26"),  # Memorial Day (Mon) -> Tue
    ("2026-06-05", 14, F, E, "2026-06-22"),  # Juneteenth (Fri) then weekend -> Mon
    ("2026-06-19", 14, F, E, "2026-07-06"),  # July 4 observed Fri Jul 3, Sat Jul 4, Sun -> Mon
    ("2026-08-24", 14, F, E, "2026-09-08"),  # Labor Day (Mon) -> Tue
    ("2026-09-28", 14, F, E, "2026-10-13"),  # Columbus Day (Mon) -> Tue
    ("2026-10-28", 14, F, E, "2026-11-12"),  # Veterans Day (Wed) -> Thu
    ("2026-11-12", 14, F, E, "2026-11-27"),  # Thanksgiving (Thu) -> Fri
    ("2026-12-11", 14, F, E, "2026-12-28"),  # Christmas (Fri) then weekend -> Mon
    # -- 2027 observed days and the 2028 New Year observed in 2027 --
    ("2027-06-04", 14, F, E, "2027-06-21"),  # Juneteenth observed Fri Jun 18 -> Mon
    ("2027-06-21", 14, F, E, "2027-07-06"),  # July 4 on Sunday, observed Mon Jul 5 -> Tue
    ("2027-12-10", 14, F, E, "2027-12-27"),  # Christmas observed Fri Dec 24, Sat 25, Sun -> Mon
    ("2027-12-11", 14, F, E, "2027-12-27"),  # lands on Christmas itself (a Saturday) -> Mon
    ("2027-12-17", 14, F, E, "2028-01-03"),  # New Year 2028 observed Fri 2027-12-31 -> Mon
    ("2027-11-11", 14, F, E, "2027-11-26"),  # Thanksgiving 2027 is Nov 25: the 26th is open
    # -- weekends, a Saturday before a Monday holiday, no roll, day zero --
    ("2025-07-15", 18, F, E, "2025-08-04"),  # lands Saturday -> Monday
    ("2025-07-15", 19, F, E, "2025-08-04"),  # lands Sunday -> Monday
    ("2025-07-15", 14, F, E, "2025-07-29"),  # a plain Tuesday: no roll
    ("2025-06-30", 30, F, E, "2025-07-30"),  # July 4 and weekends inside the period still count
    ("2026-08-22", 14, F, E, "2026-09-08"),  # Sat before Labor Day: Sat, Sun, Mon holiday -> Tue
    ("2025-01-04", 14, F, E, "2025-01-21"),  # Sat before MLK Day 2025 -> Tue
    ("2025-07-05", 0, F, E, "2025-07-07"),  # a zero-day period on a Saturday still rolls
    # -- year boundaries --
    ("2025-12-20", 14, F, E, "2026-01-05"),  # lands Sat 2026-01-03 -> Mon
    ("2026-12-17", 21, F, E, "2027-01-07"),  # spans Christmas and New Year, lands on a Thursday
    ("2026-12-18", 14, F, E, "2027-01-04"),  # New Year's Day 2027 (Fri) then weekend -> Mon
    # -- days declared by the President, FRCP 6(a)(6)(B) --
    ("2024-12-26", 14, F, E, "2025-01-10"),  # Carter day of mourning (EO 14133) -> Fri
    ("2024-12-10", 14, F, E, "2024-12-26"),  # Christmas Eve 2024 (EO 14129), Christmas -> Thu
    ("2025-12-10", 14, F, E, "2025-12-29"),  # Dec 24, 25, 26 (EO 14371) and weekend -> Mon
    # -- counting backward, FRCP 6(a)(5) --
    ("2026-01-26", 7, B, E, "2026-01-16"),  # 7 days before a Monday hearing is MLK Day -> Fri
    ("2025-09-08", 7, B, E, "2025-08-29"),  # 7 days before falls on Labor Day -> Fri before
    ("2025-11-18", 7, B, E, "2025-11-10"),  # Veterans Day (Tue) -> Mon before
    ("2026-01-22", 21, B, E, "2025-12-31"),  # 21 days before lands on New Year's Day -> Dec 31
    ("2026-07-12", 7, B, E, "2026-07-02"),  # Sun, Sat July 4, Fri observed -> Thu Jul 2
    ("2025-12-31", 7, B, E, "2025-12-23"),  # declared Dec 24 -> Tue before
    ("2026-01-05", 7, B, E, "2025-12-29"),  # across the year backward, a Monday: no roll
    ("2025-08-14", 7, B, E, "2025-08-07"),  # a plain Thursday: no roll
    # -- FRCP 6(d): 3 days after the period would otherwise expire --
    ("2025-07-15", 14, F, M, "2025-08-01"),  # Tue + 3 = Fri
    ("2025-07-16", 14, F, M, "2025-08-04"),  # Wed + 3 = Sat -> Mon
    ("2025-07-18", 14, F, M, "2025-08-04"),  # period ends Fri; the 3rd day is Mon
    ("2026-06-19", 14, F, M, "2026-07-09"),  # 6(a) roll to Mon Jul 6 first, then + 3 = Thu
    ("2025-08-15", 14, F, M, "2025-09-02"),  # Fri + 3 = Labor Day -> Tue
    ("2025-07-15", 14, F, E, "2025-07-29"),  # electronic service adds nothing (2016 amendment)
    ("2025-07-15", 14, F, P, "2025-07-29"),  # personal service adds nothing
    ("2025-07-15", 14, F, C, "2025-08-01"),  # leaving with the clerk adds 3 like mail
    ("2025-09-08", 7, B, M, "2025-08-29"),  # 6(d) never applies to a backward period
    ("2025-12-19", 3, F, M, "2025-12-29"),  # Mon 22 + 3 = Thu 25 Christmas, 26 declared -> Mon
]


@pytest.mark.parametrize(("trigger", "days", "direction", "service", "expected"), PERIODS)
def test_period_ends_on_the_hand_computed_day(
    trigger: str, days: int, direction: Direction, service: Service, expected: str
) -> None:
    result = compute(d(trigger), days, direction=direction, service=service, calendar=CAL)
    assert result.due == d(expected)


def test_table_covers_every_federal_holiday_in_2025_and_2026() -> None:
    import holidays

    for year in (2025, 2026):
        observed = {
            day
            for day in holidays.country_holidays("US", years=year, observed=True)
            if day.year == year and day.weekday() < 5
        }
        hit = {
            d(t) + dt.timedelta(days=n)
            for t, n, way, _, _ in PERIODS
            if way is F and (d(t) + dt.timedelta(days=n)).year == year
        }
        assert len(observed) == 11
        assert observed <= hit, sorted(observed - hit)


# (trigger, inaccessible days, days, direction, expected) — FRCP 6(a)(3)
INACCESSIBLE = [
    ("2025-07-15", ["2025-07-29"], 14, F, "2025-07-30"),  # last day inaccessible -> next day
    ("2025-07-18", ["2025-08-01"], 14, F, "2025-08-04"),  # inaccessible Fri, weekend -> Mon
    ("2025-07-15", ["2025-07-20"], 14, F, "2025-07-29"),  # closure inside the period: no effect
    # backward: 6(a)(3)(A) still extends *forward*, to the first accessible day (2009 note to
    # 6(a)(5)): 7 days before Thu 08-14 is Thu 08-07, closed, so Fri 08-08 (not Wed 08-06)
    ("2025-08-14", ["2025-08-07"], 7, B, "2025-08-08"),
    ("2025-12-11", ["2025-12-29"], 14, F, "2025-12-30"),  # holidays, weekend, then closed Mon
]


@pytest.mark.parametrize(("trigger", "closed", "days", "direction", "expected"), INACCESSIBLE)
def test_inaccessible_clerks_office_extends_the_last_day(
    trigger: str, closed: list[str], days: int, direction: Direction, expected: str
) -> None:
    calendar = default_calendar([d(c) for c in closed])
    result = compute(d(trigger), days, direction=direction, calendar=calendar)
    assert result.due == d(expected)


# (rule id, trigger, service, expected) — the rules in rules.toml, chained by hand.
RULES = [
    ("cand-7-3a", "2025-07-15", E, "2025-07-29"),  # opposition 14 days after the motion
    ("cand-7-3c", "2025-07-29", E, "2025-08-05"),  # reply 7 days after the opposition due date
    ("cand-7-3a", "2025-12-12", E, "2025-12-29"),  # opposition lands on declared Dec 26 -> Mon
    ("cand-7-3c", "2025-12-29", E, "2026-01-05"),  # ...and the reply counts from Dec 29
    ("cand-7-3a", "2025-07-15", M, "2025-07-29"),  # from filing: mail service adds nothing
    ("frcp-12a2", "2025-07-03", E, "2025-09-02"),  # 60 days lands on Labor Day -> Tue
    ("frcp-12a2", "2025-07-03", M, "2025-09-02"),  # Rule 4(i) service: 6(d) does not apply
    ("frap-4a1B", "2025-08-12", E, "2025-10-14"),  # 60 days: Sat, Sun, Columbus Day -> Tue
    ("frap-4a1A", "2025-12-29", E, "2026-01-28"),  # 30 days, a Wednesday
    ("cand-7-2a", "2026-03-26", E, "2026-04-30"),  # hearing no sooner than 35 days after filing
    ("frcp-59e", "2026-06-05", E, "2026-07-06"),  # 28 days to observed July 4 -> Mon
    ("frcp-54d2B", "2027-12-17", E, "2028-01-03"),  # 14 days to New Year observed 2027-12-31
    ("cand-16-9a", "2025-11-18", E, "2025-11-10"),  # 7 days before a CMC is Veterans Day -> Mon
    ("frcp-26f1", "2026-01-22", E, "2025-12-31"),  # 21 days before is New Year's Day -> Dec 31
    ("frcp-12a4A", "2025-07-15", M, "2025-08-01"),  # notice served by mail: + 3 days
    ("frcp-12a1Ai", "2025-06-13", E, "2025-07-07"),  # 21 days lands on July 4 (Fri) -> Mon
    ("frcp-15a1B", "2026-06-12", M, "2026-07-09"),  # 21 days -> Mon Jul 6, then 6(d) -> Thu
]


@pytest.mark.parametrize(("rule_id", "trigger", "service", "expected"), RULES)
def test_rule_sets_the_hand_computed_due_date(
    rule_id: str, trigger: str, service: Service, expected: str
) -> None:
    result = apply_rule(load_rules()[rule_id], d(trigger), calendar=CAL, service=service)
    assert result.due == d(expected)
    assert result.rule is not None and result.rule.id == rule_id


def test_briefing_chain_counts_the_reply_from_the_opposition_due_date() -> None:
    rules = load_rules()
    motion_filed = d("2025-12-12")
    opposition = apply_rule(rules["cand-7-3a"], motion_filed, calendar=CAL)
    (reply_rule,) = rule_chain(rules["cand-7-3a"])
    reply = apply_rule(reply_rule, opposition.due, calendar=CAL)
    assert (opposition.due, reply_rule.id, reply.due) == (
        d("2025-12-29"),
        "cand-7-3c",
        d("2026-01-05"),
    )


# (start, hours, inaccessible, expected end) — FRCP 6(a)(2)
HOURS = [
    ("2025-07-14T09:00", 48, [], "2025-07-16T09:00"),  # plain weekdays: every hour counts
    ("2026-07-02T17:00", 24, [], "2026-07-06T17:00"),  # ends on observed July 4 -> Mon same time
    ("2025-08-01T10:00", 24, [], "2025-08-04T10:00"),  # ends on Saturday -> Monday same time
    ("2025-08-01T10:00", 72, [], "2025-08-04T10:00"),  # runs through the weekend, ends Monday
    ("2025-07-14T09:00", 24, ["2025-07-15"], "2025-07-16T09:00"),  # 6(a)(3)(B) inaccessible
    ("2025-01-08T12:00", 24, [], "2025-01-10T12:00"),  # ends on the declared Carter day
]


@pytest.mark.parametrize(("start", "hours", "closed", "expected"), HOURS)
def test_hour_period_ends_at_the_same_time_on_an_open_day(
    start: str, hours: int, closed: list[str], expected: str
) -> None:
    calendar = default_calendar([d(c) for c in closed])
    end = compute_hours(dt.datetime.fromisoformat(start), hours, calendar=calendar)
    assert end == dt.datetime.fromisoformat(expected)


def test_hour_period_counts_real_hours_across_daylight_saving() -> None:
    # Clocks spring forward at 2 a.m. on Sun 2026-03-08 in California: 24 elapsed hours from
    # Sat noon PST end Sun 1 p.m. PDT, a Sunday, so the period runs to Mon 1 p.m.
    pacific = ZoneInfo("America/Los_Angeles")
    start = dt.datetime(2026, 3, 7, 12, 0, tzinfo=pacific)
    end = compute_hours(start, 24, calendar=CAL)
    assert end == dt.datetime(2026, 3, 9, 13, 0, tzinfo=pacific)


def test_hour_steps_name_the_holiday_that_extended_the_period() -> None:
    _, steps = explain_hours(dt.datetime(2026, 7, 2, 17, 0), 24, calendar=CAL)
    text = "\n".join(s.note for s in steps)
    assert "Independence Day, observed" in text
    assert "FRCP 6(a)(2)(C)" in text


def test_steps_explain_the_count_each_skipped_day_and_the_rule() -> None:
    result = compute(d("2026-06-19"), 14, service=M, calendar=CAL)
    notes = [s.note for s in result.steps]
    assert notes[0].startswith("14 days after Friday 2026-06-19 is Friday 2026-07-03")
    assert any("2026-07-03 is a legal holiday (Independence Day, observed)" in n for n in notes)
    assert any(
        "2026-07-04 is a Saturday and a legal holiday (Independence Day)" in n for n in notes
    )
    assert any("2026-07-05 is a Sunday" in n for n in notes)
    assert any(n.startswith("FRCP 6(a)(1)(C)") and "Monday 2026-07-06" in n for n in notes)
    assert any(n.startswith("FRCP 6(d)") and "Thursday 2026-07-09" in n for n in notes)
    assert result.raw == d("2026-07-03")


def test_backward_steps_cite_6a5_and_appellate_rules_cite_frap_26a() -> None:
    back = compute(d("2026-01-26"), 7, direction=B, calendar=CAL)
    assert any(s.note.startswith("FRCP 6(a)(5)") for s in back.steps)
    appeal = apply_rule(load_rules()["frap-4a1B"], d("2025-08-12"), calendar=CAL)
    assert any(s.note.startswith("FRAP 26(a)(1)(C)") for s in appeal.steps)


def test_mail_service_on_a_rule_from_filing_is_noted_not_added() -> None:
    result = apply_rule(load_rules()["cand-7-3a"], d("2025-07-15"), calendar=CAL, service=M)
    assert any("FRCP 6(d) does not apply" in s.note for s in result.steps)
    assert result.steps[-1].note == "Due: Tuesday 2025-07-29"


def test_negative_period_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        compute(d("2025-07-15"), -1, calendar=CAL)


# -- the calendar --


def test_legal_holidays_follow_5_usc_6103() -> None:
    assert CAL.holiday_name(d("2026-07-03")) == "Independence Day (observed)"
    assert CAL.holiday_name(d("2027-12-31")) == "New Year's Day (observed)"
    assert CAL.holiday_name(d("2027-12-24")) == "Christmas Day (observed)"
    assert CAL.holiday_name(d("2025-06-19")) == "Juneteenth National Independence Day"
    assert CAL.is_business_day(d("2020-06-19"))  # Juneteenth became a holiday in 2021
    assert CAL.holiday_name(d("2025-11-28")) is None  # the day after Thanksgiving is not one


def test_inauguration_day_is_not_a_legal_holiday() -> None:
    # 5 U.S.C. 6103(c) covers only the D.C. area; 2029-01-22 would be its observed Monday.
    assert CAL.holiday_name(d("2029-01-20")) is None
    assert CAL.is_business_day(d("2029-01-22"))


def test_declared_days_carry_their_executive_order() -> None:
    days = {day.date: day.citation for day in declared_days()}
    assert "Executive Order 14133" in days[d("2025-01-09")]
    assert "Executive Order 14129" in days[d("2024-12-24")]
    assert "Executive Order 14371" in days[d("2025-12-24")]
    assert "Executive Order 14371" in days[d("2025-12-26")]
    assert not CAL.is_business_day(d("2025-01-09"))


def test_state_holidays_count_only_for_forward_periods() -> None:
    # FRCP 6(a)(6)(C): a state holiday counts only for periods measured after an event.
    calendar = Calendar(state={d("2026-03-31"): "Cesar Chavez Day"})
    forward = compute(d("2026-03-17"), 14, calendar=calendar)
    backward = compute(d("2026-04-07"), 7, direction=B, calendar=calendar)
    assert (forward.due, backward.due) == (d("2026-04-01"), d("2026-03-31"))


def test_nd_cal_does_not_count_california_only_holidays_by_default() -> None:
    cand = default_calendar(court="cand")
    assert cand.is_business_day(d("2026-03-31"))  # Cesar Chavez Day
    assert cand.is_business_day(d("2026-11-27"))  # day after Thanksgiving


# -- rules as data --


def test_every_rule_has_a_citation_a_trigger_and_a_known_chain() -> None:
    rules = load_rules()
    assert len(rules) >= 18
    for rule in rules.values():
        assert rule.citation and rule.trigger and rule.description
        assert rule.follows is None or rule.follows in rules
        assert find_rule(rule.citation) == rule, rule.citation
        for alias in rule.aliases:
            assert find_rule(alias) == rule, alias
    assert rules["cand-7-3c"].kind is DeadlineKind.REPLY


CITATIONS = [
    ("Civil L.R. 7-3(a)", "cand-7-3a"),  # N.D. Cal. spelling
    ("Civ. L.R. 7-3(c)", "cand-7-3c"),  # short form in briefs
    ("N.D. Cal. Civ. L.R. 16-9(a)", "cand-16-9a"),  # with the court prefix
    ("7-2(a)", "cand-7-2a"),  # a bare dashed number is a local rule
    ("FRCP 12(a)(2)", "frcp-12a2"),  # FRCP abbreviation
    ("Fed. R. Civ. P. 12(a)(1)(A)(i)", "frcp-12a1Ai"),  # Bluebook form, deep subdivision
    ("Fed.R.Civ.P. 12(a)(4)(A)", "frcp-12a4A"),  # no spaces
    ("Rule 59(e)", "frcp-59e"),  # bare "Rule" defaults to the civil rules
    ("Fed. R. App. P. 4(a)(1)(B)", "frap-4a1B"),  # appellate Bluebook form
    ("FRAP 4(a)(1)(A)", "frap-4a1A"),  # appellate abbreviation
    ("Rule 4(a)(1)(B)", "frap-4a1B"),  # no civil rule of that number: falls back to FRAP
    ("frcp-59e", "frcp-59e"),  # an id
    ("CAND-7-3A", "cand-7-3a"),  # an id in other case
]


@pytest.mark.parametrize(("text", "rule_id"), CITATIONS)
def test_find_rule_reads_citations_as_filings_write_them(text: str, rule_id: str) -> None:
    rule = find_rule(text)
    assert rule is not None and rule.id == rule_id


@pytest.mark.parametrize("text", ["Rule 15(a)(1)", "Rule 12(b)(6)", "28 U.S.C. 1331", "soon"])
def test_find_rule_refuses_ambiguous_or_unknown_citations(text: str) -> None:
    assert find_rule(text) is None


# -- properties --

triggers = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))
lengths = st.integers(min_value=0, max_value=400)
directions = st.sampled_from(list(Direction))
services = st.sampled_from(list(Service))


@settings(max_examples=300, deadline=None)
@given(triggers, lengths, directions, services)
def test_due_date_is_never_a_weekend_or_legal_holiday(
    trigger: dt.date, days: int, direction: Direction, service: Service
) -> None:
    due = compute(trigger, days, direction=direction, service=service, calendar=CAL).due
    assert due.weekday() < 5
    assert CAL.holiday_name(due) is None


@settings(max_examples=300, deadline=None)
@given(triggers, lengths, directions, services)
def test_roll_moves_only_away_from_the_trigger_and_only_as_far_as_needed(
    trigger: dt.date, days: int, direction: Direction, service: Service
) -> None:
    result = compute(trigger, days, direction=direction, service=service, calendar=CAL)
    if direction is F:
        assert result.due >= result.raw
    else:
        assert result.due <= result.raw
    if service in (E, P):
        step = dt.timedelta(days=1 if direction is F else -1)
        day = result.raw
        while day != result.due:  # every day skipped was closed
            assert not CAL.is_business_day(day)
            day += step


@settings(max_examples=200, deadline=None)
@given(triggers, triggers, lengths, directions, services)
def test_compute_is_monotone_in_the_trigger_date(
    a: dt.date, b: dt.date, days: int, direction: Direction, service: Service
) -> None:
    early, late = sorted((a, b))
    first = compute(early, days, direction=direction, service=service, calendar=CAL)
    second = compute(late, days, direction=direction, service=service, calendar=CAL)
    assert first.due <= second.due
