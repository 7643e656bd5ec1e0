"""Edges of FRCP 6(a)/6(d) and FRAP 26(a), one behaviour a test, each date worked by hand.

Weekdays were read off a printed calendar; holidays are those of 5 U.S.C. § 6103 with the
observed Friday/Monday, plus the days declared by executive order in declared_days.json.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import holidays

from casetracker.frcp import (
    Calendar,
    Direction,
    Service,
    apply_rule,
    compute,
    compute_hours,
    court_day,
    filing_closes,
)
from casetracker.rules import (
    Court,
    court_zone,
    declared_days,
    default_calendar,
    load_courts,
    load_rules,
    state_holidays,
)

CAL = default_calendar()
PACIFIC = ZoneInfo("America/Los_Angeles")
B = Direction.BACKWARD


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def due(
    trigger: str,
    days: int,
    *,
    direction: Direction = Direction.FORWARD,
    service: Service = Service.ELECTRONIC,
    calendar: Calendar = CAL,
) -> dt.date:
    return compute(d(trigger), days, direction=direction, service=service, calendar=calendar).due


# -- legal holidays, FRCP 6(a)(6) --


def test_a_period_ending_on_juneteenth_runs_to_the_next_day() -> None:
    # Thu 2025-06-05 + 14 = Thu 2025-06-19, Juneteenth: the period runs to Fri 06-20.
    assert due("2025-06-05", 14) == d("2025-06-20")


def test_juneteenth_counts_from_2021_with_its_observed_friday_and_not_before() -> None:
    # 2021: Jun 19 was a Saturday, observed Fri 06-18; Fri 06-04 + 14 = Fri 06-18 -> Sat, Sun
    # -> Mon 06-21. 2020: no Juneteenth yet, so Fri 06-05 + 14 = Fri 06-19 is the last day.
    assert due("2021-06-04", 14) == d("2021-06-21")
    assert due("2020-06-05", 14) == d("2020-06-19")


def test_christmas_on_a_sunday_is_observed_the_monday_after() -> None:
    # Dec 25, 2022 was a Sunday, observed Mon 12-26: Mon 12-12 + 14 = Mon 12-26 -> Tue 12-27.
    assert due("2022-12-12", 14) == d("2022-12-27")


def test_columbus_day_is_a_legal_holiday() -> None:
    # Columbus Day 2026 is Mon 10-12: Mon 09-28 + 14 = Mon 10-12 -> Tue 10-13.
    assert due("2026-09-28", 14) == d("2026-10-13")


def test_inauguration_day_on_mlk_day_keeps_mlk_day_a_holiday() -> None:
    # Jan 20, 2025 was both; 6103(c)'s D.C.-only Inauguration Day is not counted, MLK Day is:
    # Mon 01-06 + 14 = Mon 01-20 -> Tue 01-21.
    assert "Martin Luther King" in (CAL.holiday_name(d("2025-01-20")) or "")
    assert due("2025-01-06", 14) == d("2025-01-21")


def test_state_holidays_count_only_where_the_court_data_says_so() -> None:
    # N.D. Cal.'s table leaves California holidays out: Tue 03-17 + 14 = Tue 2026-03-31,
    # Cesar Chavez Day, is still the last day there.
    assert load_courts()["cand"].count_state_holidays is False
    assert due("2026-03-17", 14, calendar=default_calendar(court="cand")) == d("2026-03-31")
    # A court whose table opts in gets the State's own days, for forward periods only
    # (6(a)(6)(C)): forward the period runs to Wed 04-01; 7 days before Tue 04-07 stays 03-31.
    opted = Court("test", "a court that counts them", "CA", True)
    calendar = Calendar(state=state_holidays(opted))
    assert due("2026-03-17", 14, calendar=calendar) == d("2026-04-01")
    assert due("2026-04-07", 7, direction=B, calendar=calendar) == d("2026-03-31")


def test_declared_days_match_the_executive_orders_and_the_holidays_package() -> None:
    # EO 14129 (2024-12-24), EO 14133 (2025-01-09), EO 14371 (2025-12-24 and 12-26); the
    # holidays package lists the same closings in its "government" category. A closing it
    # adds that we lack (or the reverse) fails here until declared_days.json is checked.
    ours = {day.date for day in declared_days()}
    public = holidays.country_holidays("US", years=range(2024, 2027), observed=True)
    government = holidays.country_holidays(
        "US", years=range(2024, 2027), categories=("government",)
    )
    theirs = {day for day in government if day not in public}
    assert ours == theirs == {d("2024-12-24"), d("2025-01-09"), d("2025-12-24"), d("2025-12-26")}
    assert all(day.citation.startswith("Executive Order 14") for day in declared_days())


def test_a_period_ending_on_a_declared_day_runs_past_it() -> None:
    # Wed 2025-12-10 + 14 = Wed 12-24 (EO 14371), Thu 25 Christmas, Fri 26 (EO 14371), weekend:
    # Mon 12-29.
    assert due("2025-12-10", 14) == d("2025-12-29")


# -- year ends, leap days, daylight saving --


def test_a_backward_count_across_new_year_skips_to_the_earlier_business_day() -> None:
    # 7 days before Fri 2027-01-08 is Fri 2027-01-01, New Year's Day: back to Thu 2026-12-31.
    assert due("2027-01-08", 7, direction=B) == d("2026-12-31")


def test_a_count_across_a_leap_day_counts_february_29() -> None:
    # Tue 2028-02-15 + 14 = Tue 2028-02-29 (a leap year), an ordinary business day.
    assert due("2028-02-15", 14) == d("2028-02-29")


def test_a_day_count_is_not_moved_by_a_daylight_saving_change() -> None:
    # Clocks spring forward Sun 2026-03-08: Fri 03-06 + 2 = Sun 03-08 -> Mon 03-09; fall back
    # Sun 2026-11-01: Fri 10-30 + 3 = Mon 11-02, no roll.
    assert due("2026-03-06", 2) == d("2026-03-09")
    assert due("2026-10-30", 3) == d("2026-11-02")


def test_a_notice_of_appeal_due_on_new_years_day_runs_to_the_next_day() -> None:
    # FRAP 4(a)(1)(A) under FRAP 26(a): Tue 2025-12-02 + 30 = Thu 2026-01-01 -> Fri 01-02.
    result = apply_rule(load_rules()["frap-4a1A"], d("2025-12-02"), calendar=CAL)
    assert result.due == d("2026-01-02")
    assert any(s.note.startswith("FRAP 26(a)(1)(C)") for s in result.steps)


# -- counting backward, FRCP 6(a)(5) --


def test_backward_count_from_a_hearing_skips_to_the_earlier_business_day() -> None:
    # 7 days before a hearing on Mon 2025-10-20 is Mon 10-13, Columbus Day: the paper is due
    # the business day *before*, Fri 10-10 (6(a)(5)), never Tue 10-14.
    assert due("2025-10-20", 7, direction=B) == d("2025-10-10")
    # 3 days before Tue 2025-11-25 is Sat 11-22: back to Fri 11-21.
    assert due("2025-11-25", 3, direction=B) == d("2025-11-21")


def test_backward_deadline_on_an_inaccessible_day_is_extended_forward() -> None:
    # The 2009 note to 6(a)(5), with 2026 dates: 21 days before Sat 2026-09-26 is Sat 09-05,
    # so the last day is Fri 09-04; the clerk's office is inaccessible that Friday, and
    # 6(a)(3)(A) extends the time to the first accessible day that is not a weekend or legal
    # holiday: Sat 05, Sun 06, Mon 07 Labor Day -> Tue 09-08.
    calendar = default_calendar([d("2026-09-04")])
    result = compute(d("2026-09-26"), 21, direction=B, calendar=calendar)
    assert (result.raw, result.due) == (d("2026-09-05"), d("2026-09-08"))
    assert any(s.note.startswith("FRCP 6(a)(3)(A)") for s in result.steps)


def test_a_closed_day_inside_a_backward_period_changes_nothing() -> None:
    # 7 days before Thu 2025-08-14 is Thu 08-07; a closure on Mon 08-11 is not the last day.
    assert due("2025-08-14", 7, direction=B, calendar=default_calendar([d("2025-08-11")])) == d(
        "2025-08-07"
    )


# -- FRCP 6(d) --


def test_service_by_mail_adds_three_days_after_the_period_not_before() -> None:
    # Fri 2026-06-19 + 14 = Fri 07-03, observed Independence Day; Sat 4, Sun 5: the period
    # expires Mon 07-06, and only then are 3 days added: Thu 07-09. (Adding the 3 days to
    # the raw Friday first would give Mon 07-06.)
    assert due("2026-06-19", 14, service=Service.MAIL) == d("2026-07-09")


def test_service_by_mail_whose_third_day_is_inaccessible_runs_on() -> None:
    # Tue 2025-07-15 + 14 = Tue 07-29, + 3 = Fri 08-01; the office is closed that Friday:
    # 6(a)(3)(A) to Mon 08-04.
    calendar = default_calendar([d("2025-08-01")])
    assert due("2025-07-15", 14, service=Service.MAIL, calendar=calendar) == d("2025-08-04")


# -- periods in hours, FRCP 6(a)(2), and the court's time zone, 6(a)(4) --


def test_hours_period_ending_on_a_saturday_runs_to_the_same_time_monday() -> None:
    # 48 hours from Thu 2025-08-07 15:30 end Sat 08-09 15:30: run to Mon 08-11 15:30.
    end = compute_hours(dt.datetime(2025, 8, 7, 15, 30), 48, calendar=CAL)
    assert end == dt.datetime(2025, 8, 11, 15, 30)


def test_hours_period_counts_real_hours_when_the_clocks_fall_back() -> None:
    # Clocks fall back at 2 a.m. Sun 2026-11-01: 24 hours from Sat 10-31 noon PDT end Sun
    # 11:00 PST, a Sunday, so the period runs to Mon 11-02 11:00 PST.
    end = compute_hours(dt.datetime(2026, 10, 31, 12, 0, tzinfo=PACIFIC), 24, calendar=CAL)
    assert end == dt.datetime(2026, 11, 2, 11, 0, tzinfo=PACIFIC)


def test_hours_period_from_a_utc_timestamp_is_judged_in_the_courts_time_zone() -> None:
    # An order entered Thu 2025-07-31 20:00 PDT is stamped Fri 08-01 03:00 UTC. 24 hours end
    # Fri 08-01 20:00 PDT, a business day in San Francisco (Sat 03:00 in UTC, which would
    # have wrongly run the period to Monday).
    start = dt.datetime(2025, 8, 1, 3, 0, tzinfo=dt.UTC)
    end = compute_hours(start, 24, calendar=CAL, zone=court_zone("cand"))
    assert end == dt.datetime(2025, 8, 1, 20, 0, tzinfo=PACIFIC)


def test_the_last_day_for_electronic_filing_ends_at_midnight_in_the_courts_time_zone() -> None:
    # A paper due Tue 2025-07-29 may be filed until midnight Pacific, 07:00 UTC on 07-30; an
    # ECF entry at 06:30 UTC on 07-16 happened on 07-15 in San Francisco.
    zone = court_zone("cand")
    assert filing_closes(d("2025-07-29"), zone) == dt.datetime(2025, 7, 30, 7, 0, tzinfo=dt.UTC)
    assert court_day(dt.datetime(2025, 7, 16, 6, 30, tzinfo=dt.UTC), zone) == d("2025-07-15")
