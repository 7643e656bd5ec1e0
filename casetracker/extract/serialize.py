"""The `extract --json` object: the schema's keys in the schema's order, then extra keys.

Schema: ../shared/contracts/extraction.schema.json. Extra keys: `attachment`, `proposed`,
`message`, `hearing_time`, `courtroom`; a party's `official`; relief `label` and
`disposition`; a deadline's `time`, `courtroom` and `anchor`; and a `source` object
{page, start, end, text} on every fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casetracker.models import Claim, Deadline, DeadlineKind, Extraction, Party, Relief, Source


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def source_to_json(source: Source) -> dict[str, Any]:
    return {"page": source.page, "start": source.start, "end": source.end, "text": source.text}


def party_to_json(party: Party) -> dict[str, Any]:
    return {
        "name": party.name,
        "role": party.role.value,
        "state": party.state,
        "official": party.official,
        "source": source_to_json(party.source),
    }


def claim_to_json(claim: Claim) -> dict[str, Any]:
    return {
        "number": claim.number,
        "title": claim.title,
        "page": claim.source.page,
        "source": source_to_json(claim.source),
    }


def relief_to_json(relief: Relief) -> dict[str, Any]:
    return {
        "text": relief.text,
        "category": relief.category.value,
        "page": relief.source.page,
        "label": relief.label,
        "disposition": relief.disposition.value if relief.disposition else None,
        "source": source_to_json(relief.source),
    }


def deadline_to_json(deadline: Deadline) -> dict[str, Any]:
    return {
        "date": _date(deadline.date),
        "kind": deadline.kind.value,
        "text": deadline.text,
        "page": deadline.source.page,
        "computed": deadline.computed,
        "rule": deadline.rule,
        "time": deadline.time,
        "courtroom": deadline.courtroom,
        "anchor": deadline.anchor,
        "source": source_to_json(deadline.source),
    }


def extraction_to_json(x: Extraction) -> dict[str, Any]:
    """One file's extraction as the JSON object `casetracker extract --json` prints."""
    f = x.facts
    hearing = next((d for d in f.deadlines if d.kind is DeadlineKind.HEARING), None)
    return {
        "path": x.path,
        "sha256": x.sha256,
        "pages": x.pages,
        "text_layer": x.text_layer.value if x.text_layer else None,
        "ocr": x.ocr.value if x.ocr else None,
        "error": x.error.value if x.error else None,
        "court_id": f.court_id,
        "court": f.court,
        "case_number": f.case_number,
        "docket_entry": f.docket_entry,
        "filed": _date(f.filed),
        "title": f.title,
        "doc_type": f.doc_type.value if f.doc_type else None,
        "judge": f.judge,
        "parties": [party_to_json(party) for party in f.parties],
        "claims": [claim_to_json(claim) for claim in f.claims],
        "relief": [relief_to_json(relief) for relief in f.relief],
        "deadlines": [deadline_to_json(deadline) for deadline in f.deadlines],
        "attachment": f.attachment,
        "proposed": f.is_proposed,
        "message": x.message,
        "hearing_time": hearing.time if hearing else None,
        "courtroom": hearing.courtroom if hearing else None,
        "served": _date(f.served),
        "sources": {name: source_to_json(source) for name, source in f.sources.items()},
    }
