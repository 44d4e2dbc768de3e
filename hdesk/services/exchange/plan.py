"""What a merge plan holds: the summary people see and the per-record changes to write.

Shared by planning (merge.py), writing (apply.py) and the report and dialogs that show a Summary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdesk.core.merge import Stamp
from hdesk.core.schema import ENTITY_ORDER

BATCH = 500
COUNTS = ("created", "updated", "deleted", "conflicts")
Progress = Callable[[int, str], bool]


@dataclass
class Summary:
    """What an import did (or would do): per entity created / updated / deleted / conflicts."""

    per_entity: dict[str, dict[str, int]] = field(default_factory=dict)
    source_site: str = ""
    source_office: str = ""
    sha256: str = ""
    dry_run: bool = False
    clock_ahead: bool = False  # the file holds timestamps over a day in the future
    backup: Path | None = None

    def add(self, entity: str, key: str, n: int = 1) -> None:
        counts = self.per_entity.setdefault(entity, dict.fromkeys(COUNTS, 0))
        counts[key] += n

    @property
    def totals(self) -> dict[str, int]:
        return {k: sum(c[k] for c in self.per_entity.values()) for k in COUNTS}

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {e: dict(self.per_entity[e]) for e in ENTITY_ORDER if e in self.per_entity}


@dataclass
class Change:
    """One record's merged state, ready to write."""

    uuid: str
    entity: str
    new: bool  # the record is not in the local file yet
    stamps: dict[str, frozenset[Stamp]]
    vector: dict[str, int]
    row: dict[str, Any]
    history: list[dict[str, Any]]
    before: dict[str, frozenset[Stamp]] = field(default_factory=dict)  # the local live values it replaces
    old_vector: dict[str, int] = field(default_factory=dict)  # the local version vector it replaces


@dataclass
class Plan:
    summary: Summary
    changes: list[Change]
    max_hlc: int
    offices: dict[str, str]
    mark: tuple[int, int] | None = None  # the local file's write mark when planned (apply.write_mark)


def chunks(items: list[str], size: int = BATCH) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
