"""A record's history as lines people can read: when, which office, what changed, why."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from hdesk.services.exchange.conflicts import office_names
from hdesk.services.records import Records


@dataclass(frozen=True)
class HistoryLine:
    at: dt.datetime  # when this copy recorded it (UTC)
    edited: dt.datetime  # when the office made the change (hybrid clock, UTC)
    field: str  # "_exists" for creation / deletion
    old: Any  # decoded; None when there was no value
    new: Any
    site: str
    office: str  # "" when unknown
    here: bool  # made in this copy
    source: str  # edit | merge | conflict | resolve


def history(records: Records, uuid: str) -> list[HistoryLine]:
    """Every history line of a record, oldest first."""
    database = records.database
    h = database.m.history
    names = office_names(records)
    here = database.site_id
    out = []
    for row in h.select().where(h.uuid == uuid).order_by(h.id).dicts():
        out.append(
            HistoryLine(
                _parse_at(row["at"]),
                dt.datetime.fromtimestamp(row["hlc"] / 1000, dt.UTC),
                row["field"],
                _decode(row["old"]),
                _decode(row["new"]),
                row["site"],
                names.get(row["site"], ""),
                row["site"] == here,
                row["source"],
            )
        )
    return out


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _parse_at(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromtimestamp(0, dt.UTC)
