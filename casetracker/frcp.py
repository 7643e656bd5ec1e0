"""Time computation under FRCP 6(a) and 6(d): pure date arithmetic, explained step by step.

Nothing here reads a file, a clock or the network: the caller passes the trigger date and a
`Calendar` (legal holidays, days declared by the President or Congress, days the clerk's office
was inaccessible). `rules.default_calendar()` builds the usual one from package data.

FRAP 26(a) counts the same way with the same subsection numbers, so a rule whose
`computed_under` is "FRAP 26(a)" gets the same arithmetic with its own citations in the notes.

Stable API (ingestion calls `apply_rule` for derived deadlines; extraction calls `compute` for
"within N days" sentences): `compute`, `compute_hours`, `explain_hours`, `apply_rule`,
`Calendar`, `Rule`, `DueDate`, `Step`, `Direction`, `Service`; `court_day` and
`filing_closes` place a moment and a last day in the court's time zone (6(a)(4)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from casetracker.models import DeadlineKind


class Direction(StrEnum):
    """Whether a period runs after its trigger or ends before an event (FRCP 6(a)(5))."""

    FORWARD = "forward"
    BACKWARD = "backward"


class Service(StrEnum):
    """How the paper that starts the period was served (FRCP 5(b)(2)); decides FRCP 6(d)."""

    ELECTRONIC = "electronic"  # 5(b)(2)(E): no extra days since the 2016 amendment
    MAIL = "mail"  # 5(b)(2)(C): 3 days added
    PERSONAL = "personal"  # 5(b)(2)(A)-(B): handed over or left at the office, no extra days
    CLERK = "clerk"  # 5(b)(2)(D): left with the clerk, no known address: 3 days added
    CONSENTED = "consented"  # 5(b)(2)(F): other means the person consented to: 3 days added


# FRCP 6(d): these methods of service add 3 days; electronic and personal service do not.
THREE_DAY_SERVICE = frozenset({Service.MAIL, Service.CLERK, Service.CONSENTED})
MAIL_DAYS = 3

FRCP_6A = "FRCP 6(a)"
FRAP_26A = "FRAP 26(a)"

# 5 U.S.C. § 6103(c) gives Inauguration Day only to employees in and around D.C.; it is not a
# day "set aside by statute" nationwide under FRCP 6(a)(6)(A), so it never counts here.
EXCLUDED_HOLIDAY_NAMES = ("Inauguration",)


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the explanation: the date it is about (if any) and what happened."""

    date: dt.date | None
    note: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A time rule as data (`casetracker/data/rules.toml`): how long, from what, which way."""

    id: str
    citation: str
    title: str
    trigger: str  # the event the period counts from (or back from), in words
    direction: Direction
    days: int
    service_applies: bool  # FRCP 6(d) can add 3 days (period runs after being served)
    court: str | None  # None: a federal rule; else a court id such as "cand"
    applies_to: str
    description: str
    kind: DeadlineKind = DeadlineKind.OTHER
    aliases: tuple[str, ...] = ()  # other ways filings cite it ("Civ. L.R. 7-3(a)")
    follows: str | None = None  # id of the rule whose due date is this rule's trigger
    computed_under: str = FRCP_6A  # FRAP rules count under FRAP 26(a)


@dataclass(frozen=True, slots=True)
class DueDate:
    """The last day to act, the plain count before any roll (`raw`), and why."""

    due: dt.date
    raw: dt.date
    steps: tuple[Step, ...]
    rule: Rule | None
    trigger: dt.date | None = None


@lru_cache(maxsize=64)
def _federal_holidays(year: int) -> Mapping[dt.date, str]:
    """Days set aside by 5 U.S.C. § 6103(a), with the observed Friday/Monday of § 6103(b)."""
    import holidays  # a tenth of a second to import: only when a period is counted

    found = holidays.country_holidays("US", years=year, observed=True)
    days: dict[dt.date, str] = {}
    for day, name in found.items():
        # holidays joins two holidays on one day with "; " (Inauguration Day fell on MLK Day
        # in 1997, 2013 and 2025): drop only the excluded part, never the day itself.
        kept = [n for n in name.split("; ") if not any(x in n for x in EXCLUDED_HOLIDAY_NAMES)]
        if day.year == year and kept:
            days[day] = "; ".join(kept)
    return days


class Calendar:
    """Days that cannot be the last day of a period.

    - legal holidays of FRCP 6(a)(6)(A) (federal, with observed days; Juneteenth from 2021);
    - `declared`: days declared a holiday by the President or Congress, 6(a)(6)(B);
    - `state`: days declared a holiday by the state where the court sits, 6(a)(6)(C), which
      count only for periods measured after an event;
    - `inaccessible`: days the clerk's office was inaccessible, 6(a)(3).
    """

    __slots__ = ("_declared", "_inaccessible", "_state")

    def __init__(
        self,
        *,
        declared: Mapping[dt.date, str] | None = None,
        state: Mapping[dt.date, str] | None = None,
        inaccessible: Iterable[dt.date] = (),
    ) -> None:
        self._declared = dict(declared or {})
        self._state = dict(state or {})
        self._inaccessible = frozenset(inaccessible)

    @property
    def inaccessible(self) -> frozenset[dt.date]:
        return self._inaccessible

    def with_inaccessible(self, days: Iterable[dt.date]) -> Calendar:
        """A copy with more inaccessible days (the calendar itself never changes)."""
        return Calendar(
            declared=self._declared,
            state=self._state,
            inaccessible=self._inaccessible | frozenset(days),
        )

    def holiday_name(self, day: dt.date, direction: Direction = Direction.FORWARD) -> str | None:
        """The legal holiday on `day` under FRCP 6(a)(6), or None."""
        name = _federal_holidays(day.year).get(day) or self._declared.get(day)
        if name is None and direction is Direction.FORWARD:
            # FRCP 6(a)(6)(C): state holidays count only "for periods measured after an event".
            name = self._state.get(day)
        return name

    def is_inaccessible(self, day: dt.date) -> bool:
        return day in self._inaccessible

    def closed_reason(self, day: dt.date, direction: Direction = Direction.FORWARD) -> str | None:
        """Why `day` cannot end a period ("a Saturday", "Independence Day"), or None."""
        reasons: list[str] = []
        if day.weekday() >= 5:
            reasons.append(f"a {day:%A}")
        holiday = self.holiday_name(day, direction)
        if holiday:
            reasons.append(f"a legal holiday ({holiday.replace(' (observed)', ', observed')})")
        if self.is_inaccessible(day):
            reasons.append("a day the clerk's office was inaccessible")
        return " and ".join(reasons) or None

    def is_business_day(self, day: dt.date, direction: Direction = Direction.FORWARD) -> bool:
        """Not a Saturday, Sunday, legal holiday or day the clerk's office was inaccessible."""
        return self.closed_reason(day, direction) is None


def _label(day: dt.date) -> str:
    return f"{day:%A} {day.isoformat()}"


def _is_weekend_or_holiday(day: dt.date, direction: Direction, calendar: Calendar) -> bool:
    return day.weekday() >= 5 or calendar.holiday_name(day, direction) is not None


def _roll(
    day: dt.date,
    direction: Direction,
    calendar: Calendar,
    under: str,
    steps: list[Step],
) -> dt.date:
    """The last day of a period whose plain count ends on `day`, noting each day skipped.

    First (1)(C) with (5): off weekends and legal holidays in the period's own direction
    (later for a period after an event, earlier for one before it). Then (3)(A): if the
    clerk's office was inaccessible on that last day, the time is extended to the first
    accessible day that is not a weekend or legal holiday, always *later*, even for a period
    counted backward (2009 Advisory Committee Note to Rule 6(a)(5): a backward deadline on an
    inaccessible Friday moves forward past the weekend, "no earlier than" the Monday/Tuesday).
    """
    delta = dt.timedelta(days=1 if direction is Direction.FORWARD else -1)
    start = day
    while _is_weekend_or_holiday(day, direction, calendar):
        reason = calendar.closed_reason(day, direction)
        steps.append(Step(day, f"{_label(day)} is {reason}, so it cannot be the last day"))
        day += delta
    if day != start:
        if direction is Direction.FORWARD:
            why = (
                f"{under}(1)(C): the period continues to run until the next day that is not "
                "a Saturday, Sunday or legal holiday"
            )
        else:
            why = (
                f"{under}(5): counting backward, the next day is the previous day that is not "
                "a Saturday, Sunday or legal holiday"
            )
        steps.append(Step(day, f"{why}: {_label(day)}"))
    if calendar.is_inaccessible(day):
        last = day
        while not calendar.is_business_day(day, direction):
            reason = calendar.closed_reason(day, direction)
            steps.append(Step(day, f"{_label(day)} is {reason}, so it cannot be the last day"))
            day += dt.timedelta(days=1)
        steps.append(
            Step(
                day,
                f"{under}(3)(A): the clerk's office was inaccessible on the last day "
                f"({_label(last)}), so the time for filing is extended to the first accessible "
                f"day that is not a Saturday, Sunday or legal holiday: {_label(day)}",
            )
        )
    return day


def compute(
    trigger: dt.date,
    days: int,
    *,
    direction: Direction = Direction.FORWARD,
    service: Service = Service.ELECTRONIC,
    calendar: Calendar,
    rule: Rule | None = None,
) -> DueDate:
    """The last day of a period of `days` days counted from `trigger` under FRCP 6(a).

    Forward: exclude the trigger day, count every day, and if the last day is a weekend,
    legal holiday or inaccessible day, run on to the next day that is none (6(a)(1), (3)).
    Backward ("7 days before the hearing"): count back the same way and roll to the
    previous weekday that is no legal holiday (6(a)(5)); a last day on which the clerk's
    office was inaccessible is still extended *forward* (6(a)(3)(A)). Service by mail, with
    the clerk or by consent adds 3 days after the period would otherwise expire, then rolls
    forward again (6(d)); electronic and personal service add none. Raises ValueError for a
    negative `days`.
    """
    if days < 0:
        raise ValueError(f"a period cannot be negative ({days} days)")
    under = rule.computed_under if rule is not None else FRCP_6A
    steps: list[Step] = []
    if rule is not None:
        steps.append(Step(trigger, f"{rule.citation}: {rule.title} — {rule.description}"))
    if direction is Direction.FORWARD:
        raw = trigger + dt.timedelta(days=days)
        word = "after"
    else:
        raw = trigger - dt.timedelta(days=days)
        word = "before"
    steps.append(
        Step(
            raw,
            f"{days} days {word} {_label(trigger)} is {_label(raw)} "
            f"({under}(1)(A)-(B): the trigger day is excluded and every day is counted, "
            "weekends and holidays included)",
        )
    )
    due = _roll(raw, direction, calendar, under, steps)
    if service in THREE_DAY_SERVICE:
        if direction is Direction.FORWARD:
            added = due + dt.timedelta(days=MAIL_DAYS)
            steps.append(
                Step(
                    added,
                    f"FRCP 6(d): served by {service.value}, so {MAIL_DAYS} days are added after "
                    f"the period would otherwise expire: {_label(due)} + {MAIL_DAYS} days "
                    f"is {_label(added)}",
                )
            )
            due = _roll(added, Direction.FORWARD, calendar, under, steps)
        else:
            steps.append(
                Step(
                    None,
                    "FRCP 6(d) adds days only to a period that runs after being served, "
                    "not to one counted back from an event: no days added",
                )
            )
    steps.append(Step(due, f"Due: {_label(due)}"))
    return DueDate(due=due, raw=raw, steps=tuple(steps), rule=rule, trigger=trigger)


def apply_rule(
    rule: Rule,
    trigger: dt.date,
    *,
    calendar: Calendar,
    service: Service = Service.ELECTRONIC,
) -> DueDate:
    """The due date `rule` sets for an event on `trigger` (its days, direction, 6(d) use).

    `service` matters only when the rule's period runs after being served (`service_applies`);
    otherwise (a period from filing, entry or one's own service) it is noted and ignored.
    """
    if service in THREE_DAY_SERVICE and not rule.service_applies:
        result = compute(trigger, rule.days, direction=rule.direction, calendar=calendar, rule=rule)
        note = Step(
            None,
            f"FRCP 6(d) does not apply: {rule.citation} runs from {rule.trigger}, "
            "not from being served",
        )
        return DueDate(
            due=result.due,
            raw=result.raw,
            steps=(*result.steps[:-1], note, result.steps[-1]),
            rule=rule,
            trigger=trigger,
        )
    return compute(
        trigger,
        rule.days,
        direction=rule.direction,
        service=service,
        calendar=calendar,
        rule=rule,
    )


def _add_elapsed_hours(start: dt.datetime, hours: int) -> dt.datetime:
    """`hours` real hours after `start`; an aware start is counted in UTC across DST changes."""
    if start.tzinfo is None:
        return start + dt.timedelta(hours=hours)
    utc = start.astimezone(dt.UTC) + dt.timedelta(hours=hours)
    return utc.astimezone(start.tzinfo)


def court_day(moment: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The calendar day `moment` falls on in the court's time zone (a naive `moment` is read
    as already in that zone).

    FRCP 6(a)(4)(A): for electronic filing a day ends at midnight in the court's time zone, so
    an ECF entry at 11:30 p.m. Pacific (07:30 UTC the next morning) happened that day, and a
    paper due "today" in San Francisco is not overdue before midnight there.
    """
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(zone).date()


def filing_closes(due: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The moment the last day `due` ends for electronic filing: midnight at its end in the
    court's time zone (FRCP 6(a)(4)(A); filing on paper ends when the clerk's office closes)."""
    return dt.datetime.combine(due + dt.timedelta(days=1), dt.time(0), tzinfo=zone)


def explain_hours(
    start: dt.datetime, hours: int, *, calendar: Calendar, zone: dt.tzinfo | None = None
) -> tuple[dt.datetime, tuple[Step, ...]]:
    """The end of a period stated in hours (FRCP 6(a)(2)), with the steps that explain it.

    Counting begins at once and includes every hour; a period ending on a weekend or legal
    holiday runs until the same time on the next day that is neither (6(a)(2)(C)); if the
    clerk's office was inaccessible in the last hour, to the same time on the first accessible
    such day (6(a)(3)(B)). Which day a moment falls on is judged in the court's time zone
    `zone` (an aware `start` is converted to it, a naive one is taken to be in it); without
    `zone`, in `start`'s own. Raises ValueError for a negative `hours`.
    """
    if hours < 0:
        raise ValueError(f"a period cannot be negative ({hours} hours)")
    if zone is not None:
        # FRCP 6(a)(4)(A): days end at midnight in the court's time zone, so a UTC timestamp
        # from ECF must be read as the court's wall clock before asking what day it ends on.
        start = start.replace(tzinfo=zone) if start.tzinfo is None else start.astimezone(zone)
    end = _add_elapsed_hours(start, hours)
    steps = [
        Step(
            end.date(),
            f"{hours} hours from {start:%Y-%m-%d %H:%M} end at {end:%Y-%m-%d %H:%M} "
            "(FRCP 6(a)(2)(A)-(B): counting begins at once and every hour is counted)",
        )
    ]
    last_hour = {(end - dt.timedelta(hours=1)).date(), (end - dt.timedelta(microseconds=1)).date()}
    if hours and any(calendar.is_inaccessible(d) for d in last_hour):
        day = end.date() + dt.timedelta(days=1)
        steps.append(
            Step(
                end.date(),
                "FRCP 6(a)(3)(B): the clerk's office was inaccessible during the last hour, "
                "so the time runs to the same time on the first accessible day",
            )
        )
    else:
        day = end.date()
    moved = day != end.date()
    while (reason := calendar.closed_reason(day)) is not None:
        steps.append(Step(day, f"{_label(day)} is {reason}"))
        day += dt.timedelta(days=1)
        moved = True
    if moved:
        end = end + dt.timedelta(days=(day - end.date()).days)
        steps.append(
            Step(
                day,
                "FRCP 6(a)(2)(C): the period continues to run until the same time on the next "
                f"day that is not a Saturday, Sunday or legal holiday: {end:%Y-%m-%d %H:%M}",
            )
        )
    return end, tuple(steps)


def compute_hours(
    start: dt.datetime, hours: int, *, calendar: Calendar, zone: dt.tzinfo | None = None
) -> dt.datetime:
    """When a period of `hours` hours from `start` ends under FRCP 6(a)(2) and 6(a)(3)(B),
    days judged in the court's time zone `zone` (see `explain_hours`)."""
    return explain_hours(start, hours, calendar=calendar, zone=zone)[0]
