"""The time to answer the complaint (FRCP 12(a)): from service as a proof of service states
it, for federal and other defendants apart, postponed for a Rule 12 movant until the court
acts (12(a)(4)(A)), and reset by an amended complaint (15(a)(3))."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from casetracker.derive.common import (
    DEFENDING_ROLES,
    FEDERAL_RE,
    Derived,
    apply_at,
    conditional,
    is_federal,
    parties_in,
)
from casetracker.frcp import Calendar, Rule
from casetracker.models import Disposition, DocType, FilingFacts, Party

# A filing that records service of the complaint. Sample: "SUMMONS RETURNED EXECUTED",
# "PROOF OF SERVICE OF SUMMONS AND COMPLAINT", "CERTIFICATE OF SERVICE ON THE U.S. ATTORNEY",
# "AFFIDAVIT OF SERVICE", "RETURN OF SERVICE"; or a summons whose proof states the day it was
# served ("SUMMONS IN A CIVIL ACTION", the AO 440 form returned executed).
SERVICE_TITLE_RE = re.compile(
    r"summons\s+returned|(?:proof|certificate|affidavit|return)\s+of\s+service", re.IGNORECASE
)

# A summons (the AO 440 form): it proves service only when its proof states the day.
SUMMONS_RE = re.compile(r"\bsummons\b", re.IGNORECASE)

# A motion's movant named as the federal side. "FEDERAL DEFENDANTS' MOTION TO DISMISS",
# "THE GOVERNMENT'S MOTION …", "UNITED STATES' MOTION …", "HHS AND CMS'S MOTION …" (an
# agency by its initials, upper case only: "ice" is a word).
FEDERAL_MOVANT_RE = re.compile(
    r"\bfederal\s+(?:defendants?|respondents?|parties)\b|\bgovernment\b|\bunited\s+states\b"
    r"|(?-i:\b(?:HHS|CMS|DHS|ICE|CBP|USCIS|DOJ|DOL|USDA|HUD|SSA|OPM|IRS|EPA|FDA|DOGE)\b)",
    re.IGNORECASE,
)

# A Rule 12 motion, which postpones the answer (FRCP 12(a)(4)). Sample: "MOTION TO DISMISS
# THE FIRST AMENDED COMPLAINT", "MOTION TO STRIKE UNDER RULE 12(f)", "MOTION FOR A MORE
# DEFINITE STATEMENT".
RULE_12_RE = re.compile(
    r"\bdismiss\b|\brule\s*12\s*\(\s*[bef]\s*\)|\bmore\s+definite\s+statement\b"
    r"|\bmotion\s+to\s+strike\b",
    re.IGNORECASE,
)


def answer_deadlines(
    docket: Sequence[tuple[int, FilingFacts]],
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    """The answer to the complaint: dated once service is on the docket, else conditional.

    Federal defendants answer under FRCP 12(a)(2) (60 days), the others under
    12(a)(1)(A)(i) (21 days): a case with both gets both dates, so a State or private
    co-defendant is never shown the federal 60 days. An amended complaint not yet answered
    is answered by the later of the time left on the original and 14 days after it is served
    (FRCP 15(a)(3)). A Rule 12 motion filed in time replaces the date with 14 days after
    notice of the court's action on it (12(a)(4)(A)).
    """
    complaints = [(fid, f) for fid, f in docket if f.doc_type is DocType.COMPLAINT]
    if not complaints:
        return []
    fid, complaint = complaints[0]
    amended = _latest_amended(docket)
    answers = [f for _, f in docket if f.doc_type is DocType.ANSWER]
    if amended is not None and any(_filed_after(a, amended[1]) for a in answers):
        return []
    if amended is None and answers:
        return []
    out: list[Derived] = [] if answers else _original_answers(docket, fid, complaint, rules, cal)
    since: dt.date | None = None
    if amended is not None:
        out = _with_amended(out, amended, rules, cal)
        since = amended[1].filed
    found: list[Derived] = []
    defendants = parties_in(docket, DEFENDING_ROLES)
    for answer in out:
        side = _answering_side(answer, rules)
        answer = _after_rule_12(answer, side, defendants, docket, rules, cal, since)
        # Once a Rule 12 motion governs, every group waits on the same order: one line.
        if all(answer.deadline != d.deadline for d in found):
            found.append(answer)
    return found


def _original_answers(
    docket: Sequence[tuple[int, FilingFacts]],
    fid: int,
    complaint: FilingFacts,
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    defendants = parties_in(docket, DEFENDING_ROLES)
    federal = [p for p in defendants if is_federal(p)]
    others = [p for p in defendants if not is_federal(p)]
    groups: list[tuple[Rule, list[Party]]] = []
    if federal:
        groups.append((rules["frcp-12a2"], federal))
    if others or not federal:
        groups.append((rules["frcp-12a1Ai"], others))
    # Service as a proof states it, else the proof's filing day (service may be earlier: the
    # text then says what the count runs from). The earliest, if several proofs are filed.
    served = [
        (f.served or f.filed, f.served is None, f.docket_entry)
        for _, f in docket
        if f.filed and f.doc_type is not DocType.ORDER and _proves_service(f)
    ]
    out: list[Derived] = []
    for rule, who in groups:
        names = f" ({', '.join(p.name for p in who)})" if who and len(groups) > 1 else ""
        if served:
            day, unstated, entry = min(served, key=lambda s: (s[0], s[1]))
            proof = f"the proof of service (ECF {entry})" if entry else "the proof of service"
            what = (
                f"the filing of {proof}"
                if unstated
                else f"service of the complaint as {proof} states it"
            )
            out.append(apply_at(rule, day, cal, fid, complaint, what, who=names))
        else:
            text = (
                f"{rule.title}{names}: {rule.days} days after service ({rule.citation});"
                " service is not yet on the docket"
            )
            out.append(conditional(rule, fid, text, "service of the complaint"))
    return out


def _proves_service(facts: FilingFacts) -> bool:
    title = facts.title or ""
    return bool(SERVICE_TITLE_RE.search(title) or (facts.served and SUMMONS_RE.search(title)))


def _latest_amended(docket: Sequence[tuple[int, FilingFacts]]) -> tuple[int, FilingFacts] | None:
    amended = [
        (fid, f)
        for fid, f in docket
        if f.doc_type is DocType.AMENDED_COMPLAINT and f.filed is not None and not f.is_proposed
    ]
    if not amended:
        return None
    return max(amended, key=lambda x: (x[1].filed or dt.date.min, x[1].docket_entry or 0))


def _filed_after(paper: FilingFacts, than: FilingFacts) -> bool:
    if paper.filed is None or than.filed is None:
        return False
    if paper.filed != than.filed:
        return paper.filed > than.filed
    return (paper.docket_entry or 0) > (than.docket_entry or 0)


def _with_amended(
    original: list[Derived],
    amended: tuple[int, FilingFacts],
    rules: dict[str, Rule],
    cal: Calendar,
) -> list[Derived]:
    """FRCP 15(a)(3): the later of the time left on the original and 14 days after service
    of the amended complaint (through ECF, the day it is filed: no FRCP 6(d) days)."""
    fid, facts = amended
    assert facts.filed is not None
    what = "service of the amended complaint (through ECF, the day it was filed)"
    fourteen = apply_at(rules["frcp-15a3"], facts.filed, cal, fid, facts, what)
    assert fourteen.deadline.date is not None
    if not original:
        return [fourteen]
    out: list[Derived] = []
    for d in original:
        if d.deadline.date is None or d.deadline.date > fourteen.deadline.date:
            out.append(d)  # still waiting on service, or the time left runs later
        elif fourteen not in out:
            out.append(fourteen)
    return out


def _answering_side(answer: Derived, rules: dict[str, Rule]) -> str | None:
    """ "federal" or "other" for an answer date of one group of defendants; None for one
    date that binds them all (15(a)(3) after an amended complaint)."""
    if answer.deadline.rule == rules["frcp-12a2"].citation:
        return "federal"
    if answer.deadline.rule == rules["frcp-12a1Ai"].citation:
        return "other"
    return None


def _movants(title: str, defendants: Sequence[Party]) -> set[str]:
    """Whose Rule 12 motion a title says it is: "FEDERAL DEFENDANTS' MOTION TO DISMISS" is
    the federal side's, "DEFENDANT ACME DATA CORP.'S MOTION …" that defendant's side. A title
    that names no one ("DEFENDANTS' MOTION TO DISMISS") is taken as every defendant's."""
    cut = re.search(r"\bMOTION\b", title, re.IGNORECASE)
    movant = title[: cut.start()] if cut else ""
    if FEDERAL_MOVANT_RE.search(movant) or FEDERAL_RE.search(movant):
        return {"federal"}
    named = {
        "federal" if is_federal(p) else "other"
        for p in defendants
        if _name_words(p.name) and _name_words(p.name) <= _name_words(movant)
    }
    return named or {"federal", "other"}


def _name_words(text: str) -> set[str]:
    """The words that name a party ("Acme Data Corp." -> {"acme", "data"})."""
    words = set(re.findall(r"[a-z]{3,}", text.lower()))
    return words - {"corp", "inc", "llc", "the", "and", "department", "defendant", "defendants"}


def _after_rule_12(
    answer: Derived,
    side: str | None,
    defendants: Sequence[Party],
    docket: Sequence[tuple[int, FilingFacts]],
    rules: dict[str, Rule],
    cal: Calendar,
    since: dt.date | None = None,
) -> Derived:
    """The answer date as a Rule 12 motion leaves it (FRCP 12(a)(4)(A)).

    A Rule 12 motion filed by the answer date suspends it for the side that moved (`side`
    None: the date binds every defendant): the answer is due 14 days after notice of an
    order denying the motion (in whole or part) or postponing it to trial; until the court
    acts it waits on that order (date None).
    """
    due = answer.deadline.date
    motions = [
        (fid, f)
        for fid, f in docket
        if f.doc_type is DocType.MOTION
        and f.filed is not None
        and not f.is_proposed
        and RULE_12_RE.search(f.title or "")
        and (due is None or f.filed <= due)
        and (since is None or f.filed >= since)  # a motion against a superseded pleading
        and (side is None or side in _movants(f.title or "", defendants))
    ]
    if not motions:
        return answer
    mfid, motion = motions[0]
    assert motion.filed is not None
    rule = rules["frcp-12a4A"]
    for fid, f in docket:
        if (
            f.doc_type is DocType.ORDER
            and f.filed is not None
            and f.filed >= motion.filed
            and not f.is_proposed
            and RULE_12_RE.search(f.title or "")
            and any(
                r.disposition
                in (Disposition.DENIED, Disposition.GRANTED_IN_PART, Disposition.STAYED)
                for r in f.relief
            )
        ):
            # Notice through ECF is electronic service: no FRCP 6(d) days.
            what = "notice of the order on the Rule 12 motion"
            return apply_at(rule, f.filed, cal, fid, f, what)
    ecf = f"ECF {motion.docket_entry}" if motion.docket_entry else "a Rule 12 motion"
    text = (
        f"{rule.title}: {rule.days} days after notice of the court's action on the Rule 12 "
        f"motion ({ecf}, filed {motion.filed}) under {rule.citation}; the motion is pending"
    )
    return conditional(rule, mfid, text, "the court's action on the Rule 12 motion")
